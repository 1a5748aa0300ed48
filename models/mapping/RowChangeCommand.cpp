#include "RowChangeCommand.h"

#include "MappingDocument.h"

namespace Tessera {

RowChangeCommand::RowChangeCommand(MappingDocument *document, const QString &text,
                                   QList<Change> changes)
    : QUndoCommand(text)
    , m_document(document)
    , m_changes(std::move(changes))
{
}

void RowChangeCommand::redo()
{
    if (!m_document)
        return;
    for (const Change &change : std::as_const(m_changes))
        m_document->applyRow(change.targetId, change.after);
}

void RowChangeCommand::undo()
{
    if (!m_document)
        return;
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
        m_document->applyRow(it->targetId, it->before);
}

} // namespace Tessera
