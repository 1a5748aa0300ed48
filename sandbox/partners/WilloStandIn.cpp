#include "WilloStandIn.h"

#include "models/api/ApiProtocol.h"
#include "PartnerHttp.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/store/Records.h"
#include "sandbox/store/Store.h"

#include <QDateTime>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

constexpr qint64 minimumIntervalMs = 100; // a tiny --time-scale must not make a busy loop

qint64 timeOf(const QJsonObject &doc, const QString &field)
{
    const QString iso = doc.value(field).toString();
    return iso.isEmpty() ? 0 : Records::epochMs(iso);
}

// The stages of a job that send an interview: stage id -> interview title.
QHash<QString, QString> triggerStages(const QJsonArray &links, const QString &jobId)
{
    QHash<QString, QString> stages;
    for (const QJsonValue value : links) {
        const QJsonObject link = value.toObject();
        if (link.value(u"jobId"_s).toString() == jobId)
            stages.insert(link.value(u"interviewStageId"_s).toString(),
                          link.value(u"interviewTitle"_s).toString());
    }
    return stages;
}

bool isTokenGone(const PartnerReply &reply)
{
    const QString code = reply.errorCode();
    return code == QLatin1StringView(Protocol::ErrorCode::syncTokenExpired)
        || code == QLatin1StringView(Protocol::ErrorCode::incrementalSyncTooLarge);
}

} // namespace

WilloStandIn::WilloStandIn(PartnerEnvironment &environment, QObject *parent)
    : StandIn(environment, u"willo"_s, u"Willo"_s, parent)
    , m_schedule(new QTimer(this))
    , m_responses(new QTimer(this))
{
    m_responses->setSingleShot(true);
    m_responses->setTimerType(Qt::PreciseTimer);
    connect(m_responses, &QTimer::timeout, this, [this] { postDueResponses(false); });
    QTimer::singleShot(0, this, &WilloStandIn::armResponses);
    m_schedule->setSingleShot(true);
    m_schedule->setTimerType(Qt::PreciseTimer); // a coarse timer may fire a sync before it is due
    connect(m_schedule, &QTimer::timeout, this, &WilloStandIn::syncWhenDue);
    // Once the sandbox runs: a restart (or the demo seed, which saves Willo's state after this)
    // picks up the schedule where the stored times leave it.
    QTimer::singleShot(0, this, &WilloStandIn::armSchedule);
    // A sync cut short by a restart does not resume by itself.
    QJsonObject doc = state();
    if (doc.value(u"sync"_s).toObject().value(u"state"_s) == u"running"_s) {
        QJsonObject sync = doc.value(u"sync"_s).toObject();
        sync.insert(u"state"_s, u"failed"_s);
        sync.insert(u"message"_s, u"The sync stopped when the sandbox restarted. Connect Willo "
                                  "again to sync."_s);
        doc.insert(u"sync"_s, sync);
        saveState(doc);
    }
}

int WilloStandIn::syncIntervalMinutes(const QString &plan)
{
    if (plan == u"Launch"_s)
        return 180;
    if (plan == u"Growth"_s)
        return 30;
    if (plan == u"Scale"_s || plan == u"Enterprise"_s)
        return 5;
    return 0;
}

int WilloStandIn::stepDelayMs() const
{
    return static_cast<int>(300.0 * m_env.timeScale);
}

std::optional<SyncSchedule> WilloStandIn::syncSchedule() const
{
    const QJsonObject doc = state();
    const int minutes = syncIntervalMinutes(doc.value(u"plan"_s).toString());
    if (doc.value(u"atsApiKey"_s).toString().isEmpty() || minutes == 0)
        return std::nullopt;
    SyncSchedule schedule;
    schedule.intervalMs = std::max(minimumIntervalMs,
                                   qint64(double(minutes) * 60'000.0 * m_env.timeScale + 0.5));
    schedule.lastSyncedMs = timeOf(doc, u"lastSyncedAt"_s);
    schedule.lastEndedMs = timeOf(doc, u"lastSyncEndedAt"_s);
    const qint64 connectedMs = timeOf(doc, u"connectedAt"_s);
    if (schedule.lastSyncedMs > 0 && schedule.lastSyncedMs >= connectedMs)
        schedule.nextDueMs = schedule.lastSyncedMs + schedule.intervalMs;
    else if (connectedMs > 0)
        schedule.nextDueMs = connectedMs; // due since the connection, not synced yet
    else
        return std::nullopt;
    return schedule;
}

void WilloStandIn::armSchedule()
{
    m_schedule->stop();
    const auto schedule = syncSchedule();
    if (!schedule)
        return;
    // A due sync that could not run (down, failed) is tried again an interval later.
    const qint64 at = std::max(schedule->nextDueMs, m_lastTriedMs + schedule->intervalMs);
    const qint64 wait = at - QDateTime::currentMSecsSinceEpoch();
    m_schedule->start(int(std::clamp<qint64>(wait, 0, std::numeric_limits<int>::max())));
}

void WilloStandIn::syncWhenDue()
{
    const bool running = state().value(u"sync"_s).toObject().value(u"state"_s) == u"running"_s;
    if (isDown() || running || heldAtsKey().isEmpty()) {
        if (isDown())
            noteHeldWhileDown();
        m_lastTriedMs = QDateTime::currentMSecsSinceEpoch();
        armSchedule();
        return;
    }
    startSync();
}

void WilloStandIn::connectKey(const QString &atsApiKey, const QString &plan,
                              const Deferred &answer)
{
    requireUp();
    if (syncIntervalMinutes(plan) == 0)
        throw ApiFailure::invalidInput(
            u"Field \"plan\" must be Launch, Growth, Scale or Enterprise."_s);
    connectAtsKey(atsApiKey, answer, [this, plan] {
        QJsonObject doc = state();
        doc.insert(u"plan"_s, plan);
        // The invite floor starts with the first connection; a new key (e.g. after a revoke)
        // keeps it, so the moves since the last scan are still invited. disconnectKey() clears it.
        if (!doc.contains(u"connectedAt"_s))
            doc.insert(u"connectedAt"_s, Records::isoTime(QDateTime::currentMSecsSinceEpoch()));
        saveState(doc);
        startSync();
        return QJsonObject{{u"connected"_s, true},
                           {u"plan"_s, plan},
                           {u"syncIntervalMinutes"_s, syncIntervalMinutes(plan)}};
    });
}

void WilloStandIn::disconnectKey()
{
    ++m_generation;
    m_schedule->stop();
    // The interview links and the invites are Willo's own records; they stay for the next
    // connection (an invite still waiting posts its note once Willo holds a key again).
    saveState(QJsonObject{{u"links"_s, links()},
                          {u"invites"_s, invites()},
                          {u"invitedEntries"_s, state().value(u"invitedEntries"_s)}});
}

QJsonArray WilloStandIn::links() const
{
    return state().value(u"links"_s).toArray();
}

std::optional<WilloStandIn::WaitingInvite> WilloStandIn::waitingInvite(
    const QString &jobId, const QString &stageId, const QString &stageEntryId,
    qint64 enteredMs) const
{
    const auto schedule = syncSchedule();
    if (!schedule)
        return std::nullopt;
    const QString title = triggerStages(links(), jobId).value(stageId);
    // Only an entry the next scan looks at (the same floor) and has not invited yet waits.
    if (title.isEmpty() || enteredMs < inviteFloorMs(QDateTime::currentMSecsSinceEpoch())
        || invitedEntries().contains(stageEntryId))
        return std::nullopt;
    return WaitingInvite{title, std::max(schedule->nextDueMs, m_lastTriedMs + schedule->intervalMs)};
}

QJsonObject WilloStandIn::linkInterview(const QString &jobId, const QString &stageId,
                                        const QString &title)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        throw ApiFailure::invalidInput(u"Field \"interviewTitle\" must not be empty."_s);
    if (trimmed.size() > 120)
        throw ApiFailure::invalidInput(
            u"Field \"interviewTitle\" is longer than 120 characters."_s);
    const auto job = m_env.store.jobs.find(jobId);
    if (!job)
        throw ApiFailure::notFound(Protocol::ErrorCode::jobNotFound, u"job"_s, jobId);
    const auto stage = m_env.store.interviewStages.find(stageId);
    if (!stage)
        throw ApiFailure::notFound(Protocol::ErrorCode::interviewStageNotFound,
                                   u"interview stage"_s, stageId);
    if (!job->value(u"interviewPlanIds"_s).toArray().contains(stage->value(u"interviewPlanId"_s)))
        throw ApiFailure::invalidInput(
            u"The stage \"%1\" is not in the interview plan of the job \"%2\"; pick one of that "
            "job's stages."_s.arg(stage->value(u"title"_s).toString(),
                                  job->value(u"title"_s).toString()));
    const QJsonObject link{{u"jobId"_s, jobId},
                           {u"interviewStageId"_s, stageId},
                           {u"interviewTitle"_s, trimmed}};
    QJsonArray kept;
    for (const QJsonValue value : links()) {
        const QJsonObject other = value.toObject();
        if (other.value(u"jobId"_s) != jobId || other.value(u"interviewStageId"_s) != stageId)
            kept << other;
    }
    kept << link;
    QJsonObject doc = state();
    doc.insert(u"links"_s, kept);
    saveState(doc);
    return link;
}

void WilloStandIn::unlinkInterview(const QString &jobId, const QString &stageId)
{
    QJsonArray kept;
    bool found = false;
    for (const QJsonValue value : links()) {
        const QJsonObject other = value.toObject();
        if (other.value(u"jobId"_s) == jobId && other.value(u"interviewStageId"_s) == stageId)
            found = true;
        else
            kept << other;
    }
    if (!found)
        throw ApiFailure::invalidInput(
            u"No Willo interview is linked to the stage \"%1\" of the job \"%2\"."_s.arg(stageId,
                                                                                       jobId));
    QJsonObject doc = state();
    doc.insert(u"links"_s, kept);
    saveState(doc);
}

QJsonObject WilloStandIn::status() const
{
    const QJsonObject doc = state();
    const bool connected = !doc.value(u"atsApiKey"_s).toString().isEmpty();
    QJsonObject sync{{u"state"_s, u"idle"_s}, {u"jobsDone"_s, 0}, {u"jobsTotal"_s, 0},
                     {u"stagesDone"_s, 0},    {u"message"_s, QString()}};
    const QJsonObject stored = doc.value(u"sync"_s).toObject();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        sync.insert(it.key(), it.value());
    const QString plan = doc.value(u"plan"_s).toString();
    const auto schedule = syncSchedule();
    return QJsonObject{
        {u"connected"_s, connected},
        {u"plan"_s, connected ? QJsonValue(plan) : QJsonValue()},
        {u"syncIntervalMinutes"_s, connected ? QJsonValue(syncIntervalMinutes(plan)) : QJsonValue()},
        {u"sync"_s, sync},
        {u"lastSyncedAt"_s, doc.contains(u"lastSyncedAt"_s) ? doc.value(u"lastSyncedAt"_s)
                                                           : QJsonValue()},
        {u"nextSyncDueAt"_s, schedule ? QJsonValue(Records::isoTime(schedule->nextDueMs))
                                      : QJsonValue()},
        {u"invites"_s, invites()}};
}

QStringList WilloStandIn::invitedEntries() const
{
    const QJsonObject doc = state();
    QStringList known;
    for (const QJsonValue value : doc.value(u"invitedEntries"_s).toArray())
        known << value.toString();
    // State from before the ids were kept apart: the invites still stored name theirs.
    for (const QJsonValue value : doc.value(u"invites"_s).toArray()) {
        const QString id = value.toObject().value(u"stageEntryId"_s).toString();
        if (!known.contains(id))
            known.prepend(id);
    }
    return known;
}

QJsonArray WilloStandIn::invites() const
{
    return state().value(u"invites"_s).toArray();
}

void WilloStandIn::setSync(const QJsonObject &changes)
{
    QJsonObject doc = state();
    QJsonObject sync = doc.value(u"sync"_s).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        sync.insert(it.key(), it.value());
    doc.insert(u"sync"_s, sync);
    const QString ended = changes.value(u"state"_s).toString();
    const QString now = Records::isoTime(QDateTime::currentMSecsSinceEpoch());
    if (ended == u"done"_s)
        doc.insert(u"lastSyncedAt"_s, now);
    if (ended == u"done"_s || ended == u"failed"_s)
        doc.insert(u"lastSyncEndedAt"_s, now);
    saveState(doc);
    if (ended == u"done"_s || ended == u"failed"_s)
        armSchedule();
}

void WilloStandIn::startSync()
{
    const int generation = ++m_generation;
    m_lastTriedMs = QDateTime::currentMSecsSinceEpoch();
    setSync({{u"state"_s, u"running"_s}, {u"jobsDone"_s, 0}, {u"jobsTotal"_s, 0},
             {u"stagesDone"_s, 0}, {u"message"_s, u"Reading jobs from Ashby."_s}});
    postDueResponses(true);
    QTimer::singleShot(stepDelayMs(), this, [this, generation] {
        listJobs(generation, QString(), QJsonArray{});
    });
}

void WilloStandIn::failSync(int generation, const QString &message)
{
    if (generation == m_generation)
        setSync({{u"state"_s, u"failed"_s}, {u"message"_s, message}});
}

void WilloStandIn::listJobs(int generation, const QString &cursor, QJsonArray jobs)
{
    if (generation != m_generation)
        return;
    if (heldAtsKey().isEmpty())
        return;
    QJsonObject body{{u"limit"_s, 100}};
    if (!cursor.isEmpty())
        body.insert(u"cursor"_s, cursor);
    m_env.http.callAts(heldAtsKey(), u"job.list"_s, body, this,
                       [this, generation, jobs](const PartnerReply &reply) mutable {
        if (generation != m_generation)
            return;
        if (!reply.isSuccess()) {
            failSync(generation, u"Willo could not read jobs from Ashby: %1."_s.arg(
                                     reply.errorMessage()));
            return;
        }
        const QJsonObject page = reply.json();
        for (const QJsonValue job : page.value(u"results"_s).toArray())
            jobs << job;
        setSync({{u"jobsTotal"_s, jobs.size()}});
        if (page.value(u"moreDataAvailable"_s).toBool()) {
            const QString next = page.value(u"nextCursor"_s).toString();
            QTimer::singleShot(stepDelayMs(), this, [this, generation, next, jobs] {
                listJobs(generation, next, jobs);
            });
            return;
        }
        setSync({{u"message"_s, u"Reading interview stages."_s}});
        QTimer::singleShot(stepDelayMs(), this,
                           [this, generation, jobs] { syncStages(generation, jobs, 0); });
    });
}

void WilloStandIn::syncStages(int generation, QJsonArray jobs, qsizetype index)
{
    if (generation != m_generation)
        return;
    if (index >= jobs.size()) {
        setSync({{u"message"_s, u"Synced %1 jobs; reading changed applications."_s.arg(
                                    jobs.size())}});
        const qint64 scanStartMs = QDateTime::currentMSecsSinceEpoch();
        const QString token = state().value(u"applicationSyncToken"_s).toString();
        QTimer::singleShot(stepDelayMs(), this, [this, generation, token, scanStartMs] {
            scanApplications(generation, token, QString(), QJsonArray{}, scanStartMs);
        });
        return;
    }
    const QString planId = jobs.at(index).toObject().value(u"defaultInterviewPlanId"_s).toString();
    const auto next = [this, generation, jobs, index](int stages) {
        const QJsonObject sync = state().value(u"sync"_s).toObject();
        setSync({{u"jobsDone"_s, index + 1},
                 {u"stagesDone"_s, sync.value(u"stagesDone"_s).toInt() + stages}});
        QTimer::singleShot(stepDelayMs(), this, [this, generation, jobs, index] {
            syncStages(generation, jobs, index + 1);
        });
    };
    if (planId.isEmpty()) {
        next(0);
        return;
    }
    m_env.http.callAts(heldAtsKey(), u"interviewStage.list"_s, {{u"interviewPlanId"_s, planId}},
                       this, [this, generation, next](const PartnerReply &reply) {
        if (generation != m_generation)
            return;
        if (!reply.isSuccess()) {
            failSync(generation, u"Willo could not read interview stages from Ashby: %1."_s.arg(
                                     reply.errorMessage()));
            return;
        }
        next(static_cast<int>(reply.json().value(u"results"_s).toArray().size()));
    });
}

qint64 WilloStandIn::inviteFloorMs(qint64 scanStartMs) const
{
    const QJsonObject doc = state();
    const qint64 floor = std::max(timeOf(doc, u"connectedAt"_s),
                                  timeOf(doc, u"lastScanStartedAt"_s));
    return floor > 0 ? floor : scanStartMs; // never scanned: nothing from before counts
}

qint64 WilloStandIn::responseDelayMs() const
{
    return std::max(minimumIntervalMs,
                    qint64(double(responseDelayMinutes) * 60'000.0 * m_env.timeScale + 0.5));
}

void WilloStandIn::scanApplications(int generation, const QString &token, const QString &cursor,
                                    QJsonArray changed, qint64 scanStartMs)
{
    if (generation != m_generation || heldAtsKey().isEmpty())
        return;
    QJsonObject body{{u"limit"_s, 100}};
    if (!cursor.isEmpty())
        body.insert(u"cursor"_s, cursor);
    else if (!token.isEmpty())
        body.insert(u"syncToken"_s, token);
    m_env.http.callAts(heldAtsKey(), u"application.list"_s, body, this,
                       [this, generation, token, changed, scanStartMs](
                           const PartnerReply &reply) mutable {
        if (generation != m_generation)
            return;
        if (!reply.isSuccess() && !token.isEmpty() && isTokenGone(reply)) {
            // The token ran out: read every application again (the entry times still tell
            // which moves are new).
            scanApplications(generation, QString(), QString(), QJsonArray{}, scanStartMs);
            return;
        }
        if (!reply.isSuccess()) {
            failSync(generation, u"Willo could not read applications from Ashby: %1."_s.arg(
                                     reply.errorMessage()));
            return;
        }
        const QJsonObject page = reply.json();
        const QJsonArray linked = links();
        const qint64 floorMs = inviteFloorMs(scanStartMs);
        for (const QJsonValue value : page.value(u"results"_s).toArray()) {
            const QJsonObject application = value.toObject();
            const QString jobId = application.value(u"job"_s).toObject().value(u"id"_s).toString();
            // Only a move since the last scan can hold a new entry, and a move updates it.
            if (!triggerStages(linked, jobId).isEmpty()
                && timeOf(application, u"updatedAt"_s) >= floorMs)
                changed << application;
        }
        if (page.value(u"moreDataAvailable"_s).toBool()) {
            const QString next = page.value(u"nextCursor"_s).toString();
            QTimer::singleShot(stepDelayMs(), this,
                               [this, generation, token, next, changed, scanStartMs] {
                scanApplications(generation, token, next, changed, scanStartMs);
            });
            return;
        }
        scanHistories(generation, changed, 0, scanStartMs, page.value(u"syncToken"_s).toString());
    });
}

void WilloStandIn::scanHistories(int generation, QJsonArray changed, qsizetype index,
                                 qint64 scanStartMs, QString nextToken, QString historyCursor,
                                 QJsonArray history)
{
    if (generation != m_generation || heldAtsKey().isEmpty())
        return;
    if (index >= changed.size()) {
        finishSync(generation, scanStartMs, nextToken);
        return;
    }
    const QJsonObject application = changed.at(index).toObject();
    QJsonObject body{{u"applicationId"_s, application.value(u"id"_s)}, {u"limit"_s, 100}};
    if (!historyCursor.isEmpty())
        body.insert(u"cursor"_s, historyCursor);
    m_env.http.callAts(heldAtsKey(), u"application.listHistory"_s, body,
                       this, [this, generation, changed, index, scanStartMs, nextToken,
                              application, history](const PartnerReply &reply) mutable {
        if (generation != m_generation)
            return;
        if (!reply.isSuccess()) {
            failSync(generation, u"Willo could not read the stage history of an application "
                                 "from Ashby: %1."_s.arg(reply.errorMessage()));
            return;
        }
        const QJsonObject page = reply.json();
        for (const QJsonValue entry : page.value(u"results"_s).toArray())
            history << entry;
        if (page.value(u"moreDataAvailable"_s).toBool()) {
            const QString next = page.value(u"nextCursor"_s).toString();
            QTimer::singleShot(stepDelayMs(), this, [this, generation, changed, index,
                                                     scanStartMs, nextToken, next, history] {
                scanHistories(generation, changed, index, scanStartMs, nextToken, next, history);
            });
            return;
        }
        const qint64 floorMs = inviteFloorMs(scanStartMs);
        inviteEntries(application, history, floorMs);
        QTimer::singleShot(stepDelayMs(), this,
                           [this, generation, changed, index, scanStartMs, nextToken] {
            scanHistories(generation, changed, index + 1, scanStartMs, nextToken);
        });
    });
}

void WilloStandIn::inviteEntries(const QJsonObject &application, const QJsonArray &history,
                                 qint64 floorMs)
{
    const QString jobId = application.value(u"job"_s).toObject().value(u"id"_s).toString();
    const QHash<QString, QString> stages = triggerStages(links(), jobId);
    QJsonObject doc = state();
    QJsonArray stored = doc.value(u"invites"_s).toArray();
    QStringList known = invitedEntries();
    bool added = false;
    for (const QJsonValue value : history) {
        const QJsonObject entry = value.toObject();
        const QString stageId = entry.value(u"stageId"_s).toString();
        const QString entryId = entry.value(u"id"_s).toString();
        if (!stages.contains(stageId) || known.contains(entryId)
            || timeOf(entry, u"enteredStageAt"_s) < floorMs)
            continue;
        const QJsonObject invite{
            {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"applicationId"_s, application.value(u"id"_s)},
            {u"candidateId"_s, application.value(u"candidate"_s).toObject().value(u"id"_s)},
            {u"jobId"_s, jobId},
            {u"interviewStageId"_s, stageId},
            {u"interviewTitle"_s, stages.value(stageId)},
            {u"stageEntryId"_s, entryId},
            {u"status"_s, u"invited"_s},
            {u"invitedAt"_s, Records::isoTime(QDateTime::currentMSecsSinceEpoch())},
            {u"respondedAt"_s, QJsonValue()},
            {u"responseUrl"_s, QJsonValue()},
            {u"lastError"_s, QJsonValue()}};
        stored.prepend(invite);
        known << entryId;
        added = true;
    }
    if (!added)
        return;
    while (stored.size() > maxInvites)
        stored.removeLast();
    // The entry ids outlive the capped invites, so a dropped invite is never invited again.
    while (known.size() > maxInvitedEntries)
        known.removeFirst();
    doc.insert(u"invites"_s, stored);
    doc.insert(u"invitedEntries"_s, QJsonArray::fromStringList(known));
    saveState(doc);
    armResponses();
}

void WilloStandIn::finishSync(int generation, qint64 scanStartMs, const QString &nextToken)
{
    if (generation != m_generation)
        return;
    QJsonObject doc = state();
    doc.insert(u"applicationSyncToken"_s, nextToken);
    doc.insert(u"lastScanStartedAt"_s, Records::isoTime(scanStartMs));
    saveState(doc);
    const QJsonObject sync = doc.value(u"sync"_s).toObject();
    setSync({{u"state"_s, u"done"_s},
             {u"message"_s, u"Synced %1 jobs."_s.arg(sync.value(u"jobsTotal"_s).toInt())}});
}

void WilloStandIn::updateInvite(const QString &inviteId, const QJsonObject &changes)
{
    QJsonObject doc = state();
    QJsonArray stored = doc.value(u"invites"_s).toArray();
    for (qsizetype i = 0; i < stored.size(); ++i) {
        QJsonObject invite = stored.at(i).toObject();
        if (invite.value(u"id"_s).toString() != inviteId)
            continue;
        for (auto it = changes.begin(); it != changes.end(); ++it)
            invite.insert(it.key(), it.value());
        stored.replace(i, invite);
        doc.insert(u"invites"_s, stored);
        saveState(doc);
        return;
    }
}

void WilloStandIn::postDueResponses(bool retryFailed)
{
    const QString key = heldAtsKey();
    if (isDown() || key.isEmpty())
        return; // the next sync (once up and connected) tries again
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QJsonValue value : invites()) {
        const QJsonObject invite = value.toObject();
        const QString id = invite.value(u"id"_s).toString();
        if (invite.value(u"status"_s).toString() != u"invited"_s || m_posting.contains(id)
            || timeOf(invite, u"invitedAt"_s) + responseDelayMs() > now
            || (!retryFailed && !invite.value(u"lastError"_s).toString().isEmpty()))
            continue;
        const QString url = u"https://willo.video/interviews/%1/responses/%2"_s.arg(
            invite.value(u"interviewStageId"_s).toString().left(8), id);
        const QString note = u"The candidate responded to the Willo video interview \"%1\". "
                             "Watch the response: %2"_s.arg(
                                 invite.value(u"interviewTitle"_s).toString(), url);
        m_posting << id;
        m_env.http.callAts(key, u"candidate.createNote"_s,
                           {{u"candidateId"_s, invite.value(u"candidateId"_s)}, {u"note"_s, note}},
                           this, [this, id, url](const PartnerReply &reply) {
            m_posting.removeAll(id);
            const QString at = Records::isoTime(QDateTime::currentMSecsSinceEpoch());
            if (reply.isSuccess()) {
                updateInvite(id, {{u"status"_s, u"completed"_s},
                                  {u"respondedAt"_s, at},
                                  {u"responseUrl"_s, url},
                                  {u"noteId"_s, reply.json().value(u"results"_s).toObject()
                                                    .value(u"id"_s)},
                                  {u"lastError"_s, QJsonValue()}});
            } else {
                updateInvite(id, {{u"lastError"_s,
                                   u"Willo could not post the response note to Ashby (%1); it "
                                   "tries again at its next sync."_s.arg(reply.errorMessage())},
                                  {u"lastErrorAt"_s, at}});
            }
            armResponses();
        }, {{"Idempotency-Key", "willo-note-" + id.toLatin1()}}); // a retry posts no second note
    }
    armResponses();
}

void WilloStandIn::wentUp()
{
    armResponses(); // a note that fell due while down goes out now, not at the next sync
}

void WilloStandIn::armResponses()
{
    m_responses->stop();
    qint64 next = std::numeric_limits<qint64>::max();
    for (const QJsonValue value : invites()) {
        const QJsonObject invite = value.toObject();
        if (invite.value(u"status"_s).toString() == u"invited"_s
            && invite.value(u"lastError"_s).toString().isEmpty()
            && !m_posting.contains(invite.value(u"id"_s).toString()))
            next = std::min(next, timeOf(invite, u"invitedAt"_s) + responseDelayMs());
    }
    if (next == std::numeric_limits<qint64>::max())
        return;
    const qint64 wait = next - QDateTime::currentMSecsSinceEpoch();
    m_responses->start(int(std::clamp<qint64>(wait, 0, std::numeric_limits<int>::max())));
}

} // namespace Tessera::Sandbox
