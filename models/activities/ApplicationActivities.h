#pragma once

#include "ActivityService.h"
#include "CandidateActivity.h"
#include "models/core/LoadStatus.h"
#include "models/domain/Integration.h"
#include "models/plans/PlanActivityService.h"
#include "models/reference/RecordList.h"
#include "RunPoll.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace Tessera {

class ApiClient;

// The activities of the application open in the Candidates view (docs/API.md §3.15) and the
// actions on them: start a plan activity, start another package, cancel with a reason. While
// any run is not final it asks again on a backing-off poll (2 s, 4, 8 … 30 s, reset after an
// action): one activity.list at a time, the next one scheduled from the answer, none while
// nobody watches (setWatched(false)), and none once every run is final or another application
// is shown. An action's refusal is kept per activity (actionError()) until the next action on it,
// so a view rebuilt meanwhile shows it still.
class ApplicationActivities final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationActivities)
public:
    // The key of a manual start ("+ New activity") for busy() and actionError().
    static inline const QString newActivityKey = QStringLiteral("new");

    // `integrations` (optional) says which integrations run assessments.
    explicit ApplicationActivities(ApiClient *client, RecordList<Integration> *integrations = nullptr,
                                   QObject *parent = nullptr);

    ApiClient *client() const { return m_service.client(); }

    // A backend without Tessera's extensions has no activities: nothing is asked.
    void setSupported(bool supported);
    bool isSupported() const { return m_supported; }

    // Shows this application's activities (loading them); the same one again only reloads
    // after a failure. An empty id shows none.
    void show(const QString &applicationId);
    void clear() { show({}); }
    // Asks now (Retry, F5, after a stage move); a request already running is not doubled.
    void reload();
    QString applicationId() const { return m_applicationId; }
    const QList<CandidateActivity> &activities() const { return m_activities; }
    const CandidateActivity *find(const QString &key) const;
    LoadStatus *status() const { return m_status; }
    // A run is going, or a partner is due to look (a waiting Willo invite): worth a poll.
    bool anyRunning() const;

    // Actions. Each returns false, sending nothing, when another action on the same activity runs.
    // `values`: a workflow's visible fields as the user confirmed them (loadForm() first).
    bool start(const QString &key, const QJsonObject &values = {});
    bool startPackage(const QString &integrationId, const QString &assessmentTypeId);
    bool cancel(const QString &key, const QString &reason);
    bool isBusy(const QString &key) const { return m_busy.contains(key); }
    ApiError actionError(const QString &key) const { return m_errors.value(key); }
    void clearActionError(const QString &key);

    // A workflow activity's start form (activity.form): loads it once per activity shown;
    // changed() when it arrived or failed. Its failure is the activity's actionError().
    void loadForm(const QString &key);
    const WorkflowForm *form(const QString &key) const;
    bool isFormLoading(const QString &key) const { return m_formLoading.contains(key); }

    // What "+ New activity" offers: the enabled integrations that run assessments, and the
    // packages one of them offers now (assessmentType.list).
    QList<QPair<QString, QString>> assessmentIntegrations() const; // (id, name)
    QString integrationName(const QString &integrationId) const;
    // Loads the integrations if needed, then the packages of the first that runs assessments
    // (packagesChanged() either way; packagesStatus() fails with a sentence when none does).
    void prepareNewActivity();
    void loadPackages(const QString &integrationId);
    QString packagesIntegrationId() const { return m_packagesIntegrationId; }
    const QList<AssessmentType> &packages() const { return m_packages; }
    LoadStatus *packagesStatus() const { return m_packagesStatus; }

    // Polling: the view is on screen (true) or hidden, minimised, behind another tab (false).
    void setWatched(bool watched) { m_poll.setWatched(watched); }
    bool isWatched() const { return m_poll.isWatched(); }
    void setPollIntervals(int firstMs, int capMs) { m_poll.setIntervals(firstMs, capMs); }
    // A poll is scheduled or its request runs.
    bool isPolling() const { return m_poll.isScheduled() || !m_listContext.isNull(); }
    bool isRequestRunning() const { return !m_listContext.isNull(); }
    int nextPollMs() const { return m_poll.remainingMs(); }

Q_SIGNALS:
    void changed();
    void packagesChanged();
    // An action ended: `error` is none on success; `key` names the activity it was for and
    // `newKey` the run it became (a plan activity started becomes a run with its own id).
    void actionFinished(const QString &key, const QString &newKey, const Tessera::ApiError &error);

private:
    void request();
    void onListed(const Outcome<QList<CandidateActivity>> &outcome);
    void merge(const CandidateActivity &activity, const QString &replacedKey);
    void onActionDone(const QString &applicationId, const QString &key,
                      const Outcome<CandidateActivity> &outcome);

    ActivityService m_service;
    PlanActivityService m_plans;
    QPointer<RecordList<Integration>> m_integrations;
    LoadStatus *m_status;
    LoadStatus *m_packagesStatus;
    QString m_applicationId;
    QList<CandidateActivity> m_activities;
    QList<AssessmentType> m_packages;
    QString m_packagesIntegrationId;
    QHash<QString, ApiError> m_errors;
    QHash<QString, WorkflowForm> m_forms;
    QSet<QString> m_formLoading;
    QSet<QString> m_busy;
    QPointer<QObject> m_listContext;  // owns the running activity.list: deleting it cancels it
    QPointer<QObject> m_packagesContext;
    RunPoll m_poll;
    bool m_supported = true;
    bool m_staleAnswer = false; // an action changed things after the running list was asked
    bool m_loaded = false;      // the application shown has been listed once
};

} // namespace Tessera
