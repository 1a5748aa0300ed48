#pragma once

#include "sandbox/server/DeferredAnswer.h"
#include "StandIn.h"

#include <QJsonArray>
#include <QStringList>

class QTimer;

namespace Tessera::Sandbox {

// Willo: holds an Ashby key and syncs jobs and their interview stages in the background
// (job.list, then interviewStage.list per job's plan), pausing between calls so progress shows.
// It syncs on connect and then again at its plan's interval (time-scaled) for as long as it is
// connected; while it is down a due sync waits, so it falls behind as a real one would.
// Each sync then reads the applications that changed since the last one (application.list with
// its syncToken) and their stage history (application.listHistory): every entry into a linked
// trigger stage since the previous sync becomes one invite (keyed by the history entry, so a
// move made while Willo was down is caught up and no entry is invited twice). A time-scaled
// while after the invite the candidate "responds" and Willo posts the response as a note
// (candidate.createNote with its key); a note that fails is tried again at the next sync.
// Polling rather than a candidateStageChange webhook: Willo's key has no apiKeysWrite scope to
// register one, and a webhook missed while Willo is down would need this catch-up anyway.
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

    // A candidate's entry into a linked trigger stage that Willo has not invited yet: the
    // interview and when Willo next looks (its next sync, per its guide "data will not live
    // update"). Nothing when the stage triggers no interview, the entry was invited or predates
    // the connection, or Willo is not connected.
    struct WaitingInvite
    {
        QString interviewTitle;
        qint64 dueMs = 0;
    };
    std::optional<WaitingInvite> waitingInvite(const QString &jobId, const QString &stageId,
                                               const QString &stageEntryId,
                                               qint64 enteredMs) const;
    // Newest first, at most maxInvites (partnerConsole.willo.status's `invites`).
    QJsonArray invites() const;

    static constexpr qsizetype maxInvites = 200;
    // The stage entries invited, oldest first (state "invitedEntries"), kept beyond maxInvites.
    static constexpr qsizetype maxInvitedEntries = 5000;
    static constexpr int responseDelayMinutes = 2; // Willo time, times --time-scale

protected:
    void wentUp() override;

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

    // After the stages: the applications of linked jobs that changed since the last sync.
    void scanApplications(int generation, const QString &token, const QString &cursor,
                          QJsonArray changed, qint64 scanStartMs);
    // One page of the stage history of changed[index] (all pages before its entries count).
    void scanHistories(int generation, QJsonArray changed, qsizetype index, qint64 scanStartMs,
                       QString nextToken, QString historyCursor = {}, QJsonArray history = {});
    void inviteEntries(const QJsonObject &application, const QJsonArray &history, qint64 floorMs);
    void finishSync(int generation, qint64 scanStartMs, const QString &nextToken);
    // Posts the response note of every invite that is due; `retryFailed` also those whose last
    // post failed (they wait for a sync).
    void postDueResponses(bool retryFailed);
    void armResponses();
    void updateInvite(const QString &inviteId, const QJsonObject &changes);
    qint64 responseDelayMs() const;
    // Stage entries before this are not invited: the connection, or the previous scan's start.
    qint64 inviteFloorMs(qint64 scanStartMs) const;
    QStringList invitedEntries() const; // stage entry ids, oldest first

    int m_generation = 0; // a new connect or disconnect abandons a running sync
    QTimer *m_schedule;   // child, single shot
    qint64 m_lastTriedMs = 0; // when the schedule last started (or could not start) a sync
    QTimer *m_responses;      // child, single shot: the next invite whose response is due
    QStringList m_posting;    // invites whose note is on its way
};

} // namespace Tessera::Sandbox
