#pragma once

#include "sandbox/server/DeferredAnswer.h"
#include "StandIn.h"

#include <QJsonArray>

namespace Tessera::Sandbox {

// Willo: holds an Ashby key and syncs jobs and their interview stages in the background
// (job.list, then interviewStage.list per job's plan), pausing between calls so progress shows.
class WilloStandIn final : public StandIn
{
    Q_OBJECT
public:
    explicit WilloStandIn(PartnerEnvironment &environment, QObject *parent = nullptr);

    static int syncIntervalMinutes(const QString &plan); // 0 for an unknown plan

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

    int m_generation = 0; // a new connect or disconnect abandons a running sync
};

} // namespace Tessera::Sandbox
