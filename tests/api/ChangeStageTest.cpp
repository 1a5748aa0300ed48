// application.changeStage: status rules, archive reasons, history rows and refusals.
#include "ApiHelpers.h"

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

const QString unknownId = u"00000000-0000-4000-8000-000000000000"_s;

SandboxProcess &sandbox()
{
    return sharedSandbox(u"changestage"_s, SandboxProcess::defaultArguments(200));
}

// An application in `status` that no earlier test case of this process has moved.
QJsonObject takeApplication(TestClient &client, const QString &status = u"Active"_s)
{
    static QSet<QString> used;
    for (const QJsonValue application :
         walkAll(client, u"application.list"_s, {{u"status"_s, status}}).records) {
        const QString id = application.toObject().value(u"id"_s).toString();
        if (!used.contains(id)) {
            used.insert(id);
            return application.toObject();
        }
    }
    FAIL("no unused application with status " << status.toStdString());
    return {};
}

QJsonObject currentStage(const QJsonObject &application)
{
    return application.value(u"currentInterviewStage"_s).toObject();
}

QJsonArray stagesOfPlan(TestClient &client, const QJsonValue &planId)
{
    return results(client, u"interviewStage.list"_s, {{u"interviewPlanId"_s, planId}}).toArray();
}

// The first stage of `type` in the application's plan other than its current one.
QJsonObject stageOfType(TestClient &client, const QJsonObject &application, const QString &type)
{
    const QJsonObject current = currentStage(application);
    for (const QJsonValue stage : stagesOfPlan(client, current.value(u"interviewPlanId"_s))) {
        const QJsonObject object = stage.toObject();
        if (object.value(u"type"_s) == QJsonValue(type)
            && object.value(u"id"_s) != current.value(u"id"_s))
            return object;
    }
    FAIL("the plan has no other stage of type " << type.toStdString());
    return {};
}

QJsonArray historyOf(TestClient &client, const QJsonObject &application)
{
    return walkAll(client, u"application.listHistory"_s,
                   {{u"applicationId"_s, application.value(u"id"_s)}})
        .records;
}

QJsonObject infoOf(TestClient &client, const QJsonObject &application)
{
    return results(client, u"application.info"_s,
                   {{u"applicationId"_s, application.value(u"id"_s)}})
        .toObject();
}

ApiReply changeStage(TestClient &client, const QJsonObject &application, const QJsonObject &stage,
                     QJsonObject extra = {})
{
    extra.insert(u"applicationId"_s, application.value(u"id"_s));
    extra.insert(u"interviewStageId"_s, stage.value(u"id"_s));
    return client.call(u"application.changeStage"_s, extra);
}

QString archiveReason(TestClient &client, bool archived)
{
    const QJsonArray reasons =
        where(results(client, u"archiveReason.list"_s, {{u"includeArchived"_s, true}}).toArray(),
              u"isArchived"_s, archived);
    REQUIRE_FALSE(reasons.isEmpty());
    return reasons.at(0).toObject().value(u"id"_s).toString();
}

} // namespace

TEST_CASE("changeStage moves an application and appends a history row", "[api][changestage]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject application = takeApplication(admin);
    const QJsonArray before = historyOf(admin, application);
    REQUIRE_FALSE(before.isEmpty());
    const QJsonObject target = stageOfType(admin, application, u"Active"_s);
    const QString syncToken = walkAll(admin, u"application.list"_s).syncToken;

    const ApiReply reply = changeStage(admin, application, target);
    requireSuccess(reply);
    const QJsonObject moved = reply.resultObject();
    CHECK(currentStage(moved).value(u"id"_s) == target.value(u"id"_s));
    CHECK(moved.value(u"status"_s) == QJsonValue(u"Active"_s));
    CHECK(moved.value(u"updatedAt"_s) != application.value(u"updatedAt"_s));

    const QJsonArray after = historyOf(admin, application);
    REQUIRE(after.size() == before.size() + 1);
    const QJsonObject previous = after.at(before.size() - 1).toObject();
    const QJsonObject added = after.last().toObject();
    CHECK(added.value(u"stageId"_s) == target.value(u"id"_s));
    CHECK(added.value(u"title"_s) == target.value(u"title"_s));
    CHECK_FALSE(added.contains(u"leftStageAt"_s));
    CHECK_FALSE(added.contains(u"actorId"_s)); // rows written through the API have no actor
    CHECK(added.value(u"stageNumber"_s).toInteger()
          == previous.value(u"stageNumber"_s).toInteger() + 1);
    CHECK(previous.value(u"leftStageAt"_s) == added.value(u"enteredStageAt"_s));
    CHECK(previous.value(u"stageId"_s) == currentStage(application).value(u"id"_s));
    for (qsizetype i = 0; i + 1 < before.size(); ++i)
        CHECK(after.at(i) == before.at(i));

    const QJsonObject info = infoOf(admin, application);
    CHECK(currentStage(info).value(u"id"_s) == target.value(u"id"_s));
    CHECK(info.value(u"applicationHistory"_s).toArray() == after);

    // The move is a change of the application for incremental sync.
    const Walk changes = walkAll(admin, u"application.list"_s, {{u"syncToken"_s, syncToken}});
    CHECK(idsOf(changes.records) == QStringList{application.value(u"id"_s).toString()});

    SECTION("moving to the current stage again changes nothing")
    {
        const ApiReply again = changeStage(admin, application, target);
        requireSuccess(again);
        CHECK(again.resultObject().value(u"updatedAt"_s) == moved.value(u"updatedAt"_s));
        CHECK(historyOf(admin, application) == after);
    }
}

TEST_CASE("changeStage to Hired and Lead stages sets the matching status", "[api][changestage]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject application = takeApplication(admin);

    const ApiReply hired =
        changeStage(admin, application, stageOfType(admin, application, u"Hired"_s));
    requireSuccess(hired);
    CHECK(hired.resultObject().value(u"status"_s) == QJsonValue(u"Hired"_s));
    CHECK(infoOf(admin, application).value(u"status"_s) == QJsonValue(u"Hired"_s));

    const ApiReply lead =
        changeStage(admin, application, stageOfType(admin, application, u"Lead"_s));
    requireSuccess(lead);
    CHECK(lead.resultObject().value(u"status"_s) == QJsonValue(u"Lead"_s));

    // The status column follows too: the application.list status filter finds it.
    const QJsonArray leads =
        walkAll(admin, u"application.list"_s, {{u"status"_s, u"Lead"_s}}).records;
    CHECK(idsOf(leads).contains(application.value(u"id"_s).toString()));
}

TEST_CASE("Archiving needs a valid, active archive reason", "[api][changestage]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject application = takeApplication(admin);
    const QJsonObject archivedStage = stageOfType(admin, application, u"Archived"_s);
    const QJsonObject before = infoOf(admin, application);

    SECTION("without archiveReasonId")
    {
        requireInvalidInput(changeStage(admin, application, archivedStage), u"archiveReasonId"_s);
        CHECK(infoOf(admin, application) == before);
    }
    SECTION("with an unknown reason")
    {
        requireError(
            changeStage(admin, application, archivedStage, {{u"archiveReasonId"_s, unknownId}}),
            200, u"archive_reason_not_found"_s);
        CHECK(infoOf(admin, application) == before);
    }
    SECTION("with an archived reason")
    {
        requireError(changeStage(admin, application, archivedStage,
                                 {{u"archiveReasonId"_s, archiveReason(admin, true)}}),
                     200, u"archive_reason_not_found"_s);
        CHECK(infoOf(admin, application) == before);
    }
}

TEST_CASE("Archiving with a reason sets status Archived and the reason", "[api][changestage]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject application = takeApplication(admin);
    const QString reasonId = archiveReason(admin, false);

    const ApiReply reply =
        changeStage(admin, application, stageOfType(admin, application, u"Archived"_s),
                    {{u"archiveReasonId"_s, reasonId}});
    requireSuccess(reply);
    const QJsonObject archived = reply.resultObject();
    CHECK(archived.value(u"status"_s) == QJsonValue(u"Archived"_s));
    const QJsonObject reason = archived.value(u"archiveReason"_s).toObject();
    CHECK(reason.value(u"id"_s) == QJsonValue(reasonId));
    CHECK_FALSE(reason.value(u"text"_s).toString().isEmpty());
    CHECK(reason.value(u"isArchived"_s) == QJsonValue(false));
    CHECK_FALSE(archived.value(u"archivedAt"_s).toString().isEmpty());
    CHECK(infoOf(admin, application).value(u"archiveReason"_s)
          == archived.value(u"archiveReason"_s));

    SECTION("moving it back to an active stage clears the reason")
    {
        const ApiReply revived =
            changeStage(admin, application, stageOfType(admin, application, u"Active"_s));
        requireSuccess(revived);
        CHECK(revived.resultObject().value(u"status"_s) == QJsonValue(u"Active"_s));
        CHECK_FALSE(revived.resultObject().contains(u"archiveReason"_s));
        CHECK_FALSE(revived.resultObject().contains(u"archivedAt"_s));
    }
}

TEST_CASE("changeStage refusals leave the application unchanged", "[api][changestage]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject application = takeApplication(admin);
    const QJsonObject before = infoOf(admin, application);
    const QJsonObject activeStage = stageOfType(admin, application, u"Active"_s);

    SECTION("an archive reason for a stage that is not Archived")
    {
        requireInvalidInput(changeStage(admin, application, activeStage,
                                        {{u"archiveReasonId"_s, archiveReason(admin, false)}}),
                            u"archiveReasonId"_s);
    }
    SECTION("an unknown application")
    {
        requireError(changeStage(admin, {{u"id"_s, unknownId}}, activeStage), 200,
                     u"application_not_found"_s);
    }
    SECTION("an unknown stage")
    {
        requireError(changeStage(admin, application, {{u"id"_s, unknownId}}), 200,
                     u"interview_stage_not_found"_s);
    }
    SECTION("a stage of another interview plan")
    {
        const QJsonValue ownPlan = currentStage(application).value(u"interviewPlanId"_s);
        QJsonObject foreign;
        for (const QJsonValue plan :
             walkAll(admin, u"interviewPlan.list"_s, {{u"includeArchived"_s, true}}).records) {
            if (plan.toObject().value(u"id"_s) != ownPlan) {
                foreign = stagesOfPlan(admin, plan.toObject().value(u"id"_s)).at(1).toObject();
                break;
            }
        }
        REQUIRE_FALSE(foreign.isEmpty());
        requireError(changeStage(admin, application, foreign), 200, u"interview_stage_not_found"_s);
    }
    SECTION("missing fields")
    {
        requireInvalidInput(admin.call(u"application.changeStage"_s,
                                       {{u"applicationId"_s, application.value(u"id"_s)}}),
                            u"interviewStageId"_s);
        requireInvalidInput(admin.call(u"application.changeStage"_s,
                                       {{u"interviewStageId"_s, activeStage.value(u"id"_s)}}),
                            u"applicationId"_s);
    }
    CHECK(infoOf(admin, application) == before);
}
