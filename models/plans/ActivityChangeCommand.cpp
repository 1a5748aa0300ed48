#include "ActivityChangeCommand.h"

#include "PlanActivitiesDocument.h"

namespace Tessera {

ActivityChangeCommand::ActivityChangeCommand(PlanActivitiesDocument *document,
                                             const QString &text, QList<Change> changes)
    : QUndoCommand(text)
    , m_document(document)
    , m_changes(std::move(changes))
{
}

void ActivityChangeCommand::redo()
{
    if (!m_document)
        return;
    for (const Change &change : std::as_const(m_changes))
        m_document->place(change.activityId, change.after);
}

void ActivityChangeCommand::undo()
{
    if (!m_document)
        return;
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
        m_document->place(it->activityId, it->before);
}

} // namespace Tessera
