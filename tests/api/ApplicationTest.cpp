// application.list (filters), application.info and application.listHistory.
#include "ApiHelpers.h"

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"applications"_s, SandboxProcess::defaultArguments(200));
}

QJsonArray applicationsWith(TestClient &client, const QJsonObject &filter)
{
    return walkAll(client, u"application.list"_s, filter).records;
}

} // namespace

TEST_CASE("application.list filters by status", "[api][applications]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonArray all = applicationsWith(admin, {});
    REQUIRE(all.size() >= 200); // every candidate has one or two applications

    qsizetype total = 0;
    for (const QString &status : {u"Active"_s, u"Lead"_s, u"Hired"_s, u"Archived"_s}) {
        INFO(status.toStdString());
        const QJsonArray some = applicationsWith(admin, {{u"status"_s, status}});
        CHECK_FALSE(some.isEmpty());
        CHECK(where(some, u"status"_s, status).size() == some.size());
        CHECK(some.size() == where(all, u"status"_s, status).size());
        total += some.size();
    }
    CHECK(total == all.size());

    requireInvalidInput(admin.call(u"application.list"_s, {{u"status"_s, u"Pending"_s}}),
                        u"status"_s);
}

TEST_CASE("application.list filters by job", "[api][applications]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject first =
        results(admin, u"application.list"_s, {{u"limit"_s, 1}}).toArray().at(0).toObject();
    const QJsonValue jobId = first.value(u"job"_s).toObject().value(u"id"_s);
    REQUIRE_FALSE(jobId.toString().isEmpty());

    const QJsonArray forJob = applicationsWith(admin, {{u"jobId"_s, jobId}});
    REQUIRE_FALSE(forJob.isEmpty());
    CHECK(idsOf(forJob).contains(first.value(u"id"_s).toString()));
    for (const QJsonValue application : forJob)
        CHECK(application.toObject().value(u"job"_s).toObject().value(u"id"_s) == jobId);
    CHECK(forJob.size() < applicationsWith(admin, {}).size());

    CHECK(applicationsWith(admin, {{u"jobId"_s, u"00000000-0000-4000-8000-000000000000"_s}})
              .isEmpty());
}

TEST_CASE("application.info includes the candidate, job, stage and history", "[api][applications]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonArray active =
        results(admin, u"application.list"_s, {{u"status"_s, u"Active"_s}, {u"limit"_s, 20}})
            .toArray();
    REQUIRE_FALSE(active.isEmpty());
    const QJsonObject listed = active.last().toObject();
    const QString id = listed.value(u"id"_s).toString();

    const QJsonObject info =
        results(admin, u"application.info"_s, {{u"applicationId"_s, id}}).toObject();
    CHECK(info.value(u"status"_s) == QJsonValue(u"Active"_s));
    CHECK(info.value(u"candidate"_s) == listed.value(u"candidate"_s));
    CHECK(info.value(u"job"_s) == listed.value(u"job"_s));
    CHECK_FALSE(info.value(u"candidate"_s).toObject().value(u"name"_s).toString().isEmpty());
    const QJsonObject stage = info.value(u"currentInterviewStage"_s).toObject();
    REQUIRE_FALSE(stage.value(u"id"_s).toString().isEmpty());

    const QJsonArray history = info.value(u"applicationHistory"_s).toArray();
    REQUIRE_FALSE(history.isEmpty());
    for (qsizetype i = 0; i < history.size(); ++i) {
        const QJsonObject row = history.at(i).toObject();
        INFO("history row " << i);
        CHECK(row.value(u"stageNumber"_s).toInteger() == i);
        CHECK_FALSE(row.value(u"enteredStageAt"_s).toString().isEmpty());
        CHECK(row.contains(u"leftStageAt"_s) == (i + 1 < history.size()));
    }
    CHECK(history.last().toObject().value(u"stageId"_s) == stage.value(u"id"_s));

    // The candidate's record points back to this application.
    const QJsonObject candidate =
        results(admin, u"candidate.info"_s,
                {{u"id"_s, info.value(u"candidate"_s).toObject().value(u"id"_s)}})
            .toObject();
    CHECK(candidate.value(u"applicationIds"_s).toArray().contains(QJsonValue(id)));

    SECTION("listHistory pages through the same rows")
    {
        const Walk walk =
            walkAll(admin, u"application.listHistory"_s, {{u"applicationId"_s, id}}, 1);
        CHECK(walk.records == history);
        CHECK(walk.pages == history.size());
        CHECK(walk.syncToken.isEmpty()); // history has no incremental sync
    }
    SECTION("unknown ids")
    {
        requireError(admin.call(u"application.info"_s,
                                {{u"applicationId"_s, u"00000000-0000-4000-8000-000000000000"_s}}),
                     200, u"application_not_found"_s);
        requireError(admin.call(u"application.listHistory"_s,
                                {{u"applicationId"_s, u"00000000-0000-4000-8000-000000000000"_s}}),
                     200, u"application_not_found"_s);
    }
}
