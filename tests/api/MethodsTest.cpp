// Happy paths of the read methods for the organisation, jobs, interview plans and metadata.
#include "ApiHelpers.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"methods"_s, SandboxProcess::defaultArguments(100));
}

QStringList valuesOf(const QJsonArray &records, const QString &field)
{
    QStringList values;
    for (const QJsonValue record : records)
        values << record.toObject().value(field).toString();
    return values;
}

} // namespace

TEST_CASE("organization.info names the demo organisation", "[api][methods]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject organization = results(admin, u"organization.info"_s).toObject();
    CHECK(organization.value(u"name"_s) == QJsonValue(u"Northwind Robotics"_s));
    CHECK(organization.value(u"plan"_s) == QJsonValue(u"Plus"_s));
    CHECK(organization.value(u"isSandbox"_s) == QJsonValue(true));
    CHECK_FALSE(organization.value(u"id"_s).toString().isEmpty());

    // counts are totals of the stored records, Draft jobs included.
    const QJsonObject counts = organization.value(u"counts"_s).toObject();
    CHECK(counts.value(u"candidates"_s).toInteger()
          == walkAll(admin, u"candidate.list"_s).records.size());
    CHECK(counts.value(u"applications"_s).toInteger()
          == walkAll(admin, u"application.list"_s).records.size());
    const QJsonArray allStatuses{u"Draft"_s, u"Open"_s, u"Closed"_s, u"Archived"_s};
    CHECK(counts.value(u"jobs"_s).toInteger()
          == walkAll(admin, u"job.list"_s, {{u"status"_s, allStatuses}}).records.size());
}

TEST_CASE("job.list leaves out drafts unless asked for them", "[api][methods][jobs]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonArray listed = walkAll(admin, u"job.list"_s).records;
    const QStringList statuses = valuesOf(listed, u"status"_s);
    CHECK_FALSE(statuses.contains(u"Draft"_s));
    CHECK(statuses.contains(u"Open"_s));
    CHECK(statuses.contains(u"Closed"_s));
    for (const QString &status : statuses)
        CHECK(QStringList{u"Open"_s, u"Closed"_s, u"Archived"_s}.contains(status));

    const QJsonArray drafts =
        walkAll(admin, u"job.list"_s, {{u"status"_s, QJsonArray{u"Draft"_s}}}).records;
    REQUIRE_FALSE(drafts.isEmpty());
    for (const QString &status : valuesOf(drafts, u"status"_s))
        CHECK(status == u"Draft"_s);

    const QJsonArray everything =
        walkAll(admin, u"job.list"_s,
                {{u"status"_s, QJsonArray{u"Draft"_s, u"Open"_s, u"Closed"_s, u"Archived"_s}}})
            .records;
    CHECK(everything.size() == listed.size() + drafts.size());
    CHECK(idSet(everything) == (idSet(listed) | idSet(drafts)));

    requireInvalidInput(admin.call(u"job.list"_s, {{u"status"_s, QJsonArray{u"Paused"_s}}}),
                        u"status"_s);
}

TEST_CASE("job.info returns the job of job.list", "[api][methods][jobs]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonArray jobs = results(admin, u"job.list"_s, {{u"limit"_s, 5}}).toArray();
    REQUIRE_FALSE(jobs.isEmpty());
    const QJsonObject listed = jobs.at(0).toObject();
    const QJsonObject job =
        results(admin, u"job.info"_s, {{u"id"_s, listed.value(u"id"_s)}}).toObject();
    CHECK(job == listed);
    CHECK_FALSE(job.value(u"title"_s).toString().isEmpty());
    CHECK_FALSE(job.value(u"defaultInterviewPlanId"_s).toString().isEmpty());
    CHECK(valuesOf(job.value(u"hiringTeam"_s).toArray(), u"role"_s).contains(u"Recruiter"_s));
    CHECK_FALSE(job.contains(u"baseSalary"_s)); // seed bookkeeping stays internal

    requireError(admin.call(u"job.info"_s, {{u"id"_s, u"00000000-0000-4000-8000-000000000000"_s}}),
                 200, u"job_not_found"_s);
}

TEST_CASE("interviewPlan.list hides archived plans unless asked", "[api][methods][plans]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonArray active = walkAll(admin, u"interviewPlan.list"_s).records;
    REQUIRE_FALSE(active.isEmpty());
    for (const QJsonValue plan : active)
        CHECK(plan.toObject().value(u"isArchived"_s) == QJsonValue(false));

    const QJsonArray all =
        walkAll(admin, u"interviewPlan.list"_s, {{u"includeArchived"_s, true}}).records;
    const QJsonArray archived = where(all, u"isArchived"_s, true);
    CHECK(archived.size() >= 1);
    CHECK(all.size() == active.size() + archived.size());
}

TEST_CASE("jobInterviewPlan.info lists the job's stages in order with activities",
          "[api][methods][plans]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject job =
        results(admin, u"job.list"_s, {{u"limit"_s, 1}}).toArray().at(0).toObject();
    const QJsonObject plan =
        results(admin, u"jobInterviewPlan.info"_s, {{u"jobId"_s, job.value(u"id"_s)}}).toObject();
    CHECK(plan.value(u"jobId"_s) == job.value(u"id"_s));
    CHECK(plan.value(u"interviewPlanId"_s) == job.value(u"defaultInterviewPlanId"_s));
    const QJsonArray stages = plan.value(u"stages"_s).toArray();
    REQUIRE(stages.size() >= 4);
    bool someActivities = false;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const QJsonObject stage = stages.at(i).toObject();
        CHECK(stage.value(u"orderInInterviewPlan"_s).toInteger() == i);
        REQUIRE(stage.value(u"activities"_s).isArray());
        someActivities |= !stage.value(u"activities"_s).toArray().isEmpty();
    }
    CHECK(someActivities);

    requireError(admin.call(u"jobInterviewPlan.info"_s,
                            {{u"jobId"_s, u"00000000-0000-4000-8000-000000000000"_s}}),
                 200, u"job_not_found"_s);
}

TEST_CASE("interviewStage.list and .info describe a plan's stages", "[api][methods][plans]")
{
    TestClient admin = adminClient(sandbox());
    const QString planId =
        walkAll(admin, u"interviewPlan.list"_s).records.at(0).toObject().value(u"id"_s).toString();
    const QJsonArray stages =
        results(admin, u"interviewStage.list"_s, {{u"interviewPlanId"_s, planId}}).toArray();
    REQUIRE(stages.size() >= 4);
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const QJsonObject stage = stages.at(i).toObject();
        INFO("stage " << i);
        CHECK(stage.value(u"orderInInterviewPlan"_s).toInteger() == i);
        CHECK(stage.value(u"interviewPlanId"_s) == QJsonValue(planId));
        CHECK_FALSE(stage.contains(u"activities"_s));
    }
    // Every demo plan ends with its Offer, Hired and Archived stages.
    const QStringList types = valuesOf(stages, u"type"_s);
    CHECK(types.mid(types.size() - 3) == QStringList{u"Offer"_s, u"Hired"_s, u"Archived"_s});
    CHECK(types.first() == u"Lead"_s);

    const QJsonObject listed = stages.at(2).toObject();
    const QJsonObject info =
        results(admin, u"interviewStage.info"_s, {{u"interviewStageId"_s, listed.value(u"id"_s)}})
            .toObject();
    CHECK(info == listed);

    requireError(admin.call(u"interviewStage.list"_s,
                            {{u"interviewPlanId"_s, u"00000000-0000-4000-8000-000000000000"_s}}),
                 200, u"interview_plan_not_found"_s);
    requireError(admin.call(u"interviewStage.info"_s,
                            {{u"interviewStageId"_s, u"00000000-0000-4000-8000-000000000000"_s}}),
                 200, u"interview_stage_not_found"_s);
}

TEST_CASE("interviewStageGroup.list has the eight groups in pipeline order",
          "[api][methods][plans]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonArray groups = results(admin, u"interviewStageGroup.list"_s).toArray();
    CHECK(valuesOf(groups, u"title"_s)
          == QStringList{u"Lead"_s, u"Application Review"_s, u"Phone Screen"_s, u"Onsite"_s,
                         u"Background Check"_s, u"Offer"_s, u"Hired"_s, u"Archived"_s});
    CHECK(valuesOf(groups, u"stageType"_s)
          == QStringList{u"Lead"_s, u"PreInterviewScreen"_s, u"Active"_s, u"Active"_s, u"Active"_s,
                         u"Offer"_s, u"Hired"_s, u"Archived"_s});
    for (qsizetype i = 0; i < groups.size(); ++i)
        CHECK(groups.at(i).toObject().value(u"order"_s).toInteger() == i);
}

TEST_CASE("department.list and .info", "[api][methods][metadata]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonArray active = walkAll(admin, u"department.list"_s).records;
    const QStringList names = valuesOf(active, u"name"_s);
    CHECK(names.contains(u"Engineering"_s));
    CHECK(names.contains(u"Sales"_s));
    CHECK(where(active, u"isArchived"_s, true).isEmpty());

    const QJsonArray all =
        walkAll(admin, u"department.list"_s, {{u"includeArchived"_s, true}}).records;
    const QJsonArray archived = where(all, u"isArchived"_s, true);
    REQUIRE(archived.size() == all.size() - active.size());
    CHECK(valuesOf(archived, u"name"_s).contains(u"Hardware Lab"_s));

    const QJsonObject engineering = where(active, u"name"_s, u"Engineering"_s).at(0).toObject();
    CHECK(results(admin, u"department.info"_s, {{u"departmentId"_s, engineering.value(u"id"_s)}})
              .toObject()
          == engineering);
    requireError(admin.call(u"department.info"_s,
                            {{u"departmentId"_s, u"00000000-0000-4000-8000-000000000000"_s}}),
                 200, u"department_not_found"_s);
}

TEST_CASE("user.list and .info", "[api][methods][metadata]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonArray users = walkAll(admin, u"user.list"_s).records;
    REQUIRE(users.size() >= 5);
    static const QRegularExpression email(u"^[a-z]+\\.[a-z]+@northwind\\.example$"_s);
    for (const QJsonValue user : users) {
        const QJsonObject object = user.toObject();
        CHECK(email.match(object.value(u"email"_s).toString()).hasMatch());
        CHECK(object.value(u"isEnabled"_s) == QJsonValue(true));
        CHECK_FALSE(object.value(u"firstName"_s).toString().isEmpty());
        CHECK_FALSE(object.value(u"globalRole"_s).toString().isEmpty());
    }
    const QJsonObject first = users.at(0).toObject();
    CHECK(results(admin, u"user.info"_s, {{u"userId"_s, first.value(u"id"_s)}}).toObject()
          == first);
    requireError(
        admin.call(u"user.info"_s, {{u"userId"_s, u"00000000-0000-4000-8000-000000000000"_s}}), 200,
        u"user_not_found"_s);
}

TEST_CASE("customField.list hides archived fields unless asked", "[api][methods][metadata]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonArray active = walkAll(admin, u"customField.list"_s).records;
    REQUIRE_FALSE(active.isEmpty());
    CHECK(where(active, u"isArchived"_s, true).isEmpty());
    const QJsonArray selects = where(active, u"fieldType"_s, u"ValueSelect"_s);
    REQUIRE_FALSE(selects.isEmpty());
    CHECK_FALSE(selects.at(0).toObject().value(u"selectableValues"_s).toArray().isEmpty());
    CHECK_FALSE(where(active, u"objectType"_s, u"Offer"_s).isEmpty());

    const QJsonArray all =
        walkAll(admin, u"customField.list"_s, {{u"includeArchived"_s, true}}).records;
    const QJsonArray archived = where(all, u"isArchived"_s, true);
    CHECK(archived.size() >= 1);
    CHECK(all.size() == active.size() + archived.size());
}

TEST_CASE("archiveReason.list hides archived reasons unless asked", "[api][methods][metadata]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonArray active = results(admin, u"archiveReason.list"_s).toArray();
    REQUIRE(active.size() >= 3);
    for (const QJsonValue reason : active) {
        const QJsonObject object = reason.toObject();
        CHECK(object.value(u"isArchived"_s) == QJsonValue(false));
        CHECK_FALSE(object.value(u"text"_s).toString().isEmpty());
        CHECK(QStringList{u"RejectedByOrg"_s, u"RejectedByCandidate"_s, u"Other"_s}.contains(
            object.value(u"reasonType"_s).toString()));
    }
    const QJsonArray all =
        results(admin, u"archiveReason.list"_s, {{u"includeArchived"_s, true}}).toArray();
    CHECK(where(all, u"isArchived"_s, true).size() >= 1);
    CHECK(all.size() > active.size());
}
