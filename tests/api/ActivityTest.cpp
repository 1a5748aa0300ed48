// Candidate activities (activity.list / activity.start / activity.cancel, docs/API.md §3.15) and
// Ashby's assessment framework over real HTTP both ways: the ATS calls the Justifacts stand-in's
// assessment.start / assessment.cancel, the stand-in reports to the ATS's assessment.update.
#include "ApiHelpers.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

// Each step of a Justifacts check 40 ms: the lifecycle runs to its end within the test.
SandboxProcess &fastSandbox()
{
    return sharedSandbox(u"activities-fast"_s, SandboxProcess::defaultArguments(20)
                                                   << u"--enable-all"_s << u"--time-scale"_s
                                                   << u"0.01"_s);
}

// Each step takes 40 s: a check stays running while the test refuses, cancels and reads it.
SandboxProcess &slowSandbox()
{
    return sharedSandbox(u"activities-slow"_s, SandboxProcess::defaultArguments(20)
                                                   << u"--enable-all"_s << u"--time-scale"_s
                                                   << u"10"_s);
}

QJsonArray applications(TestClient &admin)
{
    return results(admin, u"application.list"_s, {{u"limit"_s, 100}}).toArray();
}

// An application nothing has been started on yet (each test case takes its own).
QString freshApplication(TestClient &admin, int index)
{
    const QJsonArray all = applications(admin);
    REQUIRE(all.size() > index);
    return all.at(index).toObject().value(u"id"_s).toString();
}

QJsonObject manualBody(const QString &applicationId, const QString &package)
{
    return {{u"applicationId"_s, applicationId},
            {u"kind"_s, u"assessment"_s},
            {u"integrationId"_s, u"justifacts"_s},
            {u"config"_s, QJsonObject{{u"assessmentTypeId"_s, package}}}};
}

QJsonArray listed(TestClient &admin, const QString &applicationId)
{
    return object(admin, u"activity.list"_s, {{u"applicationId"_s, applicationId}})
        .value(u"activities"_s)
        .toArray();
}

QJsonObject activityById(TestClient &admin, const QString &applicationId, const QString &id)
{
    const QJsonArray found = where(listed(admin, applicationId), u"id"_s, id);
    return found.size() == 1 ? found.first().toObject() : QJsonObject{};
}

QStringList historyOf(const QJsonObject &activity, const QString &field)
{
    QStringList values;
    for (const QJsonValue entry : activity.value(u"statusHistory"_s).toArray())
        values << entry.toObject().value(field).toString();
    return values;
}

QJsonObject startBasicCheck(TestClient &admin, const QString &applicationId)
{
    return object(admin, u"activity.start"_s,
                  manualBody(applicationId, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01"_s))
        .value(u"activity"_s).toObject();
}

bool waitForStatus(TestClient &admin, const QString &applicationId, const QString &id,
                   const QString &status)
{
    return waitUntil([&] {
        return activityById(admin, applicationId, id).value(u"status"_s) == QJsonValue(status);
    });
}

int httpGetStatus(const QString &url)
{
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(QUrl(url))));
    waitUntil([&] { return reply->isFinished(); });
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

TEST_CASE("A manual Justifacts check runs Received, Started, In Process to Complete with a result URL",
          "[api][activities]")
{
    TestClient admin = adminClient(fastSandbox());
    const QString applicationId = freshApplication(admin, 0);
    const QJsonObject started = object(admin, u"activity.start"_s,
                                       manualBody(applicationId, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01"_s))
                                    .value(u"activity"_s).toObject();
    CHECK(started.value(u"status"_s) == QJsonValue(u"requested"_s));
    CHECK(started.value(u"statusLabel"_s) == QJsonValue(u"Received"_s));
    CHECK(started.value(u"title"_s) == QJsonValue(u"Basic identity check"_s));
    CHECK(started.value(u"planActivityId"_s).isNull());
    CHECK(started.value(u"allowedActions"_s) == QJsonValue(QJsonArray{u"cancel"_s}));
    const QString id = started.value(u"id"_s).toString();

    QJsonObject activity;
    REQUIRE(waitUntil([&] {
        activity = activityById(admin, applicationId, id);
        return activity.value(u"status"_s) == QJsonValue(u"completed"_s);
    }));
    CHECK(historyOf(activity, u"status"_s)
          == QStringList{u"requested"_s, u"started"_s, u"in_progress"_s, u"completed"_s});
    CHECK(historyOf(activity, u"label"_s)
          == QStringList{u"Received"_s, u"Started"_s, u"In Process"_s, u"Complete"_s});
    CHECK(activity.value(u"statusLabel"_s) == QJsonValue(u"Complete"_s));
    CHECK(activity.value(u"result"_s).toObject().value(u"value"_s) == QJsonValue(u"Clear"_s));
    CHECK(activity.value(u"stuck"_s) == QJsonValue(false));
    CHECK(activity.value(u"allowedActions"_s) == QJsonValue(QJsonArray{u"view"_s}));
    const QString resultUrl = activity.value(u"resultUrl"_s).toString();
    REQUIRE(resultUrl.startsWith(u"http://"_s));
    CHECK(httpGetStatus(resultUrl) == 200);

    // Finished: Justifacts may not move it again, nor may anyone cancel it.
    requireError(admin.call(u"activity.cancel"_s, {{u"activityId"_s, id}, {u"reason"_s, u"x"_s}}),
                 200, u"activity_finished"_s);
}

TEST_CASE("The plan's assessment on the current stage is listed not started, then starts from it",
          "[api][activities]")
{
    TestClient admin = adminClient(fastSandbox());
    const QJsonObject job = results(admin, u"job.list"_s, {{u"limit"_s, 1}}).toArray()
                                .first().toObject();
    const QString planId = job.value(u"defaultInterviewPlanId"_s).toString();
    QString checkStage;
    for (const QJsonValue stage :
         results(admin, u"interviewStage.list"_s, {{u"interviewPlanId"_s, planId}}).toArray())
        if (stage.toObject().value(u"title"_s) == QJsonValue(u"Background Check"_s))
            checkStage = stage.toObject().value(u"id"_s).toString();
    REQUIRE_FALSE(checkStage.isEmpty());
    QString applicationId;
    for (const QJsonValue value : applications(admin))
        if (value.toObject().value(u"job"_s).toObject().value(u"id"_s) == job.value(u"id"_s)
            || value.toObject().value(u"jobId"_s) == job.value(u"id"_s))
            applicationId = value.toObject().value(u"id"_s).toString();
    REQUIRE_FALSE(applicationId.isEmpty());
    object(admin, u"application.changeStage"_s,
           {{u"applicationId"_s, applicationId}, {u"interviewStageId"_s, checkStage}});

    const QJsonArray before = where(listed(admin, applicationId), u"planActivityId"_s,
                                    u"act-demo-background-check"_s);
    REQUIRE(before.size() == 1);
    CHECK(before.first().toObject().value(u"status"_s) == QJsonValue(u"not_started"_s));
    CHECK(before.first().toObject().value(u"id"_s).isNull());
    CHECK(before.first().toObject().value(u"allowedActions"_s)
          == QJsonValue(QJsonArray{u"start"_s}));

    const QString id = object(admin, u"activity.start"_s,
                              {{u"applicationId"_s, applicationId},
                               {u"planActivityId"_s, u"act-demo-background-check"_s}})
                           .value(u"activity"_s).toObject().value(u"id"_s).toString();
    QJsonObject activity;
    REQUIRE(waitUntil([&] {
        activity = activityById(admin, applicationId, id);
        return activity.value(u"status"_s) == QJsonValue(u"completed"_s);
    }));
    CHECK(activity.value(u"title"_s) == QJsonValue(u"Standard background check"_s));
    // Started, the plan's entry is no longer offered as not started.
    CHECK(where(listed(admin, applicationId), u"planActivityId"_s, u"act-demo-background-check"_s)
              .size() == 1);
    requireError(admin.call(u"activity.start"_s, {{u"applicationId"_s, applicationId},
                                                  {u"planActivityId"_s, u"no-such-activity"_s}}),
                 200, u"activity_not_found"_s);
}

TEST_CASE("Justifacts' 409 and 422 reach the caller as its own sentence, and cancel ends a check",
          "[api][activities]")
{
    TestClient admin = adminClient(slowSandbox());
    const QString applicationId = freshApplication(admin, 1);
    const QString id = object(admin, u"activity.start"_s, manualBody(applicationId, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01"_s))
                           .value(u"activity"_s).toObject().value(u"id"_s).toString();

    // 409: the candidate is already being checked.
    const ApiReply again = admin.call(u"activity.start"_s,
                                      manualBody(applicationId, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b04"_s));
    requireError(again, 200, u"partner_refused"_s);
    CHECK(again.errorMessage().startsWith(u"Justifacts is already checking "_s));
    CHECK(again.errorMessage().endsWith(u"(Basic identity check). Wait until that check is "
                                        "complete or cancel it first."_s));

    // 422: a withdrawn package, in Justifacts' words.
    object(admin, u"partnerConsole.justifacts.withdrawPackage"_s,
           {{u"assessmentTypeId"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b03"_s}});
    const ApiReply withdrawn = admin.call(u"activity.start"_s,
                                          manualBody(freshApplication(admin, 2), u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b03"_s));
    requireError(withdrawn, 200, u"partner_refused"_s);
    CHECK(withdrawn.errorMessage()
          == u"Justifacts does not offer the package \"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b03\" any more. Choose one of the "
             "packages Justifacts lists now."_s);
    object(admin, u"partnerConsole.justifacts.restorePackage"_s,
           {{u"assessmentTypeId"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b03"_s}});

    requireInvalidInput(admin.call(u"activity.cancel"_s,
                                   {{u"activityId"_s, id}, {u"reason"_s, u"  "_s}}), u"reason"_s);
    const QJsonObject cancelled = object(admin, u"activity.cancel"_s,
                                         {{u"activityId"_s, id},
                                          {u"reason"_s, u"Candidate withdrew"_s}})
                                      .value(u"activity"_s).toObject();
    CHECK(cancelled.value(u"status"_s) == QJsonValue(u"cancelled"_s));
    CHECK(cancelled.value(u"cancelledReason"_s) == QJsonValue(u"Candidate withdrew"_s));
    CHECK(cancelled.value(u"allowedActions"_s) == QJsonValue(QJsonArray{}));
    CHECK(activityById(admin, applicationId, id).value(u"status"_s)
          == QJsonValue(u"cancelled"_s));
    // Cancelled at Justifacts too: a new check for the candidate is accepted.
    CHECK(object(admin, u"activity.start"_s, manualBody(applicationId, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b04"_s))
              .value(u"activity"_s).toObject().value(u"status"_s) == QJsonValue(u"requested"_s));
    requireError(admin.call(u"activity.cancel"_s, {{u"activityId"_s, u"nope"_s},
                                                   {u"reason"_s, u"x"_s}}),
                 200, u"activity_not_found"_s);
}

TEST_CASE("assessment.update checks the OpenAPI request and refuses unknown assessments",
          "[api][activities]")
{
    TestClient admin = adminClient(fastSandbox());
    const QJsonObject status{{u"identifier"_s, u"status"_s}, {u"label"_s, u"Status"_s},
                             {u"type"_s, u"string"_s}, {u"value"_s, u"Started"_s}};
    requireInvalidInput(admin.call(u"assessment.update"_s, {{u"timestamp"_s, 1}}),
                        u"assessment_id"_s);
    requireInvalidInput(admin.call(u"assessment.update"_s, {{u"assessment_id"_s, u"a"_s}}),
                        u"timestamp"_s);
    requireInvalidInput(admin.call(u"assessment.update"_s,
                                   {{u"assessment_id"_s, u"a"_s}, {u"timestamp"_s, 1}}),
                        u"assessment_status"_s);
    requireInvalidInput(admin.call(u"assessment.update"_s,
                                   {{u"assessment_id"_s, u"a"_s}, {u"timestamp"_s, 1},
                                    {u"assessment_status"_s, u"Started"_s}}),
                        u"assessment_status"_s);
    requireInvalidInput(admin.call(u"assessment.update"_s,
                                   {{u"assessment_id"_s, u"a"_s}, {u"timestamp"_s, 1},
                                    {u"assessment_status"_s, status},
                                    {u"assessment_result"_s, status}}),
                        u"assessment_profile_url"_s);
    requireError(admin.call(u"assessment.update"_s, {{u"assessment_id"_s, u"unknown"_s},
                                                     {u"timestamp"_s, 1},
                                                     {u"assessment_status"_s, status}}),
                 200, u"assessment_not_found"_s);
}

TEST_CASE("activity.start while Justifacts is down answers partner_unavailable", "[api][activities]")
{
    TestClient admin = adminClient(slowSandbox());
    object(admin, u"partnerConsole.setDown"_s, {{u"partnerId"_s, u"justifacts"_s}, {u"down"_s, true}});
    const ApiReply down = admin.call(u"activity.start"_s,
                                     manualBody(freshApplication(admin, 3), u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01"_s));
    object(admin, u"partnerConsole.setDown"_s, {{u"partnerId"_s, u"justifacts"_s}, {u"down"_s, false}});
    requireError(down, 200, u"partner_unavailable"_s);
    requireError(admin.call(u"activity.list"_s, {{u"applicationId"_s, u"nope"_s}}), 200,
                 u"application_not_found"_s);
}

TEST_CASE("A Justifacts check carries on after a restart, also when Justifacts was down at the "
          "time", "[api][activities][lifecycle]")
{
    // Each step 1 s: time to stop the sandbox after the first.
    SandboxProcess sandbox(SandboxProcess::defaultArguments(20)
                           << u"--enable-all"_s << u"--time-scale"_s << u"0.25"_s);
    TestClient admin = adminClient(sandbox);
    const QString applicationId = freshApplication(admin, 0);
    const QString id = startBasicCheck(admin, applicationId).value(u"id"_s).toString();
    REQUIRE(waitForStatus(admin, applicationId, id, u"started"_s));
    setPartnerDown(admin, u"justifacts"_s, true);
    REQUIRE(sandbox.stop());

    sandbox.restartOnSamePort();
    TestClient again = adminClient(sandbox);
    REQUIRE(waitForStatus(again, applicationId, id, u"completed"_s));
    const QJsonObject activity = activityById(again, applicationId, id);
    CHECK(historyOf(activity, u"label"_s)
          == QStringList{u"Received"_s, u"Started"_s, u"In Process"_s, u"Complete"_s});
    CHECK(httpGetStatus(activity.value(u"resultUrl"_s).toString()) == 200);
}

TEST_CASE("A Justifacts check whose partner is down waits and carries on once it is up",
          "[api][activities]")
{
    // Each step 200 ms.
    SandboxProcess sandbox(SandboxProcess::defaultArguments(20)
                           << u"--enable-all"_s << u"--time-scale"_s << u"0.05"_s);
    TestClient admin = adminClient(sandbox);
    const QString applicationId = freshApplication(admin, 0);
    const QJsonObject started = startBasicCheck(admin, applicationId);
    const QString id = started.value(u"id"_s).toString();
    setPartnerDown(admin, u"justifacts"_s, true);
    REQUIRE(waitHeldWhileDown(admin, u"justifacts"_s, 4));
    CHECK(activityById(admin, applicationId, id).value(u"status"_s) != QJsonValue(u"completed"_s));
    setPartnerDown(admin, u"justifacts"_s, false);
    REQUIRE(waitForStatus(admin, applicationId, id, u"completed"_s));
}

TEST_CASE("A cancel that reaches Justifacts after the check is Complete is refused in its words "
          "and the check ends completed", "[api][activities]")
{
    // Each step 1 s; a refused update is sent again after 2, 3, 4 and 5 s.
    SandboxProcess sandbox(SandboxProcess::defaultArguments(20)
                           << u"--enable-all"_s << u"--time-scale"_s << u"0.25"_s);
    TestClient admin = adminClient(sandbox);
    const QString applicationId = freshApplication(admin, 0);
    const QString id = startBasicCheck(admin, applicationId).value(u"id"_s).toString();
    REQUIRE(waitForStatus(admin, applicationId, id, u"in_progress"_s));
    // The ATS stops taking Justifacts' updates (its key revoked): Justifacts completes the check
    // while the ATS still shows it in progress.
    QJsonObject held;
    for (const QJsonValue key : results(admin, u"apiKey.list"_s).toArray())
        if (key.toObject().value(u"integrationPartner"_s) == QJsonValue(u"Justifacts"_s)
            && !key.toObject().value(u"isRevoked"_s).toBool())
            held = key.toObject();
    REQUIRE_FALSE(held.isEmpty());
    results(admin, u"apiKey.revoke"_s, {{u"apiKeyId"_s, held.value(u"id"_s)}});
    REQUIRE(waitUntil([&] {
        const QJsonArray checks = object(admin, u"partnerConsole.justifacts.checks"_s)
                                      .value(u"checks"_s).toArray();
        const QJsonArray ours = where(checks, u"applicationId"_s, applicationId);
        return !ours.isEmpty() && ours.last().toObject().value(u"status"_s)
                                      == QJsonValue(u"Complete"_s);
    }));
    REQUIRE(activityById(admin, applicationId, id).value(u"status"_s)
            == QJsonValue(u"in_progress"_s));

    const ApiReply refused = admin.call(u"activity.cancel"_s,
                                        {{u"activityId"_s, id}, {u"reason"_s, u"Too late"_s}});
    requireError(refused, 200, u"partner_refused"_s);
    CHECK(refused.errorMessage()
          == u"This Justifacts check is already complete and can no longer be cancelled."_s);
    CHECK(activityById(admin, applicationId, id).value(u"status"_s)
          == QJsonValue(u"in_progress"_s));

    // A new key for Justifacts: its Complete update, still being retried, lands.
    const QString key = results(admin, u"apiKey.create"_s,
                                {{u"title"_s, u"Justifacts again"_s},
                                 {u"scopes"_s, held.value(u"scopes"_s)},
                                 {u"integrationPartner"_s, u"justifacts"_s}})
                            .toObject().value(u"key"_s).toString();
    object(admin, u"partnerConsole.justifacts.connect"_s, {{u"atsApiKey"_s, key}});
    REQUIRE(waitForStatus(admin, applicationId, id, u"completed"_s));
    const QJsonObject activity = activityById(admin, applicationId, id);
    CHECK_FALSE(activity.contains(u"cancelledReason"_s));
    CHECK(activity.value(u"result"_s).toObject().value(u"value"_s) == QJsonValue(u"Clear"_s));
}

TEST_CASE("A Justifacts check given up after 5 refused updates stays given up after a restart",
          "[api][activities][lifecycle]")
{
    // Each step 200 ms; a refused update is sent again after 400, 600, 800 and 1000 ms.
    SandboxProcess sandbox(SandboxProcess::defaultArguments(20)
                           << u"--enable-all"_s << u"--time-scale"_s << u"0.05"_s);
    TestClient admin = adminClient(sandbox);
    const QString applicationId = freshApplication(admin, 0);
    const QString id = startBasicCheck(admin, applicationId).value(u"id"_s).toString();
    REQUIRE(waitForStatus(admin, applicationId, id, u"started"_s));
    // The ATS stops taking Justifacts' updates: the next step is refused 5 times.
    for (const QJsonValue key : results(admin, u"apiKey.list"_s).toArray())
        if (key.toObject().value(u"integrationPartner"_s) == QJsonValue(u"Justifacts"_s)
            && !key.toObject().value(u"isRevoked"_s).toBool())
            results(admin, u"apiKey.revoke"_s, {{u"apiKeyId"_s, key.toObject().value(u"id"_s)}});
    const auto ours = [&](TestClient &client) {
        const QJsonArray checks = where(object(client, u"partnerConsole.justifacts.checks"_s)
                                            .value(u"checks"_s).toArray(),
                                        u"applicationId"_s, applicationId);
        return checks.isEmpty() ? QJsonObject() : checks.last().toObject();
    };
    REQUIRE(waitUntil([&] { return ours(admin).value(u"gaveUp"_s).toBool(); }));
    const QJsonObject gaveUp = ours(admin);
    CHECK(gaveUp.value(u"nextDueAt"_s).isNull());
    const QJsonValue shown = activityById(admin, applicationId, id).value(u"status"_s);
    REQUIRE(sandbox.stop());

    sandbox.restartOnSamePort();
    TestClient again = adminClient(sandbox);
    // Nothing is scheduled: the check is not taken up again (it would have a next due time).
    const QJsonObject after = ours(again);
    INFO(QJsonDocument(after).toJson().toStdString());
    CHECK(after.value(u"gaveUp"_s) == QJsonValue(true));
    CHECK(after.value(u"nextDueAt"_s).isNull());
    CHECK(after.value(u"status"_s) == gaveUp.value(u"status"_s));
    CHECK(activityById(again, applicationId, id).value(u"status"_s) == shown);
}
