#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QUndoCommand>

#include <optional>

namespace Tessera {

// One undo step of an editor: values put in place, replaced or taken away, each named by a key
// (a target field id, an activity id; never a model index or a widget). Redo applies the
// changes in order, undo reverses them, through `Document::applyChange(key, value)`, where no
// value means "nothing there".
template<typename Document, typename Value>
class KeyedChangeCommand final : public QUndoCommand
{
public:
    struct Change
    {
        QString key;
        std::optional<Value> before;
        std::optional<Value> after;
    };

    KeyedChangeCommand(Document *document, const QString &text, QList<Change> changes)
        : QUndoCommand(text)
        , m_document(document)
        , m_changes(std::move(changes))
    {
    }
    Q_DISABLE_COPY_MOVE(KeyedChangeCommand)

    void redo() override
    {
        if (!m_document)
            return;
        for (const Change &change : std::as_const(m_changes))
            m_document->applyChange(change.key, change.after);
    }

    void undo() override
    {
        if (!m_document)
            return;
        for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
            m_document->applyChange(it->key, it->before);
    }

private:
    QPointer<Document> m_document;
    QList<Change> m_changes;
};

} // namespace Tessera
