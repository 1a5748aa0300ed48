#pragma once

#include "models/api/ApiError.h"
#include "models/core/EditableDocument.h"
#include "models/core/KeyedChangeCommand.h"
#include "PaletteItem.h"
#include "PlanActivityService.h"

#include <QHash>

#include <optional>

namespace Tessera {

class ApiClient;

// Where an activity sits: on which stage (the activity's interviewStageId) at which position.
struct ActivityPlacement
{
    PlanActivity activity;
    int index = 0;
};

// The activities of one interview plan being designed: the server's list and version, the
// list as edited, and every edit as an undoable command that holds activity ids. Save sends the
// whole list in one interviewPlanActivity.set; a version_conflict fetches the server's list and
// waits for resolveReload() or resolveOverwrite(). Unsaved edits are kept as a draft in
// Settings (activities and base version; no secrets) and offered again by the next load.
// The partner automations of the plan load with it. The undo, save, conflict and draft
// machinery is EditableDocument's.
class PlanActivitiesDocument final : public EditableDocument
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanActivitiesDocument)
public:
    // One undo step: activities added, removed, moved or changed, keyed by activity id.
    using ActivityChangeCommand = KeyedChangeCommand<PlanActivitiesDocument, ActivityPlacement>;

    explicit PlanActivitiesDocument(ApiClient *client, QObject *parent = nullptr);

    void load(const QString &interviewPlanId);
    void reload();

    QString interviewPlanId() const { return m_planId; }
    const QList<PlanAutomation> &automations() const { return m_automations; }
    ApiError automationsError() const { return m_automationsError; }

    // The activities of a stage in their order.
    QList<PlanActivity> activitiesOn(const QString &stageId) const;
    // Every activity, stage by stage (stages in no particular order).
    QList<PlanActivity> activities() const;
    std::optional<ActivityPlacement> placement(const QString &activityId) const;
    // Another activity on the stage runs the same package or workflow.
    bool hasDuplicate(const QString &stageId, const QString &kind, const QString &configId,
                      const QString &exceptId = {}) const;
    bool isDirty() const override { return m_stages != m_savedStages; }
    // Activities added, removed, moved or changed since the last save.
    int unsavedCount() const;

    // Edits, each one undo step; empty / false (and nothing pushed) when nothing changes.
    // `index` -1 is the end of the stage.
    QString add(const PaletteItem &item, const QString &stageId, int index = -1);
    bool remove(const QString &activityId);
    bool move(const QString &activityId, const QString &stageId, int index = -1);
    // Up (-1) or down (+1) within its stage.
    bool reorder(const QString &activityId, int delta);
    bool changeConfig(const QString &activityId, const QString &configId, const QString &title);
    bool revert();

    void save() override;
    // After conflictDetected(): the server's list as it is now.
    const ActivityList &serverState() const { return m_server; }
    QList<PlanActivity> savedActivities() const;

    void restoreDraft();

    // Used by the undo commands: put the activity there (or nowhere).
    void applyChange(const QString &activityId, const std::optional<ActivityPlacement> &placement);

Q_SIGNALS:
    void activitiesChanged();

protected:
    QByteArray loadDraft() const override;
    void storeDraft(const QByteArray &bytes) override;
    QJsonObject draftContent() const override;
    bool draftMatches(const QJsonObject &draft) const override;
    void adoptServerState() override;
    void prepareOverwrite() override;

private:
    using Stages = QHash<QString, QList<PlanActivity>>;
    bool push(const QString &text, const QList<ActivityChangeCommand::Change> &changes);
    void adopt(const ActivityList &list);
    void finishWhenBothLoaded();
    // Every activity taken off, then `stages` put in place in order.
    QList<ActivityChangeCommand::Change> replaceAllWith(const Stages &stages) const;
    static Stages fromDraft(const QJsonObject &draft);
    static Stages group(const QList<PlanActivity> &activities);
    static QList<PlanActivity> flatten(const Stages &stages);
    static std::optional<ActivityPlacement> find(const Stages &stages, const QString &id);

    PlanActivityService m_service;
    QString m_planId;
    Stages m_stages;
    Stages m_savedStages;
    ActivityList m_server;
    QList<PlanAutomation> m_automations;
    ApiError m_automationsError;
    std::optional<ActivityList> m_pendingList;
    bool m_automationsDone = false;
};

} // namespace Tessera
