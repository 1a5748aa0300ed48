#pragma once

#include "ActivityChangeCommand.h"
#include "models/api/ApiError.h"
#include "models/core/LoadStatus.h"
#include "PaletteItem.h"
#include "PlanActivityService.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class QUndoStack;

namespace Tessera {

class ApiClient;
class Settings;

// The activities of one interview plan being designed: the server's list and version, the
// list as edited, and every edit as an undoable command that holds activity ids. Save sends the
// whole list in one interviewPlanActivity.set; a version_conflict fetches the server's list and
// waits for resolveReload() or resolveOverwrite(). Unsaved edits are kept as a draft in
// Settings (activities and base version; no secrets) and offered again by the next load.
// The partner automations of the plan load with it.
class PlanActivitiesDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanActivitiesDocument)
public:
    enum class SaveState { Idle, Saving, Conflict, Failed };
    Q_ENUM(SaveState)

    explicit PlanActivitiesDocument(ApiClient *client, QObject *parent = nullptr);
    ~PlanActivitiesDocument() override;

    LoadStatus *status() const { return m_status; }
    void setDraftStore(Settings *settings, const QString &backendId);
    void load(const QString &interviewPlanId);
    void reload();

    QString interviewPlanId() const { return m_planId; }
    int version() const { return m_version; }
    SaveState saveState() const { return m_saveState; }
    ApiError saveError() const { return m_saveError; }
    QUndoStack *undoStack() const { return m_undo; }
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
    bool isDirty() const { return m_stages != m_savedStages; }
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

    void save();
    // After conflictDetected(): the server's list as it is now.
    const ActivityList &serverState() const { return m_server; }
    QList<PlanActivity> savedActivities() const;
    void resolveReload();
    void resolveOverwrite();

    bool hasDraft() const { return m_draft.has_value(); }
    void restoreDraft();
    void discardDraft();

    // Used by the undo commands: put the activity there (or nowhere).
    void place(const QString &activityId, const std::optional<ActivityPlacement> &placement);

Q_SIGNALS:
    void activitiesChanged();
    void dirtyChanged(bool dirty);
    void saveStateChanged(Tessera::PlanActivitiesDocument::SaveState state);
    void saved();
    void conflictDetected();
    void draftAvailable();

private:
    using Stages = QHash<QString, QList<PlanActivity>>;
    bool push(const QString &text, const QList<ActivityChangeCommand::Change> &changes);
    void adopt(const ActivityList &list);
    void setSaveState(SaveState state);
    void readDraft();
    void writeDraft();
    void notifyDirty();
    void finishLoad();
    static Stages group(const QList<PlanActivity> &activities);
    static QList<PlanActivity> flatten(const Stages &stages);
    static std::optional<ActivityPlacement> find(const Stages &stages, const QString &id);

    LoadStatus *m_status;
    PlanActivityService m_service;
    QPointer<Settings> m_settings;
    QString m_backendId;
    QString m_planId;
    int m_version = 0;
    Stages m_stages;
    Stages m_savedStages;
    ActivityList m_server;
    QList<PlanAutomation> m_automations;
    ApiError m_automationsError;
    std::optional<ActivityList> m_pendingList;
    bool m_automationsDone = false;
    SaveState m_saveState = SaveState::Idle;
    ApiError m_saveError;
    std::optional<Stages> m_draft;
    int m_draftVersion = 0;
    bool m_wasDirty = false;
    QUndoStack *m_undo;
    QObject *m_requests = nullptr; // owns the calls in flight; replaced to cancel them
};

} // namespace Tessera
