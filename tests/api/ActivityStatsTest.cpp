// activity.stats and the health facts of candidate activities (stuckRuns, stuck_runs), docs/API.md
// §3.15 and §3.9a, against a hand-built small set of runs: each starts for real at the Justifacts
// stand-in (activity.start, HTTP both ways), then the test reports its status over
// assessment.update as Justifacts would, with a timestamp of its choosing (a status reported
// days ago is stuck). Justifacts' own steps take 400 s here, so nothing moves by itself.
#include "ApiHelpers.h"

#include <QDateTime>

#include <algorithm>
#include <cstdlib>
#include <tuple>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

constexpr qint64 dayMs = 24LL * 3600 * 1000;
const QString package = u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01"_s;
const QStringList sixStatuses{u"requested"_s, u"started"_s,   u"in_progress"_s,
                              u"completed"_s, u"cancelled"_s, u"failed"_s};

QStringList applicationsOfDistinctCandidates(TestClient &admin, int count)
{
    QStringList applications;
    QSet<QString> candidates;
    for (const QJsonValue value : walkAll(admin, u"application.list"_s).records) {
        const QJsonObject application = value.toObject();
        const QString candidateId = application.value(u"candidate"_s).toObject()
                                        .value(u"id"_s).toString();
        if (candidateId.isEmpty() || candidates.contains(candidateId))
            continue;
        candidates.insert(candidateId);
        applications << application.value(u"id"_s).toString();
        if (applications.size() == count)
            break;
    }
    REQUIRE(applications.size() == count);
    return applications;
}

QJsonObject startRun(TestClient &admin, const QString &applicationId)
{
    return object(admin, u"activity.start"_s,
                  {{u"applicationId"_s, applicationId},
                   {u"kind"_s, u"assessment"_s},
                   {u"integrationId"_s, u"justifacts"_s},
                   {u"config"_s, QJsonObject{{u"assessmentTypeId"_s, package}}}})
        .value(u"activity"_s).toObject();
}

// Justifacts' id of the run started for `applicationId` (its website lists its checks).
QString assessmentIdFor(TestClient &admin, const QString &applicationId)
{
    const QJsonArray checks = where(object(admin, u"partnerConsole.justifacts.checks"_s)
                                        .value(u"checks"_s).toArray(),
                                    u"applicationId"_s, applicationId);
    REQUIRE(checks.size() == 1);
    return checks.first().toObject().value(u"assessmentId"_s).toString();
}

QJsonObject resultField(const QString &identifier, const QString &value)
{
    return {{u"identifier"_s, identifier}, {u"label"_s, identifier}, {u"type"_s, u"string"_s},
            {u"value"_s, value}};
}

// Reports a status label (or a cancellation) as Justifacts would; returns the run's view.
QJsonObject report(TestClient &admin, const QString &assessmentId, const QString &label,
                   qint64 atMs)
{
    QJsonObject update{{u"assessment_id"_s, assessmentId}, {u"timestamp"_s, atMs}};
    if (label == u"Cancelled"_s)
        update.insert(u"cancelled_reason"_s, resultField(u"reason"_s, u"Candidate withdrew"_s));
    else
        update.insert(u"assessment_status"_s, resultField(u"status"_s, label));
    return object(admin, u"assessment.update"_s, update);
}

qint64 msOf(const QJsonValue &iso)
{
    return QDateTime::fromString(iso.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QString isoOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

struct Run
{
    QString id;
    QString applicationId;
    QString candidateId;
    qint64 createdMs = 0;
    QString status;
    bool stuck = false;
};

// The expected answer for the runs created in [from, to), computed here by hand.
QJsonObject expectedStats(const QList<Run> &runs, qint64 from, qint64 to)
{
    QJsonObject counts;
    for (const QString &status : sixStatuses)
        counts.insert(status, 0);
    int stuck = 0;
    int inRange = 0;
    for (const Run &run : runs) {
        if (run.createdMs < from || run.createdMs >= to)
            continue;
        ++inRange;
        counts.insert(run.status, counts.value(run.status).toInt() + 1);
        stuck += run.stuck ? 1 : 0;
    }
    QJsonArray byIntegration;
    if (inRange > 0)
        byIntegration << QJsonObject{{u"integrationId"_s, u"justifacts"_s},
                                     {u"kind"_s, u"assessment"_s},
                                     {u"counts"_s, counts},
                                     {u"stuck"_s, stuck}};
    return {{u"from"_s, isoOf(from)}, {u"to"_s, isoOf(to)}, {u"byIntegration"_s, byIntegration},
            {u"totals"_s, counts}, {u"stuck"_s, stuck}};
}

QJsonObject stats(TestClient &admin, qint64 from, qint64 to, const QJsonObject &extra = {})
{
    QJsonObject body = extra;
    body.insert(u"from"_s, isoOf(from));
    body.insert(u"to"_s, isoOf(to));
    return object(admin, u"activity.stats"_s, body);
}

QJsonObject healthOf(TestClient &admin, const QString &integrationId)
{
    for (const QJsonValue entry :
         object(admin, u"integrationHealth.list"_s).value(u"integrations"_s).toArray())
        if (entry.toObject().value(u"integrationId"_s) == QJsonValue(integrationId))
            return entry.toObject();
    return {};
}

QJsonObject reasonOf(const QJsonObject &health, const QString &code)
{
    return where(health.value(u"reasons"_s).toArray(), u"code"_s, code).first().toObject();
}

// Seven runs, one per status plus a second requested one; two of them stuck.
QList<Run> buildRuns(TestClient &admin)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<std::tuple<QString, QString, qint64>> plan{
        {QString(), u"requested"_s, 0},             // Received, as the start left it
        {u"Started"_s, u"started"_s, now},
        {u"In Process"_s, u"in_progress"_s, now - 10 * dayMs}, // stuck for 9 days
        {u"Complete"_s, u"completed"_s, now - 20 * dayMs},     // final: never stuck
        {u"Cancelled"_s, u"cancelled"_s, now},
        {u"Failed"_s, u"failed"_s, now},
        {u"Pending"_s, u"requested"_s, now - 5 * dayMs},       // stuck for 4 days
    };
    const QStringList applications = applicationsOfDistinctCandidates(admin, int(plan.size()));
    QList<Run> runs;
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const auto &[label, status, atMs] = plan.at(i);
        const QJsonObject started = startRun(admin, applications.at(i));
        Run run{started.value(u"id"_s).toString(), applications.at(i),
                started.value(u"candidateId"_s).toString(),
                msOf(started.value(u"createdAt"_s)), status, false};
        REQUIRE(run.createdMs > 0);
        QJsonObject shown = started;
        if (!label.isEmpty())
            shown = report(admin, assessmentIdFor(admin, run.applicationId), label, atMs);
        INFO(label.toStdString());
        REQUIRE(shown.value(u"status"_s) == QJsonValue(status));
        run.stuck = shown.value(u"stuck"_s).toBool();
        runs << run;
    }
    REQUIRE(runs.at(2).stuck);
    REQUIRE(runs.at(6).stuck);
    REQUIRE(std::count_if(runs.begin(), runs.end(), [](const Run &r) { return r.stuck; }) == 2);
    return runs;
}

} // namespace

TEST_CASE("activity.stats counts the runs started in a range by current status, and the stuck ones",
          "[api][activities][dashboard]")
{
    SandboxProcess own(SandboxProcess::defaultArguments(30) << u"--enable-all"_s
                                                             << u"--time-scale"_s << u"100"_s);
    TestClient admin = adminClient(own);
    const QList<Run> runs = buildRuns(admin);
    qint64 first = runs.first().createdMs;
    qint64 last = runs.first().createdMs;
    for (const Run &run : runs) {
        first = std::min(first, run.createdMs);
        last = std::max(last, run.createdMs);
    }

    // Everything: every status once, requested twice, two stuck.
    const QJsonObject all = stats(admin, first - 60'000, last + 60'000);
    CHECK(all == expectedStats(runs, first - 60'000, last + 60'000));
    const QJsonObject totals = all.value(u"totals"_s).toObject();
    CHECK(totals.keys() == QStringList{u"cancelled"_s, u"completed"_s, u"failed"_s,
                                       u"in_progress"_s, u"requested"_s, u"started"_s});
    CHECK(totals.value(u"requested"_s) == QJsonValue(2));
    CHECK(all.value(u"stuck"_s) == QJsonValue(2));

    // [from, to): a run started exactly at `to` is left out, one exactly at `from` counted.
    const qint64 cut = runs.at(3).createdMs;
    CHECK(stats(admin, first, cut) == expectedStats(runs, first, cut));
    CHECK(stats(admin, cut, last + 1) == expectedStats(runs, cut, last + 1));
    CHECK(stats(admin, first, cut).value(u"totals"_s) != all.value(u"totals"_s));

    // Nothing started in the range: every key present with 0, no groups.
    const QJsonObject empty = stats(admin, first - 2 * dayMs, first - dayMs);
    CHECK(empty == expectedStats(runs, first - 2 * dayMs, first - dayMs));
    CHECK(empty.value(u"totals"_s).toObject().value(u"failed"_s) == QJsonValue(0));
    CHECK(empty.value(u"byIntegration"_s).toArray().isEmpty());

    // By integration: Justifacts has them all, Juro none; an unknown id is not found.
    CHECK(stats(admin, first - 60'000, last + 60'000, {{u"integrationId"_s, u"justifacts"_s}})
          == all);
    CHECK(stats(admin, first - 60'000, last + 60'000, {{u"integrationId"_s, u"juro"_s}})
              .value(u"totals"_s) == empty.value(u"totals"_s));
    requireError(admin.call(u"activity.stats"_s, {{u"from"_s, isoOf(first)},
                                                  {u"to"_s, isoOf(last + 1)},
                                                  {u"integrationId"_s, u"workday"_s}}),
                 200, u"integration_not_found"_s);

    // Bad ranges name the field.
    requireInvalidInput(admin.call(u"activity.stats"_s, {{u"from"_s, isoOf(last)},
                                                         {u"to"_s, isoOf(first)}}),
                        u"from"_s);
    requireInvalidInput(admin.call(u"activity.stats"_s, {{u"from"_s, isoOf(first)},
                                                         {u"to"_s, isoOf(first)}}),
                        u"from"_s);
    const ApiReply tooLong = admin.call(u"activity.stats"_s,
                                        {{u"from"_s, isoOf(first - 401 * dayMs)},
                                         {u"to"_s, isoOf(first)}});
    requireInvalidInput(tooLong, u"to"_s);
    CHECK(tooLong.errorMessage().contains(u"400 days"_s));
    CHECK(admin.call(u"activity.stats"_s, {{u"from"_s, isoOf(first - 400 * dayMs)},
                                           {u"to"_s, isoOf(first)}}).isSuccess());
    requireInvalidInput(admin.call(u"activity.stats"_s, {{u"from"_s, u"last week"_s},
                                                         {u"to"_s, isoOf(first)}}),
                        u"from"_s);
    requireInvalidInput(admin.call(u"activity.stats"_s, {{u"from"_s, isoOf(first)}}), u"to"_s);
}

TEST_CASE("Health counts an integration's stuck runs and points the fix at the oldest",
          "[api][activities][dashboard][health]")
{
    SandboxProcess own(SandboxProcess::defaultArguments(30) << u"--enable-all"_s
                                                             << u"--time-scale"_s << u"100"_s);
    TestClient admin = adminClient(own);
    QJsonObject health = healthOf(admin, u"justifacts"_s);
    REQUIRE_FALSE(health.isEmpty());
    CHECK(health.value(u"stuckRuns"_s) == QJsonValue(0));
    CHECK(where(health.value(u"reasons"_s).toArray(), u"code"_s, u"stuck_runs"_s).isEmpty());

    const QList<Run> runs = buildRuns(admin);
    health = healthOf(admin, u"justifacts"_s);
    CHECK(health.value(u"stuckRuns"_s) == QJsonValue(2));
    CHECK(health.value(u"state"_s) == QJsonValue(u"degraded"_s));
    const QJsonObject stuck = reasonOf(health, u"stuck_runs"_s);
    CHECK(stuck.value(u"message"_s).toString().startsWith(u"2 Justifacts runs are stuck"_s));
    // The one stuck longest (In Process since 10 days ago, stuck since 9) is the fix's target.
    const Run &oldest = runs.at(2);
    CHECK(stuck.value(u"fix"_s).toObject()
          == QJsonObject{{u"kind"_s, u"activity"_s},
                         {u"activityId"_s, oldest.id},
                         {u"applicationId"_s, oldest.applicationId},
                         {u"candidateId"_s, oldest.candidateId}});
    const qint64 since = msOf(stuck.value(u"since"_s));
    const qint64 expectedSince = QDateTime::currentMSecsSinceEpoch() - 9 * dayMs;
    CHECK(std::abs(since - expectedSince) < 5 * 60'000);
    // Other integrations have none.
    CHECK(healthOf(admin, u"juro"_s).value(u"stuckRuns"_s) == QJsonValue(0));

    // Recovery: cancelling one leaves one (singular), cancelling the other none.
    object(admin, u"activity.cancel"_s,
           {{u"activityId"_s, oldest.id}, {u"reason"_s, u"Stuck at Justifacts"_s}});
    health = healthOf(admin, u"justifacts"_s);
    CHECK(health.value(u"stuckRuns"_s) == QJsonValue(1));
    CHECK(reasonOf(health, u"stuck_runs"_s).value(u"message"_s).toString()
              .startsWith(u"1 Justifacts run is stuck"_s));
    CHECK(reasonOf(health, u"stuck_runs"_s).value(u"fix"_s).toObject().value(u"activityId"_s)
          == QJsonValue(runs.at(6).id));
    object(admin, u"activity.cancel"_s,
           {{u"activityId"_s, runs.at(6).id}, {u"reason"_s, u"Stuck at Justifacts"_s}});
    health = healthOf(admin, u"justifacts"_s);
    CHECK(health.value(u"stuckRuns"_s) == QJsonValue(0));
    CHECK(where(health.value(u"reasons"_s).toArray(), u"code"_s, u"stuck_runs"_s).isEmpty());
    CHECK(health.value(u"state"_s) != QJsonValue(u"degraded"_s));
}
