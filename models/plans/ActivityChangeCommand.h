#pragma once

#include "PlanActivity.h"

#include <QPointer>
#include <QUndoCommand>

#include <optional>

namespace Tessera {

class PlanActivitiesDocument;

// Where an activity sits: on which stage (the activity's interviewStageId) at which position.
struct ActivityPlacement
{
    PlanActivity activity;
    int index = 0;
};

// One undo step of the designer: activities added, removed, moved or changed, named by their
// id (never a widget or an index into a view). Redo applies the changes in order, undo
// reverses them.
class ActivityChangeCommand final : public QUndoCommand
{
public:
    struct Change
    {
        QString activityId;
        std::optional<ActivityPlacement> before;
        std::optional<ActivityPlacement> after;
    };

    ActivityChangeCommand(PlanActivitiesDocument *document, const QString &text,
                          QList<Change> changes);

    void redo() override;
    void undo() override;

private:
    QPointer<PlanActivitiesDocument> m_document;
    QList<Change> m_changes;
};

} // namespace Tessera
