#pragma once

#include "sandbox/server/DeferredAnswer.h"
#include "StandIn.h"

#include <QJsonArray>

class QTimer;

namespace Tessera::Sandbox {

// Willo: holds an Ashby key and syncs jobs and their interview stages in the background
// (job.list, then interviewStage.list per job's plan), pausing between calls so progress shows.
// It syncs on connect and then again at its plan's interval (time-scaled) for as long as it is
// connected; while it is down a due sync waits, so it falls behind as a real one would.
class WilloStandIn final : public StandIn
{
    Q_OBJECT
public:
    explicit WilloStandIn(PartnerEnvironment &environment, QObject *parent = nullptr);

    static int syncIntervalMinutes(const QString &plan); // 0 for an unknown plan

    std::optional<SyncSchedule> syncSchedule() const override;

    void connectKey(const QString &atsApiKey, const QString &plan, const Deferred &answer);
    void disconnectKey();
    QJsonObject status() const;

    // Which Willo interview a job's trigger stage sends (set in Willo, per its guide); one per
    // job and stage, a second link replaces the first. Checked against the ATS's jobs.
    QJsonObject linkInterview(const QString &jobId, const QString &stageId, const QString &title);
    void unlinkInterview(const QString &jobId, const QString &stageId);
    // [{jobId, interviewStageId, interviewTitle}]
    QJsonArray links() const;

private:
    void startSync();
    void listJobs(int generation, const QString &cursor, QJsonArray jobs);
    void syncStages(int generation, QJsonArray jobs, qsizetype index);
    void setSync(const QJsonObject &changes);
    void failSync(int generation, const QString &message);
    int stepDelayMs() const;
    // Sets the timer for the next scheduled sync (none while disconnected).
    void armSchedule();
    void syncWhenDue();

    int m_generation = 0; // a new connect or disconnect abandons a running sync
    QTimer *m_schedule;   // child, single shot
    qint64 m_lastTriedMs = 0; // when the schedule last started (or could not start) a sync
};

} // namespace Tessera::Sandbox
