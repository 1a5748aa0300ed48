// Juro contract workflows run for a candidate (docs/API.md §3.15) over real HTTP both ways: the
// ATS asks the Juro stand-in to create the contract (POST v3/contracts), the stand-in reports
// Active and Completed through signed webhooks to the ATS's receiver; completing a workflow
// started on an offer accepts the offer. Also activity.form and offer.approve.
#include "ApiHelpers.h"

#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

const QString offerWorkflow = u"wf-demo-offer-letter"_s;
const QString interviewWorkflow = u"wf-demo-employment-contract"_s;

// Each Juro step 4 ms: the lifecycle runs to its end within the test.
SandboxProcess &fastSandbox()
{
    return sharedSandbox(u"juro-fast"_s, SandboxProcess::defaultArguments(300)
                                             << u"--enable-all"_s << u"--time-scale"_s
                                             << u"0.001"_s);
}

// Each step 40 s: a run stays Started while the test cancels it.
SandboxProcess &slowSandbox()
{
    return sharedSandbox(u"juro-slow"_s, SandboxProcess::defaultArguments(300)
                                             << u"--enable-all"_s << u"--time-scale"_s
                                             << u"10"_s);
}

// Offers waiting for approval, in list order; each test case takes its own index.
QJsonObject pendingOffer(TestClient &admin, int index)
{
    const QJsonArray waiting =
        walkAll(admin, u"offer.list"_s,
                {{u"approvalStatus"_s, QJsonArray{u"WaitingOnApprovals"_s}}})
            .records;
    REQUIRE(waiting.size() > index);
    return waiting.at(index).toObject();
}

QJsonObject approve(TestClient &admin, const QJsonObject &offer)
{
    return results(admin, u"offer.approve"_s,
                   {{u"offerVersionId"_s,
                     offer.value(u"latestVersion"_s).toObject().value(u"id"_s)}})
        .toObject();
}

QJsonArray offerActivities(TestClient &admin, const QString &offerId)
{
    return object(admin, u"activity.list"_s, {{u"offerId"_s, offerId}})
        .value(u"activities"_s).toArray();
}

QJsonObject runById(TestClient &admin, const QString &offerId, const QString &id)
{
    const QJsonArray found = where(offerActivities(admin, offerId), u"id"_s, id);
    return found.size() == 1 ? found.first().toObject() : QJsonObject{};
}

QJsonObject offerStart(const QString &offerId, const QJsonObject &values = {})
{
    return {{u"offerId"_s, offerId}, {u"externalWorkflowId"_s, offerWorkflow},
            {u"values"_s, values}};
}

// What Juro holds, read from its own API with its key.
QJsonArray juroContracts(TestClient &admin, const SandboxProcess &sandbox)
{
    const QString key = object(admin, u"partnerConsole.juro.activateApi"_s)
                            .value(u"apiKey"_s).toString();
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(sandbox.baseUrl().toString() + u"/partners/juro/v3/contracts"_s));
    request.setRawHeader("x-api-key", key.toUtf8());
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    waitUntil([&] { return reply->isFinished(); });
    return QJsonDocument::fromJson(reply->readAll()).object().value(u"contracts"_s).toArray();
}

// POSTs a Juro event to the ATS's receiver signed with `secret`; the HTTP status.
int postJuroEvent(const SandboxProcess &sandbox, const QJsonObject &event, const QByteArray &secret)
{
    const QByteArray body = QJsonDocument(event).toJson(QJsonDocument::Compact);
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(sandbox.baseUrl().toString() + u"/integrations/juro/webhook"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Juro-Signature",
                         "sha256="
                             + QMessageAuthenticationCode::hash(body, secret,
                                                                QCryptographicHash::Sha256)
                                   .toHex());
    std::unique_ptr<QNetworkReply> reply(network.post(request, body));
    waitUntil([&] { return reply->isFinished(); });
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

struct HttpPage
{
    int status = 0;
    QString body;
};

HttpPage httpGet(const QString &url)
{
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(QUrl(url))));
    waitUntil([&] { return reply->isFinished(); });
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QString::fromUtf8(reply->readAll())};
}

QJsonObject contractById(TestClient &admin, const SandboxProcess &sandbox, const QString &id)
{
    const QJsonArray found = where(juroContracts(admin, sandbox), u"id"_s, id);
    return found.size() == 1 ? found.first().toObject() : QJsonObject{};
}

struct StartedRun
{
    QString offerId;
    QString id;
    QJsonObject activity;
};

// Approves the first offer waiting for approval and starts its offer workflow.
StartedRun startOfferRun(TestClient &admin)
{
    const QJsonObject offer = pendingOffer(admin, 0);
    StartedRun run;
    run.offerId = offer.value(u"id"_s).toString();
    approve(admin, offer);
    run.activity = object(admin, u"activity.start"_s, offerStart(run.offerId))
                       .value(u"activity"_s).toObject();
    run.id = run.activity.value(u"id"_s).toString();
    return run;
}

bool waitForRun(TestClient &admin, const StartedRun &run, const QString &status)
{
    return waitUntil([&] {
        return runById(admin, run.offerId, run.id).value(u"status"_s) == QJsonValue(status);
    });
}

} // namespace

TEST_CASE("offer.approve approves the latest version as Ashby's OpenAPI has it",
          "[api][offers][juro]")
{
    TestClient admin = adminClient(fastSandbox());
    const QJsonObject offer = pendingOffer(admin, 0);
    CHECK(offer.value(u"offerStatus"_s) == QJsonValue(u"WaitingOnOfferApproval"_s));
    const QJsonObject approved = approve(admin, offer);
    CHECK(approved.value(u"id"_s) == offer.value(u"id"_s));
    CHECK(approved.value(u"latestVersion"_s).toObject().value(u"approvalStatus"_s)
          == QJsonValue(u"Approved"_s));
    CHECK(approved.value(u"offerStatus"_s) == QJsonValue(u"WaitingOnCandidateResponse"_s));
    CHECK(approved.value(u"acceptanceStatus"_s) == QJsonValue(u"WaitingOnResponse"_s));
    const QJsonObject info = results(admin, u"offer.info"_s, {{u"offerId"_s, offer.value(u"id"_s)}})
                                 .toObject();
    CHECK(info.value(u"versions"_s).toArray().first().toObject().value(u"approvalStatus"_s)
          == QJsonValue(u"Approved"_s));
    // Approving again changes nothing.
    CHECK(approve(admin, offer) == info);

    const QString versionId = offer.value(u"latestVersion"_s).toObject().value(u"id"_s).toString();
    requireInvalidInput(admin.call(u"offer.approve"_s, {}), u"offerVersionId"_s);
    requireError(admin.call(u"offer.approve"_s, {{u"offerVersionId"_s, u"nope"_s}}), 200,
                 u"offer_not_found"_s);
    requireInvalidInput(admin.call(u"offer.approve"_s, {{u"offerVersionId"_s, versionId},
                                                        {u"approvalStepId"_s, u"step"_s}}),
                        u"userId"_s);
    const QString userId = results(admin, u"user.list"_s).toArray().first().toObject()
                               .value(u"id"_s).toString();
    const ApiReply step = admin.call(u"offer.approve"_s, {{u"offerVersionId"_s, versionId},
                                                          {u"approvalStepId"_s, u"step"_s},
                                                          {u"userId"_s, userId}});
    requireError(step, 200, u"invalid_input"_s);
    CHECK(step.errorMessage().contains(u"no approval steps"_s));

    const QJsonObject readerKey = object(admin, u"apiKey.create"_s,
                                         {{u"title"_s, u"Offer reader"_s},
                                          {u"scopes"_s, QJsonArray{u"offersRead"_s}}});
    TestClient reader(fastSandbox().baseUrl(), readerKey.value(u"key"_s).toString());
    const ApiReply refused = reader.call(u"offer.approve"_s, {{u"offerVersionId"_s, versionId}});
    requireError(refused, 403, u"missing_endpoint_permission"_s);
    CHECK(refused.errorMessage().contains(u"offersWrite"_s));
}

TEST_CASE("A Juro workflow on an approved offer runs Started, Active, Completed and accepts the "
          "offer", "[api][activities][juro]")
{
    TestClient admin = adminClient(fastSandbox());
    const QJsonObject offer = pendingOffer(admin, 0);
    const QString offerId = offer.value(u"id"_s).toString();

    // Not approved: nothing to start, and a start is refused with a sentence.
    CHECK(offerActivities(admin, offerId) == QJsonArray{});
    const ApiReply early = admin.call(u"activity.start"_s, offerStart(offerId));
    requireError(early, 200, u"invalid_input"_s);
    CHECK(early.errorMessage() == u"The offer is not approved yet (its latest version is "
                                  "WaitingOnApprovals); approve it before starting \"Offer "
                                  "letter\"."_s);

    approve(admin, offer);
    const QJsonArray startable = offerActivities(admin, offerId);
    REQUIRE(startable.size() == 1);
    CHECK(startable.first().toObject().value(u"externalWorkflowId"_s) == QJsonValue(offerWorkflow));
    CHECK(startable.first().toObject().value(u"allowedActions"_s)
          == QJsonValue(QJsonArray{u"start"_s}));

    // The form reads the approved (not yet accepted) offer; the hidden field is not listed.
    const QJsonObject form = object(admin, u"activity.form"_s,
                                    {{u"offerId"_s, offerId},
                                     {u"externalWorkflowId"_s, offerWorkflow}});
    CHECK(form.value(u"workflow"_s).toObject()
          == QJsonObject{{u"id"_s, offerWorkflow}, {u"title"_s, u"Offer letter"_s},
                         {u"entryPoint"_s, u"offer"_s}});
    CHECK(form.value(u"hiddenFieldCount"_s) == QJsonValue(1));
    const QJsonArray fields = form.value(u"fields"_s).toArray();
    CHECK(where(fields, u"key"_s, u"atsApplicationId"_s).isEmpty());
    const QJsonObject startDate = where(fields, u"key"_s, u"startDate"_s).first().toObject();
    CHECK(startDate.value(u"label"_s) == QJsonValue(u"Start date"_s));
    CHECK(startDate.value(u"type"_s) == QJsonValue(u"Date"_s));
    CHECK(startDate.value(u"required"_s) == QJsonValue(true));
    CHECK(startDate.value(u"value"_s).toString()
          == offer.value(u"latestVersion"_s).toObject().value(u"startDate"_s).toString().left(10));
    CHECK(where(fields, u"key"_s, u"annualSalary"_s).first().toObject().value(u"value"_s)
          == offer.value(u"latestVersion"_s).toObject().value(u"salary"_s).toObject()
                 .value(u"value"_s));

    // The mapping itself reads the application's current offer: approved counts, not only
    // accepted (as Sora's start date at the Offer stage needs too).
    const QJsonObject applied = results(admin, u"fieldMapping.apply"_s,
                                        {{u"integrationId"_s, u"juro"_s},
                                         {u"target"_s, u"workflow:employment-contract"_s},
                                         {u"applicationId"_s, offer.value(u"applicationId"_s)}})
                                    .toObject();
    CHECK(applied.value(u"record"_s).toObject().value(u"startDate"_s) == startDate.value(u"value"_s));

    const QJsonObject started = object(admin, u"activity.start"_s,
                                       offerStart(offerId, {{u"jobTitle"_s, u"Lead engineer"_s}}))
                                    .value(u"activity"_s).toObject();
    CHECK(started.value(u"status"_s) == QJsonValue(u"started"_s));
    CHECK(started.value(u"statusLabel"_s) == QJsonValue(u"Started"_s));
    CHECK(started.value(u"kind"_s) == QJsonValue(u"externalWorkflow"_s));
    CHECK(started.value(u"integrationId"_s) == QJsonValue(u"juro"_s));
    CHECK(started.value(u"title"_s) == QJsonValue(u"Offer letter"_s));
    CHECK(started.value(u"offerId"_s) == QJsonValue(offerId));
    CHECK(started.value(u"values"_s).toObject().value(u"jobTitle"_s)
          == QJsonValue(u"Lead engineer"_s));
    CHECK(started.value(u"values"_s).toObject().value(u"atsApplicationId"_s)
          == offer.value(u"applicationId"_s));
    const QString id = started.value(u"id"_s).toString();

    QJsonObject run;
    REQUIRE(waitUntil([&] {
        run = runById(admin, offerId, id);
        return run.value(u"status"_s) == QJsonValue(u"completed"_s);
    }));
    CHECK(statusHistoryField(run, u"status"_s)
          == QStringList{u"started"_s, u"in_progress"_s, u"completed"_s});
    CHECK(statusHistoryField(run, u"label"_s) == QStringList{u"Started"_s, u"Active"_s, u"Completed"_s});
    CHECK(run.value(u"allowedActions"_s) == QJsonValue(QJsonArray{u"view"_s}));
    CHECK_FALSE(run.contains(u"partnerRunId"_s));
    // "View result" opens Juro's page of the signed contract.
    const HttpPage page = httpGet(run.value(u"resultUrl"_s).toString());
    CHECK(page.status == 200);
    CHECK(page.body.contains(u"Offer letter – "_s));
    CHECK(page.body.contains(u"Lead engineer"_s));
    CHECK(page.body.contains(u"completed"_s));

    const QJsonObject accepted =
        results(admin, u"offer.info"_s, {{u"offerId"_s, offerId}}).toObject();
    CHECK(accepted.value(u"offerStatus"_s) == QJsonValue(u"CandidateAccepted"_s));
    CHECK(accepted.value(u"acceptanceStatus"_s) == QJsonValue(u"Accepted"_s));
    CHECK(accepted.value(u"decidedAt"_s).isString());
    // Juro got what the form gave, the hidden field included, and signed it.
    const QJsonArray contracts = juroContracts(admin, fastSandbox());
    const QJsonArray ours = where(contracts, u"state"_s, u"completed"_s);
    REQUIRE_FALSE(ours.isEmpty());
    CHECK(ours.first().toObject().value(u"fields"_s).toObject().value(u"jobTitle"_s)
          == QJsonValue(u"Lead engineer"_s));
    // The run shows on the candidate's application too; the workflow cannot start again.
    CHECK(where(object(admin, u"activity.list"_s, {{u"applicationId"_s, offer.value(u"applicationId"_s)}})
                    .value(u"activities"_s).toArray(), u"id"_s, id).size() == 1);
    CHECK(where(offerActivities(admin, offerId), u"status"_s, u"not_started"_s).isEmpty());
}

TEST_CASE("Two starts of the same offer workflow at once create one Juro contract",
          "[api][activities][juro]")
{
    TestClient admin = adminClient(slowSandbox());
    const QJsonObject offer = pendingOffer(admin, 0);
    const QString offerId = offer.value(u"id"_s).toString();
    approve(admin, offer);
    const qsizetype contractsBefore = juroContracts(admin, slowSandbox()).size();

    // Both go out before either is answered (two connections of one client, no Idempotency-Key
    // shared): the second arrives while the first waits for Juro.
    const QJsonObject values{{u"jobTitle"_s, u"Lead engineer"_s}};
    QNetworkReply *first = admin.start(u"activity.start"_s, offerStart(offerId, values));
    QNetworkReply *second = admin.start(u"activity.start"_s, offerStart(offerId, values));
    const ApiReply replies[] = {admin.wait(first), admin.wait(second)};
    int started = 0;
    for (const ApiReply &reply : replies) {
        if (reply.isSuccess()) {
            ++started;
            continue;
        }
        requireError(reply, 200, u"invalid_input"_s);
        CHECK(reply.errorMessage() == u"\"Offer letter\" has already been started on this offer; "
                                      "cancel it before starting it again."_s);
    }
    CHECK(started == 1);
    CHECK(juroContracts(admin, slowSandbox()).size() == contractsBefore + 1);
    qsizetype runs = 0;
    for (const QJsonValue value : offerActivities(admin, offerId))
        runs += value.toObject().value(u"id"_s).isString() ? 1 : 0;
    CHECK(runs == 1);
}

TEST_CASE("activity.start for Juro refuses empty required fields, unknown and hidden keys, and "
          "passes Juro's 422 on verbatim", "[api][activities][juro]")
{
    TestClient admin = adminClient(fastSandbox());
    const QJsonObject offer = pendingOffer(admin, 0);
    const QString offerId = offer.value(u"id"_s).toString();
    approve(admin, offer);

    const ApiReply empty = admin.call(u"activity.start"_s,
                                      offerStart(offerId, {{u"employeeName"_s, u"  "_s}}));
    requireError(empty, 200, u"invalid_input"_s);
    CHECK(empty.errorMessage() == u"The field \"Employee name\" is required; fill it in before "
                                  "starting the workflow."_s);
    requireInvalidInput(admin.call(u"activity.start"_s,
                                   offerStart(offerId, {{u"shoeSize"_s, 44}})),
                        u"values.shoeSize"_s);
    const ApiReply hidden = admin.call(u"activity.start"_s,
                                       offerStart(offerId, {{u"atsApplicationId"_s, u"x"_s}}));
    requireError(hidden, 200, u"invalid_input"_s);
    CHECK(hidden.errorMessage().contains(u"is hidden"_s));

    const ApiReply refused = admin.call(u"activity.start"_s,
                                        offerStart(offerId, {{u"employeeEmail"_s, u"nobody"_s}}));
    requireError(refused, 200, u"partner_refused"_s);
    CHECK(refused.errorMessage() == u"\"Employee email\" is not an email address Juro can send "
                                    "the contract to: \"nobody\"."_s);
    // Nothing was stored: the workflow can still start.
    CHECK(where(offerActivities(admin, offerId), u"status"_s, u"not_started"_s).size() == 1);

    requireError(admin.call(u"activity.form"_s, {{u"offerId"_s, u"nope"_s},
                                                 {u"externalWorkflowId"_s, offerWorkflow}}),
                 200, u"offer_not_found"_s);
    requireInvalidInput(admin.call(u"activity.form"_s, {{u"offerId"_s, offerId},
                                                        {u"externalWorkflowId"_s,
                                                         interviewWorkflow}}));
    requireError(admin.call(u"activity.form"_s, {{u"offerId"_s, offerId},
                                                 {u"externalWorkflowId"_s, u"nope"_s}}),
                 200, u"external_workflow_not_found"_s);
}

TEST_CASE("A Juro workflow from a plan activity starts on the current stage and completes",
          "[api][activities][juro]")
{
    TestClient admin = adminClient(fastSandbox());
    const FirstJobStage onsiteStage = firstJobStage(admin, u"Onsite Loop"_s);
    const QJsonObject job = onsiteStage.job;
    const QString planId = onsiteStage.planId;
    const QString onsite = onsiteStage.stageId;
    REQUIRE_FALSE(onsite.isEmpty());
    const QJsonObject plan = object(admin, u"interviewPlanActivity.list"_s,
                                    {{u"interviewPlanId"_s, planId}});
    const QString planActivityId =
        object(admin, u"interviewPlanActivity.add"_s,
               {{u"interviewPlanId"_s, planId}, {u"interviewStageId"_s, onsite},
                {u"kind"_s, u"externalWorkflow"_s}, {u"integrationId"_s, u"juro"_s},
                {u"config"_s, QJsonObject{{u"externalWorkflowId"_s, interviewWorkflow}}},
                {u"version"_s, plan.value(u"version"_s)}})
            .value(u"activity"_s).toObject().value(u"id"_s).toString();
    QString applicationId;
    for (const QJsonValue value : walkAll(admin, u"application.list"_s).records)
        if ((value.toObject().value(u"job"_s).toObject().value(u"id"_s) == job.value(u"id"_s)
             || value.toObject().value(u"jobId"_s) == job.value(u"id"_s))
            && value.toObject().value(u"status"_s) == QJsonValue(u"Active"_s))
            applicationId = value.toObject().value(u"id"_s).toString();
    REQUIRE_FALSE(applicationId.isEmpty());
    object(admin, u"application.changeStage"_s,
           {{u"applicationId"_s, applicationId}, {u"interviewStageId"_s, onsite}});

    const QJsonObject form = object(admin, u"activity.form"_s,
                                    {{u"applicationId"_s, applicationId},
                                     {u"planActivityId"_s, planActivityId}});
    CHECK(form.value(u"workflow"_s).toObject().value(u"entryPoint"_s)
          == QJsonValue(u"interviewPlanActivity"_s));
    CHECK(where(form.value(u"fields"_s).toArray(), u"key"_s, u"employeeName"_s).first()
              .toObject().value(u"value"_s).isString());

    const QJsonObject values{{u"startDate"_s, u"2027-01-04"_s}, {u"annualSalary"_s, 90000},
                             {u"salaryCurrency"_s, u"EUR"_s}};
    const QString id = object(admin, u"activity.start"_s,
                              {{u"applicationId"_s, applicationId},
                               {u"planActivityId"_s, planActivityId}, {u"values"_s, values}})
                           .value(u"activity"_s).toObject().value(u"id"_s).toString();
    QJsonObject run;
    REQUIRE(waitUntil([&] {
        const QJsonArray found =
            where(object(admin, u"activity.list"_s, {{u"applicationId"_s, applicationId}})
                      .value(u"activities"_s).toArray(), u"id"_s, id);
        run = found.isEmpty() ? QJsonObject{} : found.first().toObject();
        return run.value(u"status"_s) == QJsonValue(u"completed"_s);
    }));
    CHECK(run.value(u"planActivityId"_s) == QJsonValue(planActivityId));
    CHECK(run.value(u"offerId"_s).isNull());
    CHECK(run.value(u"values"_s).toObject().value(u"startDate"_s) == QJsonValue(u"2027-01-04"_s));
}

TEST_CASE("Cancelling a Juro run tells Juro, which stops", "[api][activities][juro]")
{
    TestClient admin = adminClient(slowSandbox());
    const QJsonObject offer = pendingOffer(admin, 0);
    const QString offerId = offer.value(u"id"_s).toString();
    approve(admin, offer);
    const QString id = object(admin, u"activity.start"_s, offerStart(offerId))
                           .value(u"activity"_s).toObject().value(u"id"_s).toString();
    const ApiReply again = admin.call(u"activity.start"_s, offerStart(offerId));
    requireError(again, 200, u"invalid_input"_s);
    CHECK(again.errorMessage().contains(u"already been started"_s));

    // The receiver moves a run only on a correctly signed event for a contract a run has.
    const QString contractId = juroContracts(admin, slowSandbox()).first().toObject()
                                   .value(u"id"_s).toString();
    const QByteArray juroKey = object(admin, u"partnerConsole.juro.activateApi"_s)
                                   .value(u"apiKey"_s).toString().toUtf8();
    const QJsonObject completed{{u"event"_s, u"contract.completed"_s},
                                {u"contract"_s, QJsonObject{{u"id"_s, contractId}}}};
    CHECK(postJuroEvent(slowSandbox(), completed, "not-the-juro-key") == 401);
    CHECK(postJuroEvent(slowSandbox(),
                        {{u"event"_s, u"contract.completed"_s},
                         {u"contract"_s, QJsonObject{{u"id"_s, u"no-such-contract"_s}}}},
                        juroKey) == 404);
    CHECK(runById(admin, offerId, id).value(u"status"_s) == QJsonValue(u"started"_s));
    CHECK(postJuroEvent(slowSandbox(), {{u"event"_s, u"contract.active"_s},
                                        {u"contract"_s, QJsonObject{{u"id"_s, contractId}}}},
                        juroKey) == 200);
    CHECK(runById(admin, offerId, id).value(u"statusLabel"_s) == QJsonValue(u"Active"_s));

    const QJsonObject cancelled = object(admin, u"activity.cancel"_s,
                                         {{u"activityId"_s, id},
                                          {u"reason"_s, u"Terms changed"_s}})
                                      .value(u"activity"_s).toObject();
    CHECK(cancelled.value(u"status"_s) == QJsonValue(u"cancelled"_s));
    CHECK(cancelled.value(u"cancelledReason"_s) == QJsonValue(u"Terms changed"_s));
    const QJsonArray contracts = juroContracts(admin, slowSandbox());
    REQUIRE_FALSE(contracts.isEmpty());
    CHECK(contracts.first().toObject().value(u"state"_s) == QJsonValue(u"cancelled"_s));
    // The offer is still open and the workflow can start again.
    CHECK(results(admin, u"offer.info"_s, {{u"offerId"_s, offerId}}).toObject()
              .value(u"acceptanceStatus"_s) == QJsonValue(u"WaitingOnResponse"_s));
    CHECK(where(offerActivities(admin, offerId), u"status"_s, u"not_started"_s).size() == 1);
    requireError(admin.call(u"activity.cancel"_s, {{u"activityId"_s, id}, {u"reason"_s, u"x"_s}}),
                 200, u"activity_finished"_s);
}

TEST_CASE("fieldMapping.set is refused outside the integration's plans", "[api][mapping][juro]")
{
    SandboxProcess foundations(QStringList{u"--seed"_s, u"demo"_s, u"--candidates"_s, u"10"_s,
                                           u"--plan"_s, u"Foundations"_s});
    TestClient small = adminClient(foundations);
    const ApiReply refused = small.call(u"fieldMapping.set"_s,
                                        {{u"integrationId"_s, u"juro"_s},
                                         {u"target"_s, u"workflow:nda"_s},
                                         {u"version"_s, 0},
                                         {u"rows"_s, QJsonArray{}}});
    requireError(refused, 200, u"integration_not_in_plan"_s);
    CHECK(refused.errorMessage().contains(u"Foundations"_s));
    CHECK(results(small, u"fieldMapping.info"_s, {{u"integrationId"_s, u"juro"_s},
                                                  {u"target"_s, u"workflow:nda"_s}})
              .toObject().value(u"version"_s) == QJsonValue(0));
}

TEST_CASE("A Juro run carries on after a restart, also when Juro was down at the time, and "
          "accepts the offer", "[api][activities][juro][lifecycle]")
{
    // Each Juro step 1 s: time to stop the sandbox after the first.
    SandboxProcess sandbox(SandboxProcess::defaultArguments(300)
                           << u"--enable-all"_s << u"--time-scale"_s << u"0.25"_s);
    TestClient admin = adminClient(sandbox);
    const StartedRun started = startOfferRun(admin);
    REQUIRE(waitForRun(admin, started, u"in_progress"_s));
    setPartnerDown(admin, u"juro"_s, true);
    REQUIRE(sandbox.stop());

    sandbox.restartOnSamePort();
    TestClient again = adminClient(sandbox);
    REQUIRE(waitForRun(again, started, u"completed"_s));
    const QJsonObject run = runById(again, started.offerId, started.id);
    CHECK(statusHistoryField(run, u"label"_s) == QStringList{u"Started"_s, u"Active"_s, u"Completed"_s});
    CHECK(results(again, u"offer.info"_s, {{u"offerId"_s, started.offerId}}).toObject()
              .value(u"acceptanceStatus"_s) == QJsonValue(u"Accepted"_s));
    CHECK(httpGet(run.value(u"resultUrl"_s).toString()).status == 200);
}

TEST_CASE("A Juro run whose partner is down waits and carries on once Juro is up",
          "[api][activities][juro]")
{
    // Each Juro step 200 ms.
    SandboxProcess sandbox(SandboxProcess::defaultArguments(300)
                           << u"--enable-all"_s << u"--time-scale"_s << u"0.05"_s);
    TestClient admin = adminClient(sandbox);
    const StartedRun started = startOfferRun(admin);
    setPartnerDown(admin, u"juro"_s, true);
    REQUIRE(waitHeldWhileDown(admin, u"juro"_s, 3));
    CHECK(runById(admin, started.offerId, started.id).value(u"status"_s)
          != QJsonValue(u"completed"_s));
    setPartnerDown(admin, u"juro"_s, false);
    REQUIRE(waitForRun(admin, started, u"completed"_s));
}

TEST_CASE("A cancel that reaches Juro after the contract was signed is refused in Juro's words "
          "and the run ends completed", "[api][activities][juro]")
{
    SandboxProcess sandbox(SandboxProcess::defaultArguments(300)
                           << u"--enable-all"_s << u"--time-scale"_s << u"0.001"_s);
    TestClient admin = adminClient(sandbox);
    // Juro's webhooks no longer reach the ATS (a wrong signature secret): the contract is
    // signed at Juro while the ATS still shows the run as started.
    object(admin, u"partnerConsole.juro.addWebhook"_s,
           {{u"url"_s, QString(sandbox.baseUrl().toString() + u"/integrations/juro/webhook"_s)},
            {u"signatureSecret"_s, u"not-the-juro-key"_s}});
    const StartedRun started = startOfferRun(admin);
    const QString offerId = started.offerId;
    const QString id = started.id;
    const QString contractId = juroContracts(admin, sandbox).first().toObject()
                                   .value(u"id"_s).toString();
    REQUIRE(waitUntil([&] {
        return contractById(admin, sandbox, contractId).value(u"state"_s)
               == QJsonValue(u"completed"_s);
    }));
    REQUIRE(runById(admin, offerId, id).value(u"status"_s) == QJsonValue(u"started"_s));

    const ApiReply refused = admin.call(u"activity.cancel"_s,
                                        {{u"activityId"_s, id}, {u"reason"_s, u"Too late"_s}});
    requireError(refused, 200, u"partner_refused"_s);
    CHECK(refused.errorMessage()
          == u"The contract is already signed by everyone, so Juro cannot cancel it."_s);
    const QJsonObject run = runById(admin, offerId, id);
    CHECK(run.value(u"status"_s) == QJsonValue(u"completed"_s));
    CHECK_FALSE(run.contains(u"cancelledReason"_s));
    CHECK(run.value(u"allowedActions"_s) == QJsonValue(QJsonArray{u"view"_s}));
    CHECK(results(admin, u"offer.info"_s, {{u"offerId"_s, offerId}}).toObject()
              .value(u"acceptanceStatus"_s) == QJsonValue(u"Accepted"_s));
    CHECK(contractById(admin, sandbox, contractId).value(u"state"_s) == QJsonValue(u"completed"_s));
}
