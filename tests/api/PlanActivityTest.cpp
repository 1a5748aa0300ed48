// Interview-plan activities (interviewPlanActivity.*, assessmentType.list,
// interviewPlanAutomation.list, docs/API.md §3.14) and `--seed demo --enable-all`, over real
// HTTP against a sandbox whose Justifacts stand-in answers the ATS's assessment.list over HTTP.
#include "ApiHelpers.h"

#include <QNetworkRequest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

QStringList enableAllArguments()
{
    return SandboxProcess::defaultArguments(20) << u"--enable-all"_s;
}

SandboxProcess &sandbox()
{
    return sharedSandbox(u"plan-activities"_s, enableAllArguments());
}

struct DemoPlan
{
    QString jobId;
    QString planId;
    QJsonArray stages;

    QString stageId(const QString &title) const
    {
        for (const QJsonValue stage : stages)
            if (stage.toObject().value(u"title"_s).toString() == title)
                return stage.toObject().value(u"id"_s).toString();
        FAIL("no stage " << title.toStdString());
        return {};
    }
};

// The first job's plan, where --enable-all put its activity.
DemoPlan demoPlan(TestClient &admin)
{
    const QJsonArray jobs = results(admin, u"job.list"_s, {{u"limit"_s, 1}}).toArray();
    REQUIRE(jobs.size() == 1);
    DemoPlan plan;
    plan.jobId = jobs.first().toObject().value(u"id"_s).toString();
    plan.planId = jobs.first().toObject().value(u"defaultInterviewPlanId"_s).toString();
    plan.stages = results(admin, u"interviewStage.list"_s, {{u"interviewPlanId"_s, plan.planId}})
                      .toArray();
    return plan;
}

QJsonObject list(TestClient &admin, const QString &planId)
{
    return object(admin, u"interviewPlanActivity.list"_s, {{u"interviewPlanId"_s, planId}});
}

qint64 versionOf(TestClient &admin, const QString &planId)
{
    return list(admin, planId).value(u"version"_s).toInteger();
}

QJsonObject activityWithId(const QJsonObject &listed, const QString &id)
{
    const QJsonArray found = where(listed.value(u"activities"_s).toArray(), u"id"_s, id);
    REQUIRE(found.size() == 1);
    return found.first().toObject();
}

QStringList problemCodes(const QJsonObject &activity)
{
    QStringList codes;
    for (const QJsonValue problem : activity.value(u"problems"_s).toArray()) {
        CHECK_FALSE(problem.toObject().value(u"message"_s).toString().isEmpty());
        codes << problem.toObject().value(u"code"_s).toString();
    }
    return codes;
}

QJsonObject assessmentBody(const DemoPlan &plan, const QString &stageTitle,
                           const QString &packageId, qint64 version)
{
    return {{u"interviewPlanId"_s, plan.planId},
            {u"interviewStageId"_s, plan.stageId(stageTitle)},
            {u"kind"_s, u"assessment"_s},
            {u"integrationId"_s, u"justifacts"_s},
            {u"config"_s, QJsonObject{{u"assessmentTypeId"_s, packageId}}},
            {u"version"_s, version}};
}

QJsonObject workflowBody(const DemoPlan &plan, const QString &stageTitle,
                         const QString &workflowId, qint64 version)
{
    return {{u"interviewPlanId"_s, plan.planId},
            {u"interviewStageId"_s, plan.stageId(stageTitle)},
            {u"kind"_s, u"externalWorkflow"_s},
            {u"integrationId"_s, u"juro"_s},
            {u"config"_s, QJsonObject{{u"externalWorkflowId"_s, workflowId}}},
            {u"version"_s, version}};
}

const QString demoActivity = u"act-demo-background-check"_s;
const QString interviewWorkflow = u"wf-demo-employment-contract"_s;
const QString offerWorkflow = u"wf-demo-offer-letter"_s;

ApiReply postWithKey(TestClient &client, const QString &method, const QJsonObject &body,
                     const QByteArray &idempotencyKey)
{
    QNetworkRequest request = client.request(method);
    request.setRawHeader("Authorization", client.authorization());
    request.setRawHeader("Idempotency-Key", idempotencyKey);
    return client.wait(
        client.manager().post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

} // namespace

TEST_CASE("Seed with --enable-all: every integration, the demo workflows and a Justifacts activity",
          "[api][plans][seed]")
{
    TestClient admin = adminClient(sandbox());
    for (const QJsonValue value : results(admin, u"integration.list"_s).toArray()) {
        const QJsonObject integration = value.toObject();
        INFO(integration.value(u"id"_s).toString().toStdString() << " "
             << integration.value(u"stateReason"_s).toString().toStdString());
        CHECK(integration.value(u"state"_s) == QJsonValue(u"enabled"_s));
    }
    const QJsonArray workflows = results(admin, u"externalWorkflow.list"_s).toArray();
    CHECK(where(workflows, u"id"_s, interviewWorkflow).first().toObject().value(u"entryPoint"_s)
          == QJsonValue(u"interviewPlanActivity"_s));
    CHECK(where(workflows, u"id"_s, offerWorkflow).first().toObject().value(u"title"_s)
          == QJsonValue(u"Offer letter"_s));

    const DemoPlan plan = demoPlan(admin);
    const QJsonObject listed = list(admin, plan.planId);
    CHECK(listed.value(u"version"_s) == QJsonValue(1));
    const QJsonObject activity = activityWithId(listed, demoActivity);
    CHECK(activity.value(u"interviewStageId"_s) == QJsonValue(plan.stageId(u"Background Check"_s)));
    CHECK(activity.value(u"kind"_s) == QJsonValue(u"assessment"_s));
    CHECK(activity.value(u"integrationId"_s) == QJsonValue(u"justifacts"_s));
    CHECK(activity.value(u"title"_s) == QJsonValue(u"Standard background check"_s));
    CHECK(activity.value(u"config"_s)
          == QJsonValue(QJsonObject{{u"assessmentTypeId"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b02"_s}}));
    CHECK(activity.value(u"order"_s) == QJsonValue(0));
    CHECK(activity.value(u"problems"_s) == QJsonValue(QJsonArray{}));
    CHECK_FALSE(activity.contains(u"hidden"_s));

    // Willo on the Phone Screen stage of the first job, Sora on Offer, Humaans on Hired.
    const QJsonArray automations = object(admin, u"interviewPlanAutomation.list"_s,
                                          {{u"interviewPlanId"_s, plan.planId}})
                                       .value(u"automations"_s)
                                       .toArray();
    INFO(QJsonDocument(automations).toJson().toStdString());
    const QJsonArray willo = where(automations, u"integrationId"_s, u"willo"_s);
    REQUIRE(willo.size() == 1);
    CHECK(willo.first().toObject().value(u"interviewStageId"_s)
          == QJsonValue(plan.stageId(u"Recruiter Screen"_s)));
    CHECK(willo.first().toObject().value(u"title"_s)
          == QJsonValue(u"Willo interview \"Phone screen questions\""_s));
    CHECK(willo.first().toObject().value(u"kind"_s) == QJsonValue(u"videoInvite"_s));
    const QJsonArray sora = where(automations, u"integrationId"_s, u"sora"_s);
    REQUIRE(sora.size() == 1);
    CHECK(sora.first().toObject().value(u"interviewStageId"_s) == QJsonValue(plan.stageId(u"Offer"_s)));
    const QJsonArray humaans = where(automations, u"integrationId"_s, u"humaans"_s);
    REQUIRE(humaans.size() == 1);
    CHECK(humaans.first().toObject().value(u"interviewStageId"_s) == QJsonValue(plan.stageId(u"Hired"_s)));
    for (const QJsonValue automation : automations)
        CHECK(automation.toObject().value(u"state"_s) == QJsonValue(u"active"_s));

    // The ATS reads Justifacts' packages over HTTP with the credential the seed stored.
    const QJsonArray types = object(admin, u"assessmentType.list"_s,
                                    {{u"integrationId"_s, u"justifacts"_s}})
                                 .value(u"assessmentTypes"_s)
                                 .toArray();
    CHECK(idsOf(types) == QStringList{u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b02"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b03"_s,
                                      u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b04"_s});
    CHECK_FALSE(types.first().toObject().value(u"description"_s).toString().isEmpty());
    // The partner's own route answers with the fields of Ashby's OpenAPI assessment.list.
    const QJsonObject issued = object(admin, u"partnerConsole.justifacts.issueCredential"_s);
    QNetworkRequest request{QUrl(issued.value(u"stagingBaseUrl"_s).toString()
                                 + u"assessment.list"_s)};
    const QByteArray user = issued.value(u"credentialKey"_s).toString().toUtf8() + ':';
    request.setRawHeader("Authorization", "Basic " + user.toBase64());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const ApiReply partner = admin.wait(admin.manager().post(request, "{}"));
    requireSuccess(partner);
    CHECK(partner.resultArray().first().toObject().keys()
          == QStringList{u"assessment_type_id"_s, u"description"_s, u"name"_s});

    // Configured end to end: every integration.test check passes once the first webhooks the
    // seed sends (Humaans' and Sora's pings, Juro's test webhook) arrived.
    for (const QString &id : {u"juro"_s, u"willo"_s, u"humaans"_s, u"sora"_s, u"justifacts"_s}) {
        QJsonObject report;
        const bool passed = waitUntil([&] {
            report = object(admin, u"integration.test"_s, {{u"integrationId"_s, id}});
            return report.value(u"ok"_s).toBool();
        });
        INFO(id.toStdString() << ": " << QJsonDocument(report).toJson().toStdString());
        CHECK(passed);
    }

    // Deterministic: a second seeded sandbox has the same plan, stages and activity ids.
    SandboxProcess second(enableAllArguments());
    TestClient other = adminClient(second);
    const DemoPlan again = demoPlan(other);
    CHECK(again.planId == plan.planId);
    CHECK(idsOf(again.stages) == idsOf(plan.stages));
    CHECK(idsOf(list(other, again.planId).value(u"activities"_s).toArray())
          == idsOf(listed.value(u"activities"_s).toArray()));
}

TEST_CASE("interviewPlanActivity add, update, move and remove keep orders and count versions",
          "[api][plans]")
{
    TestClient admin = adminClient(sandbox());
    const DemoPlan plan = demoPlan(admin);
    const QJsonObject added = object(admin, u"interviewPlanActivity.add"_s,
                                     workflowBody(plan, u"Offer"_s, interviewWorkflow, 1));
    CHECK(added.value(u"version"_s) == QJsonValue(2));
    const QJsonObject workflow = added.value(u"activity"_s).toObject();
    const QString workflowId = workflow.value(u"id"_s).toString();
    CHECK(workflowId.startsWith(u"act_"_s));
    CHECK(workflow.value(u"title"_s) == QJsonValue(u"Employment contract"_s));
    CHECK(workflow.value(u"interviewPlanId"_s) == QJsonValue(plan.planId));
    CHECK(workflow.value(u"order"_s) == QJsonValue(0));
    CHECK(workflow.value(u"problems"_s) == QJsonValue(QJsonArray{}));

    // A second assessment on Background Check, placed first with a title of its own.
    QJsonObject body = assessmentBody(plan, u"Background Check"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b03"_s, 2);
    body.insert(u"order"_s, 0);
    body.insert(u"title"_s, u"  Enhanced check for finance roles "_s);
    const QJsonObject enhanced = object(admin, u"interviewPlanActivity.add"_s, body)
                                     .value(u"activity"_s).toObject();
    const QString enhancedId = enhanced.value(u"id"_s).toString();
    CHECK(enhanced.value(u"title"_s) == QJsonValue(u"Enhanced check for finance roles"_s));
    QJsonObject listed = list(admin, plan.planId);
    CHECK(listed.value(u"version"_s) == QJsonValue(3));
    // Plan order of stages (Background Check before Offer), then order.
    CHECK(idsOf(listed.value(u"activities"_s).toArray())
          == QStringList{enhancedId, demoActivity, workflowId});
    CHECK(activityWithId(listed, demoActivity).value(u"order"_s) == QJsonValue(1));

    const QJsonObject updated = object(admin, u"interviewPlanActivity.update"_s,
                                       {{u"activityId"_s, enhancedId},
                                        {u"version"_s, 3},
                                        {u"config"_s, QJsonObject{{u"assessmentTypeId"_s,
                                                                   u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b04"_s}}}});
    CHECK(updated.value(u"version"_s) == QJsonValue(4));
    CHECK(updated.value(u"activity"_s).toObject().value(u"config"_s)
          == QJsonValue(QJsonObject{{u"assessmentTypeId"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b04"_s}}));
    CHECK(updated.value(u"activity"_s).toObject().value(u"title"_s)
          == QJsonValue(u"Enhanced check for finance roles"_s));
    CHECK(object(admin, u"interviewPlanActivity.update"_s,
                 {{u"activityId"_s, enhancedId}, {u"version"_s, 4}, {u"title"_s, u"References"_s}})
              .value(u"activity"_s).toObject().value(u"title"_s) == QJsonValue(u"References"_s));

    // Move the workflow to Background Check between the two, then the demo package last.
    const QJsonObject moved = object(admin, u"interviewPlanActivity.move"_s,
                                     {{u"activityId"_s, workflowId},
                                      {u"interviewStageId"_s, plan.stageId(u"Background Check"_s)},
                                      {u"order"_s, 1},
                                      {u"version"_s, 5}});
    CHECK(moved.value(u"version"_s) == QJsonValue(6));
    CHECK(moved.value(u"activity"_s).toObject().value(u"order"_s) == QJsonValue(1));
    listed = list(admin, plan.planId);
    CHECK(idsOf(listed.value(u"activities"_s).toArray())
          == QStringList{enhancedId, workflowId, demoActivity});
    QList<int> orders;
    for (const QJsonValue value : listed.value(u"activities"_s).toArray())
        orders << value.toObject().value(u"order"_s).toInt();
    CHECK(orders == QList<int>{0, 1, 2});
    // An order past the end means last.
    object(admin, u"interviewPlanActivity.move"_s,
           {{u"activityId"_s, enhancedId},
            {u"interviewStageId"_s, plan.stageId(u"Background Check"_s)},
            {u"order"_s, 99},
            {u"version"_s, 6}});
    CHECK(idsOf(list(admin, plan.planId).value(u"activities"_s).toArray())
          == QStringList{workflowId, demoActivity, enhancedId});

    CHECK(object(admin, u"interviewPlanActivity.remove"_s,
                 {{u"activityId"_s, workflowId}, {u"version"_s, 7}})
          == QJsonObject{{u"activityId"_s, workflowId}, {u"version"_s, 8}});
    listed = list(admin, plan.planId);
    CHECK(idsOf(listed.value(u"activities"_s).toArray())
          == QStringList{demoActivity, enhancedId});
    CHECK(activityWithId(listed, demoActivity).value(u"order"_s) == QJsonValue(0));
    requireError(admin.call(u"interviewPlanActivity.remove"_s,
                            {{u"activityId"_s, workflowId}, {u"version"_s, 8}}),
                 200, u"interview_plan_activity_not_found"_s);

    // Another plan starts at version 0 with no activities.
    for (const QJsonValue value : results(admin, u"interviewPlan.list"_s).toArray()) {
        const QString id = value.toObject().value(u"id"_s).toString();
        if (id != plan.planId)
            CHECK(list(admin, id) == QJsonObject{{u"activities"_s, QJsonArray{}},
                                                 {u"version"_s, 0}});
    }
}

TEST_CASE("interviewPlanActivity writes with a stale version are refused and store nothing",
          "[api][plans]")
{
    TestClient admin = adminClient(sandbox());
    const DemoPlan plan = demoPlan(admin);
    const QJsonObject before = list(admin, plan.planId);
    const ApiReply stale = admin.call(u"interviewPlanActivity.add"_s,
                                      workflowBody(plan, u"Offer"_s, interviewWorkflow, 0));
    requireError(stale, 200, u"version_conflict"_s);
    CHECK(stale.errorMessage()
          == u"The interview plan's activities were changed by someone else (version 1, not 0); "
             "reload and apply your change again."_s);
    for (const auto &[method, body] : QList<std::pair<QString, QJsonObject>>{
             {u"interviewPlanActivity.update"_s,
              {{u"activityId"_s, demoActivity}, {u"version"_s, 7}, {u"title"_s, u"Lost"_s}}},
             {u"interviewPlanActivity.move"_s,
              {{u"activityId"_s, demoActivity},
               {u"interviewStageId"_s, plan.stageId(u"Offer"_s)},
               {u"order"_s, 0},
               {u"version"_s, 2}}},
             {u"interviewPlanActivity.remove"_s, {{u"activityId"_s, demoActivity}, {u"version"_s, 0}}},
             {u"interviewPlanActivity.set"_s,
              {{u"interviewPlanId"_s, plan.planId}, {u"version"_s, 5}, {u"activities"_s, QJsonArray{}}}}}) {
        INFO(method.toStdString());
        requireError(admin.call(method, body), 200, u"version_conflict"_s);
    }
    // Input is checked before the version.
    QJsonObject bad = workflowBody(plan, u"Offer"_s, offerWorkflow, 0);
    requireInvalidInput(admin.call(u"interviewPlanActivity.add"_s, bad),
                        u"config.externalWorkflowId"_s);
    CHECK(list(admin, plan.planId) == before);
}

TEST_CASE("interviewPlanActivity refuses bad input with messages naming the field",
          "[api][plans]")
{
    TestClient admin = adminClient(sandbox());
    const DemoPlan plan = demoPlan(admin);
    const QJsonObject before = list(admin, plan.planId);

    const ApiReply offerEntry = admin.call(u"interviewPlanActivity.add"_s,
                                           workflowBody(plan, u"Offer"_s, offerWorkflow, 1));
    requireInvalidInput(offerEntry, u"config.externalWorkflowId"_s);
    CHECK(offerEntry.errorMessage().contains(
        u"The workflow \"Offer letter\" starts from an offer, so it cannot be an activity on an "
        "interview stage. Change its entry point to \"interview plan activity\" or choose another "
        "workflow."_s.mid(1)));

    requireInvalidInput(admin.call(u"interviewPlanActivity.add"_s,
                                   assessmentBody(plan, u"Offer"_s, u"jf-platinum"_s, 1)),
                        u"config.assessmentTypeId"_s);
    QJsonObject body = assessmentBody(plan, u"Offer"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01"_s, 1);
    body.insert(u"integrationId"_s, u"willo"_s);
    requireInvalidInput(admin.call(u"interviewPlanActivity.add"_s, body), u"integrationId"_s);
    body.insert(u"integrationId"_s, u"workday"_s);
    requireInvalidInput(admin.call(u"interviewPlanActivity.add"_s, body), u"integrationId"_s);
    body.insert(u"integrationId"_s, u"juro"_s);
    requireInvalidInput(admin.call(u"interviewPlanActivity.add"_s, body), u"kind"_s);
    body = assessmentBody(plan, u"Offer"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01"_s, 1);
    body.insert(u"config"_s, QJsonObject{{u"assessmentTypeId"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01"_s},
                                         {u"rush"_s, true}});
    requireInvalidInput(admin.call(u"interviewPlanActivity.add"_s, body), u"config.rush"_s);
    body.insert(u"config"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01"_s);
    requireInvalidInput(admin.call(u"interviewPlanActivity.add"_s, body), u"config"_s);
    body = assessmentBody(plan, u"Offer"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01"_s, 1);
    body.insert(u"title"_s, QString(121, u'x'));
    requireInvalidInput(admin.call(u"interviewPlanActivity.add"_s, body), u"title"_s);
    body.insert(u"title"_s, u"   "_s);
    requireInvalidInput(admin.call(u"interviewPlanActivity.add"_s, body), u"title"_s);
    body = assessmentBody(plan, u"Offer"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01"_s, 1);
    body.insert(u"order"_s, -1);
    requireInvalidInput(admin.call(u"interviewPlanActivity.add"_s, body), u"order"_s);
    body.remove(u"order"_s);
    body.remove(u"version"_s);
    requireInvalidInput(admin.call(u"interviewPlanActivity.add"_s, body), u"version"_s);

    // A stage of another plan.
    QString otherStage;
    for (const QJsonValue value : results(admin, u"interviewPlan.list"_s).toArray()) {
        const QString id = value.toObject().value(u"id"_s).toString();
        if (id != plan.planId && otherStage.isEmpty())
            otherStage = results(admin, u"interviewStage.list"_s, {{u"interviewPlanId"_s, id}})
                             .toArray().first().toObject().value(u"id"_s).toString();
    }
    body = assessmentBody(plan, u"Offer"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01"_s, 1);
    body.insert(u"interviewStageId"_s, otherStage);
    requireInvalidInput(admin.call(u"interviewPlanActivity.add"_s, body), u"interviewStageId"_s);
    requireInvalidInput(admin.call(u"interviewPlanActivity.move"_s,
                                   {{u"activityId"_s, demoActivity},
                                    {u"interviewStageId"_s, otherStage},
                                    {u"order"_s, 0},
                                    {u"version"_s, 1}}),
                        u"interviewStageId"_s);

    body = assessmentBody(plan, u"Offer"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01"_s, 1);
    body.insert(u"interviewPlanId"_s, u"no-such-plan"_s);
    requireError(admin.call(u"interviewPlanActivity.add"_s, body), 200,
                 u"interview_plan_not_found"_s);
    requireError(admin.call(u"interviewPlanActivity.list"_s, {{u"interviewPlanId"_s, u"nope"_s}}),
                 200, u"interview_plan_not_found"_s);
    requireError(admin.call(u"interviewPlanAutomation.list"_s,
                            {{u"interviewPlanId"_s, u"nope"_s}}),
                 200, u"interview_plan_not_found"_s);
    requireError(admin.call(u"interviewPlanActivity.update"_s,
                            {{u"activityId"_s, u"act_nope"_s}, {u"version"_s, 1}}),
                 200, u"interview_plan_activity_not_found"_s);
    CHECK(list(admin, plan.planId) == before);

    // Reads need interviewsRead, writes interviewsWrite.
    const QString readOnly = object(admin, u"apiKey.create"_s,
                                    {{u"title"_s, u"Plans reader"_s},
                                     {u"scopes"_s, QJsonArray{u"interviewsRead"_s}}})
                                 .value(u"key"_s).toString();
    REQUIRE_FALSE(readOnly.isEmpty());
    TestClient reader(sandbox().baseUrl(), readOnly);
    CHECK(list(reader, plan.planId) == before);
    requireError(reader.call(u"interviewPlanActivity.add"_s,
                             workflowBody(plan, u"Offer"_s, interviewWorkflow, 1)),
                 403, u"missing_endpoint_permission"_s);
}

TEST_CASE("interviewPlanActivity.list computes each problem at read time", "[api][plans]")
{
    TestClient admin = adminClient(sandbox());
    const DemoPlan plan = demoPlan(admin);
    CHECK(problemCodes(activityWithId(list(admin, plan.planId), demoActivity)).isEmpty());

    // package_withdrawn: the partner stops offering the package, then offers it again.
    object(admin, u"partnerConsole.justifacts.withdrawPackage"_s,
           {{u"assessmentTypeId"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b02"_s}});
    QJsonObject activity = activityWithId(list(admin, plan.planId), demoActivity);
    CHECK(problemCodes(activity) == QStringList{u"package_withdrawn"_s});
    CHECK(activity.value(u"problems"_s).toArray().first().toObject().value(u"message"_s)
          == QJsonValue(u"Justifacts no longer offers the package \"Standard background "
                        "check\"; choose another package or remove this activity."_s));
    CHECK_FALSE(idsOf(object(admin, u"assessmentType.list"_s,
                             {{u"integrationId"_s, u"justifacts"_s}})
                          .value(u"assessmentTypes"_s).toArray())
                    .contains(u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b02"_s));
    // ... so it cannot be added again, and the fix (another package) clears the problem.
    requireInvalidInput(admin.call(u"interviewPlanActivity.add"_s,
                                   assessmentBody(plan, u"Offer"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b02"_s, 1)),
                        u"config.assessmentTypeId"_s);
    object(admin, u"partnerConsole.justifacts.restorePackage"_s,
           {{u"assessmentTypeId"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b02"_s}});
    CHECK(problemCodes(activityWithId(list(admin, plan.planId), demoActivity)).isEmpty());
    requireInvalidInput(admin.call(u"partnerConsole.justifacts.withdrawPackage"_s,
                                   {{u"assessmentTypeId"_s, u"jf-gold"_s}}),
                        u"assessmentTypeId"_s);

    // integration_disabled
    object(admin, u"integration.disable"_s, {{u"integrationId"_s, u"justifacts"_s}});
    CHECK(problemCodes(activityWithId(list(admin, plan.planId), demoActivity))
          == QStringList{u"integration_disabled"_s});
    object(admin, u"integration.enable"_s, {{u"integrationId"_s, u"justifacts"_s}});
    CHECK(problemCodes(activityWithId(list(admin, plan.planId), demoActivity)).isEmpty());

    // duplicate_on_stage: both get it (adding the same package twice is allowed).
    const QString twin = object(admin, u"interviewPlanActivity.add"_s,
                                assessmentBody(plan, u"Background Check"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b02"_s, 1))
                             .value(u"activity"_s).toObject().value(u"id"_s).toString();
    QJsonObject listed = list(admin, plan.planId);
    CHECK(problemCodes(activityWithId(listed, demoActivity)) == QStringList{u"duplicate_on_stage"_s});
    CHECK(problemCodes(activityWithId(listed, twin)) == QStringList{u"duplicate_on_stage"_s});
    object(admin, u"interviewPlanActivity.remove"_s, {{u"activityId"_s, twin}, {u"version"_s, 2}});
    CHECK(problemCodes(activityWithId(list(admin, plan.planId), demoActivity)).isEmpty());

    // wrong_entry_point, then workflow_deleted.
    const QString workflowActivity =
        object(admin, u"interviewPlanActivity.add"_s,
               workflowBody(plan, u"Offer"_s, interviewWorkflow, 3))
            .value(u"activity"_s).toObject().value(u"id"_s).toString();
    object(admin, u"externalWorkflow.update"_s, {{u"externalWorkflowId"_s, interviewWorkflow},
                                                {u"version"_s, 1}, // as the seed created it
                                                {u"entryPoint"_s, u"offer"_s}});
    CHECK(problemCodes(activityWithId(list(admin, plan.planId), workflowActivity))
          == QStringList{u"wrong_entry_point"_s});
    object(admin, u"externalWorkflow.delete"_s, {{u"externalWorkflowId"_s, interviewWorkflow}});
    CHECK(problemCodes(activityWithId(list(admin, plan.planId), workflowActivity))
          == QStringList{u"workflow_deleted"_s});

    // stage_archived; nothing new can be put on an archived stage.
    const QString check = plan.stageId(u"Background Check"_s);
    const QJsonObject archived = object(admin, u"interviewStage.archive"_s,
                                        {{u"interviewStageId"_s, check}, {u"archived"_s, true}});
    CHECK(archived.value(u"isArchived"_s) == QJsonValue(true));
    CHECK(problemCodes(activityWithId(list(admin, plan.planId), demoActivity))
          == QStringList{u"stage_archived"_s});
    requireInvalidInput(admin.call(u"interviewPlanActivity.add"_s,
                                   assessmentBody(plan, u"Background Check"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01"_s, 4)),
                        u"interviewStageId"_s);
    object(admin, u"interviewStage.archive"_s, {{u"interviewStageId"_s, check}, {u"archived"_s, false}});
    CHECK(problemCodes(activityWithId(list(admin, plan.planId), demoActivity)).isEmpty());
    CHECK(versionOf(admin, plan.planId) == 4);
}

TEST_CASE("interviewPlanActivity.set replaces the list in one step or stores nothing",
          "[api][plans]")
{
    TestClient admin = adminClient(sandbox());
    const DemoPlan plan = demoPlan(admin);
    const QJsonObject before = list(admin, plan.planId);
    const QJsonObject keep{{u"id"_s, demoActivity},
                           {u"interviewStageId"_s, plan.stageId(u"Offer"_s)},
                           {u"kind"_s, u"assessment"_s},
                           {u"integrationId"_s, u"justifacts"_s},
                           {u"config"_s, QJsonObject{{u"assessmentTypeId"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b02"_s}}}};
    const QJsonObject contract{{u"interviewStageId"_s, plan.stageId(u"Offer"_s)},
                               {u"kind"_s, u"externalWorkflow"_s},
                               {u"integrationId"_s, u"juro"_s},
                               {u"title"_s, u"Contract"_s},
                               {u"config"_s, QJsonObject{{u"externalWorkflowId"_s,
                                                          interviewWorkflow}}}};
    QJsonObject bad = contract;
    bad.insert(u"kind"_s, u"assessment"_s);
    bad.insert(u"integrationId"_s, u"justifacts"_s);
    bad.insert(u"config"_s, QJsonObject{{u"assessmentTypeId"_s, u"jf-gold"_s}});

    // One bad entry: nothing stored, the version unchanged, the entry named.
    const ApiReply refused = admin.call(
        u"interviewPlanActivity.set"_s,
        {{u"interviewPlanId"_s, plan.planId},
         {u"version"_s, 1},
         {u"activities"_s, QJsonArray{contract, keep, bad}}});
    requireInvalidInput(refused, u"activities[2].config.assessmentTypeId"_s);
    CHECK(list(admin, plan.planId) == before);
    QJsonObject unknownId = contract;
    unknownId.insert(u"id"_s, u"act_unknown"_s);
    requireInvalidInput(admin.call(u"interviewPlanActivity.set"_s,
                                   {{u"interviewPlanId"_s, plan.planId},
                                    {u"version"_s, 1},
                                    {u"activities"_s, QJsonArray{unknownId}}}),
                        u"activities[0].id"_s);
    requireInvalidInput(admin.call(u"interviewPlanActivity.set"_s,
                                   {{u"interviewPlanId"_s, plan.planId},
                                    {u"version"_s, 1},
                                    {u"activities"_s, QJsonArray{keep, keep}}}),
                        u"activities[1].id"_s);
    requireInvalidInput(admin.call(u"interviewPlanActivity.set"_s,
                                   {{u"interviewPlanId"_s, plan.planId},
                                    {u"version"_s, 1},
                                    {u"activities"_s, QJsonArray{u"x"_s}}}),
                        u"activities[0]"_s);
    QJsonObject longId = contract;
    longId.insert(u"interviewStageId"_s, QString(10'001, u's'));
    const ApiReply tooLong = admin.call(u"interviewPlanActivity.set"_s,
                                        {{u"interviewPlanId"_s, plan.planId},
                                         {u"version"_s, 1},
                                         {u"activities"_s, QJsonArray{longId}}});
    requireInvalidInput(tooLong, u"activities[0].interviewStageId"_s);
    CHECK(tooLong.errorMessage().size() < 200);
    CHECK(list(admin, plan.planId) == before);

    // Moves the demo activity to Offer after a new contract; the version rises by exactly 1.
    const QJsonObject saved = object(admin, u"interviewPlanActivity.set"_s,
                                     {{u"interviewPlanId"_s, plan.planId},
                                      {u"version"_s, 1},
                                      {u"activities"_s, QJsonArray{contract, keep}}});
    CHECK(saved.value(u"version"_s) == QJsonValue(2));
    const QJsonArray activities = saved.value(u"activities"_s).toArray();
    REQUIRE(activities.size() == 2);
    CHECK(activities.at(0).toObject().value(u"title"_s) == QJsonValue(u"Contract"_s));
    CHECK(activities.at(0).toObject().value(u"order"_s) == QJsonValue(0));
    CHECK(activities.at(1).toObject().value(u"id"_s) == QJsonValue(demoActivity));
    CHECK(activities.at(1).toObject().value(u"order"_s) == QJsonValue(1));
    CHECK(activities.at(1).toObject().value(u"interviewStageId"_s)
          == QJsonValue(plan.stageId(u"Offer"_s)));
    CHECK(list(admin, plan.planId).value(u"activities"_s) == QJsonValue(activities));

    // An unchanged activity whose package was withdrawn does not block a save of the rest;
    // an empty list removes everything.
    object(admin, u"partnerConsole.justifacts.withdrawPackage"_s,
           {{u"assessmentTypeId"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b02"_s}});
    QJsonObject renamed = activities.at(0).toObject();
    renamed.insert(u"title"_s, u"Contract (renamed)"_s);
    const QJsonObject again = object(admin, u"interviewPlanActivity.set"_s,
                                     {{u"interviewPlanId"_s, plan.planId},
                                      {u"version"_s, 2},
                                      {u"activities"_s, QJsonArray{renamed, keep}}});
    CHECK(again.value(u"version"_s) == QJsonValue(3));
    CHECK(problemCodes(activityWithId(again, demoActivity)) == QStringList{u"package_withdrawn"_s});
    CHECK(object(admin, u"interviewPlanActivity.set"_s,
                 {{u"interviewPlanId"_s, plan.planId},
                  {u"version"_s, 3},
                  {u"activities"_s, QJsonArray{}}})
          == QJsonObject{{u"activities"_s, QJsonArray{}}, {u"version"_s, 4}});
}

TEST_CASE("interviewPlanActivity writes with an Idempotency-Key are applied once",
          "[api][plans][idempotency]")
{
    TestClient admin = adminClient(sandbox());
    const DemoPlan plan = demoPlan(admin);
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QJsonObject body = assessmentBody(plan, u"Offer"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01"_s, 1);
    const ApiReply first = postWithKey(admin, u"interviewPlanActivity.add"_s, body, key);
    requireSuccess(first);
    const ApiReply repeat = postWithKey(admin, u"interviewPlanActivity.add"_s, body, key);
    requireSuccess(repeat);
    CHECK(repeat.envelope() == first.envelope());
    const QJsonObject listed = list(admin, plan.planId);
    CHECK(listed.value(u"version"_s) == QJsonValue(2));
    CHECK(listed.value(u"activities"_s).toArray().size() == 2);
}

TEST_CASE("assessmentType.list and assessment writes while Justifacts is down", "[api][plans]")
{
    TestClient admin = adminClient(sandbox());
    const DemoPlan plan = demoPlan(admin);
    requireError(admin.call(u"assessmentType.list"_s, {{u"integrationId"_s, u"workday"_s}}), 200,
                 u"integration_not_found"_s);
    requireInvalidInput(admin.call(u"assessmentType.list"_s, {{u"integrationId"_s, u"juro"_s}}));
    object(admin, u"partnerConsole.setDown"_s, {{u"partnerId"_s, u"justifacts"_s}, {u"down"_s, true}});
    const ApiReply down = admin.call(u"assessmentType.list"_s,
                                     {{u"integrationId"_s, u"justifacts"_s}});
    requireError(down, 200, u"partner_unavailable"_s);
    CHECK(down.errorMessage().contains(u"Justifacts"_s));
    // The list still answers; whether the package is withdrawn is then not decided.
    CHECK(problemCodes(activityWithId(list(admin, plan.planId), demoActivity)).isEmpty());
    requireError(admin.call(u"interviewPlanActivity.add"_s,
                            assessmentBody(plan, u"Offer"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01"_s, 1)),
                 200, u"partner_unavailable"_s);
    CHECK(versionOf(admin, plan.planId) == 1);
    // What needs no package check still works.
    CHECK(object(admin, u"interviewPlanActivity.add"_s,
                 workflowBody(plan, u"Offer"_s, interviewWorkflow, 1))
              .value(u"version"_s) == QJsonValue(2));
    object(admin, u"partnerConsole.setDown"_s, {{u"partnerId"_s, u"justifacts"_s}, {u"down"_s, false}});
    CHECK(object(admin, u"assessmentType.list"_s, {{u"integrationId"_s, u"justifacts"_s}})
              .value(u"assessmentTypes"_s).toArray().size() == 4);
}

TEST_CASE("partnerConsole.willo.linkInterview sets the trigger stage interviewPlanAutomation.list "
          "shows",
          "[api][plans][partners]")
{
    TestClient admin = adminClient(sandbox());
    const DemoPlan plan = demoPlan(admin);
    const auto automations = [&admin, &plan] {
        return object(admin, u"interviewPlanAutomation.list"_s,
                      {{u"interviewPlanId"_s, plan.planId}})
            .value(u"automations"_s).toArray();
    };
    const QString onsite = plan.stageId(u"Onsite Loop"_s);
    CHECK(object(admin, u"partnerConsole.willo.linkInterview"_s,
                 {{u"jobId"_s, plan.jobId},
                  {u"interviewStageId"_s, onsite},
                  {u"interviewTitle"_s, u" Onsite prep "_s}})
          == QJsonObject{{u"jobId"_s, plan.jobId},
                         {u"interviewStageId"_s, onsite},
                         {u"interviewTitle"_s, u"Onsite prep"_s}});
    QJsonArray willo = where(automations(), u"integrationId"_s, u"willo"_s);
    REQUIRE(willo.size() == 2);
    // In plan order: Recruiter Screen, then the onsite loop.
    CHECK(willo.at(1).toObject().value(u"interviewStageId"_s) == QJsonValue(onsite));
    CHECK(willo.at(1).toObject().value(u"title"_s) == QJsonValue(u"Willo interview \"Onsite prep\""_s));

    object(admin, u"integration.disable"_s, {{u"integrationId"_s, u"willo"_s}});
    for (const QJsonValue value : where(automations(), u"integrationId"_s, u"willo"_s))
        CHECK(value.toObject().value(u"state"_s) == QJsonValue(u"inactive"_s));

    CHECK(object(admin, u"partnerConsole.willo.unlinkInterview"_s,
                 {{u"jobId"_s, plan.jobId}, {u"interviewStageId"_s, onsite}})
          == QJsonObject{{u"jobId"_s, plan.jobId}, {u"interviewStageId"_s, onsite}});
    CHECK(where(automations(), u"integrationId"_s, u"willo"_s).size() == 1);
    requireInvalidInput(admin.call(u"partnerConsole.willo.unlinkInterview"_s,
                                   {{u"jobId"_s, plan.jobId}, {u"interviewStageId"_s, onsite}}));
    requireError(admin.call(u"partnerConsole.willo.linkInterview"_s,
                            {{u"jobId"_s, u"no-job"_s},
                             {u"interviewStageId"_s, onsite},
                             {u"interviewTitle"_s, u"X"_s}}),
                 200, u"job_not_found"_s);
    requireInvalidInput(admin.call(u"partnerConsole.willo.linkInterview"_s,
                                   {{u"jobId"_s, plan.jobId},
                                    {u"interviewStageId"_s, onsite},
                                    {u"interviewTitle"_s, u" "_s}}),
                        u"interviewTitle"_s);
}

TEST_CASE("a withdrawn Justifacts package stays withdrawn after a restart", "[api][plans]")
{
    SandboxProcess process(enableAllArguments());
    {
        TestClient admin = adminClient(process);
        object(admin, u"partnerConsole.justifacts.withdrawPackage"_s,
               {{u"assessmentTypeId"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b04"_s}});
    }
    REQUIRE(process.stop());
    process.restart();
    TestClient admin = adminClient(process);
    // The restart took another port: paste Justifacts' staging base URL again, as an admin would.
    const QJsonObject issued = object(admin, u"partnerConsole.justifacts.issueCredential"_s);
    const QJsonObject justifacts = object(admin, u"integration.info"_s,
                                          {{u"integrationId"_s, u"justifacts"_s}});
    QJsonObject settings = justifacts.value(u"settings"_s).toObject();
    settings.insert(u"baseUrl"_s, issued.value(u"stagingBaseUrl"_s));
    object(admin, u"integration.update"_s, {{u"integrationId"_s, u"justifacts"_s},
                                           {u"version"_s, justifacts.value(u"version"_s)},
                                           {u"settings"_s, settings}});
    const QStringList offered = idsOf(object(admin, u"assessmentType.list"_s,
                                             {{u"integrationId"_s, u"justifacts"_s}})
                                          .value(u"assessmentTypes"_s).toArray());
    CHECK(offered == QStringList{u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b02"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b03"_s});
    // --enable-all on a data directory that has data changes nothing.
    CHECK(versionOf(admin, demoPlan(admin).planId) == 1);
}

TEST_CASE("CLI: --enable-all without --seed demo exits non-zero", "[api][plans][cli]")
{
    QTemporaryDir data;
    const ProcessResult result = SandboxProcess::runToExit(
        {u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, data.path(), u"--enable-all"_s});
    INFO(result.standardError.toStdString());
    REQUIRE(result.finished);
    CHECK(result.exitCode == 1);
    CHECK(result.standardError.contains(u"--enable-all needs --seed demo"_s));
}
