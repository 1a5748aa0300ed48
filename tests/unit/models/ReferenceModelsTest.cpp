// StagesModel, ArchiveReasonsModel and JobsModel loading from a real sandbox, under
// QAbstractItemModelTester (Fatal).
#include "ModelTestSupport.h"

#include "models/plans/StagesModel.h"
#include "models/reference/ArchiveReasonsModel.h"
#include "models/reference/JobsModel.h"

#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"reference-models"_s);
}

} // namespace

TEST_CASE("StagesModel lists a plan's stages in order and disables the current one",
          "[models][reference]")
{
    SandboxClients clients(sandbox());
    const QJsonObject application = firstResult(clients.raw, u"application.list"_s,
                                                {{u"status"_s, u"Active"_s}, {u"limit"_s, 1}});
    const QJsonObject current = application.value(u"currentInterviewStage"_s).toObject();
    const QString planId = current.value(u"interviewPlanId"_s).toString();

    StagesModel stages(&clients.client);
    auto tester = fatalTester(&stages);
    QSignalSpy states(&stages, &StagesModel::stateChanged);
    stages.setCurrentStageId(current.value(u"id"_s).toString()); // before the rows arrive
    stages.load(planId);
    CHECK(stages.state() == LoadState::Loading);
    REQUIRE(waitUntil([&] { return stages.state() != LoadState::Loading; }));
    REQUIRE(stages.state() == LoadState::Ready);
    CHECK(states.count() == 2);

    const QJsonArray server = results(clients.raw, u"interviewStage.list"_s,
                                      {{u"interviewPlanId"_s, planId}}).toArray();
    REQUIRE(stages.rowCount() == server.size());
    for (int row = 0; row < stages.rowCount(); ++row) {
        CHECK(stages.index(row, 0).data(StagesModel::OrderRole).toInt() == row);
        if (row > 0)
            CHECK(stages.stage(row - 1)->order < stages.stage(row)->order);
    }
    CHECK(stages.index(stages.rowCount() - 1, 0).data(StagesModel::TypeRole).toString() == u"Archived"_s);
    CHECK(stages.index(stages.rowCount() - 1, StagesModel::TypeColumn).data().toString() == u"Archived"_s);
    CHECK(stages.index(1, StagesModel::TypeColumn).data().toString() == u"Pre-interview screen"_s);

    const int currentRow = stages.rowOf(current.value(u"id"_s).toString());
    REQUIRE(currentRow >= 0);
    CHECK_FALSE(stages.flags(stages.index(currentRow, 0)).testFlag(Qt::ItemIsEnabled));
    CHECK(stages.index(currentRow, 0).data().toString().contains(u"current"_s));
    const int other = currentRow == 0 ? 1 : 0;
    CHECK(stages.flags(stages.index(other, 0)).testFlag(Qt::ItemIsEnabled));
    stages.setCurrentStageId(stages.stage(other)->id);
    CHECK(stages.flags(stages.index(currentRow, 0)).testFlag(Qt::ItemIsEnabled));
    CHECK_FALSE(stages.flags(stages.index(other, 0)).testFlag(Qt::ItemIsEnabled));

    SECTION("an unknown plan fails with the server's reason")
    {
        stages.load(u"00000000-0000-4000-8000-000000000000"_s);
        REQUIRE(waitUntil([&] { return stages.state() != LoadState::Loading; }));
        CHECK(stages.state() == LoadState::Failed);
        CHECK(stages.lastError().code() == u"interview_plan_not_found"_s);
    }

    SECTION("records that do not decode are skipped and counted")
    {
        const QJsonArray page{QJsonObject{{u"id"_s, u"s2"_s}, {u"title"_s, u"Second"_s},
                                          {u"orderInInterviewPlan"_s, 2}},
                              QJsonObject{{u"id"_s, u"s1"_s}, {u"title"_s, u"First"_s},
                                          {u"orderInInterviewPlan"_s, 1}},
                              QJsonObject{{u"id"_s, u"bad"_s}, {u"title"_s, false}}};
        CHECK(stages.setStages(page) == 1);
        REQUIRE(stages.rowCount() == 2);
        CHECK(stages.stage(0)->title == u"First"_s);
        CHECK_FALSE(stages.lastDecodeError().isEmpty());
    }
}

TEST_CASE("ArchiveReasonsModel lists the active archive reasons", "[models][reference]")
{
    SandboxClients clients(sandbox());
    ArchiveReasonsModel reasons(&clients.client);
    auto tester = fatalTester(&reasons);
    reasons.load();
    REQUIRE(waitUntil([&] { return reasons.state() != LoadState::Loading; }));
    REQUIRE(reasons.state() == LoadState::Ready);
    const QJsonArray server = results(clients.raw, u"archiveReason.list"_s).toArray();
    REQUIRE(reasons.rowCount() == server.size());
    CHECK(reasons.rowCount() == 7);
    CHECK(reasons.index(0).data().toString() == server.first().toObject().value(u"text"_s).toString());
    CHECK(reasons.index(0).data(ArchiveReasonsModel::IdRole).toString()
          == server.first().toObject().value(u"id"_s).toString());
    CHECK(reasons.rowOf(server.last().toObject().value(u"id"_s).toString()) == reasons.rowCount() - 1);
}

TEST_CASE("JobsModel loads every page of jobs, Draft ones included", "[models][reference]")
{
    SandboxClients clients(sandbox());
    JobsModel jobs(&clients.client);
    auto tester = fatalTester(&jobs);
    QSignalSpy inserted(&jobs, &QAbstractItemModel::rowsInserted);
    jobs.load();
    REQUIRE(waitUntil([&] { return jobs.state() != LoadState::Loading; }));
    REQUIRE(jobs.state() == LoadState::Ready);
    CHECK(jobs.rowCount() == 25);
    CHECK(inserted.count() >= 1);
    QStringList statuses;
    for (int row = 0; row < jobs.rowCount(); ++row)
        statuses << jobs.index(row, 0).data(JobsModel::StatusRole).toString();
    CHECK(statuses.contains(u"Draft"_s));
    CHECK(statuses.contains(u"Archived"_s));
    const int draft = int(statuses.indexOf(u"Draft"_s));
    CHECK(jobs.index(draft, JobsModel::TitleColumn).data().toString() == u"UX Researcher"_s);
    CHECK(jobs.index(draft, JobsModel::EmploymentTypeColumn).data().toString() == u"Part time"_s);

    // Loading again starts from scratch; a failure keeps the reason (a malformed body is not
    // retried).
    requireSuccess(clients.raw.call(u"sandbox.configure"_s,
                                    {{u"failNext"_s, QJsonArray{u"malformedBody"_s}}}));
    jobs.load();
    CHECK(jobs.rowCount() == 0);
    REQUIRE(waitUntil([&] { return jobs.state() != LoadState::Loading; }));
    CHECK(jobs.state() == LoadState::Failed);
    CHECK(jobs.lastError().kind() == ApiError::Kind::MalformedBody);
}
