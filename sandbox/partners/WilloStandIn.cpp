#include "WilloStandIn.h"

#include "models/api/ApiProtocol.h"
#include "PartnerHttp.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/store/Records.h"
#include "sandbox/store/Store.h"

#include <QDateTime>
#include <QTimer>

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

} // namespace

WilloStandIn::WilloStandIn(PartnerEnvironment &environment, QObject *parent)
    : StandIn(environment, u"willo"_s, u"Willo"_s, parent)
    , m_schedule(new QTimer(this))
{
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
    // The interview links are Willo's own settings; they stay for the next connection.
    saveState(QJsonObject{{u"links"_s, links()}});
}

QJsonArray WilloStandIn::links() const
{
    return state().value(u"links"_s).toArray();
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
                                      : QJsonValue()}};
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
        setSync({{u"state"_s, u"done"_s},
                 {u"message"_s, u"Synced %1 jobs."_s.arg(jobs.size())}});
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

} // namespace Tessera::Sandbox
