#pragma once

#include "MappingTypes.h"

#include <QPointer>
#include <QUndoCommand>

#include <optional>

namespace Tessera {

class MappingDocument;

// One undo step of the mapping editor: rows replaced, added or removed, named by their target
// field id (never a model index). Redo applies the changes in order, undo reverses them.
class RowChangeCommand final : public QUndoCommand
{
public:
    struct Change
    {
        QString targetId;
        std::optional<MappingRow> before;
        std::optional<MappingRow> after;
    };

    RowChangeCommand(MappingDocument *document, const QString &text, QList<Change> changes);

    void redo() override;
    void undo() override;

private:
    QPointer<MappingDocument> m_document;
    QList<Change> m_changes;
};

} // namespace Tessera
