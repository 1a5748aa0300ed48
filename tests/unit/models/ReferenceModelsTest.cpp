// The connection's reference data (ReferenceData, RecordList) and the item models that adapt it
// (StagesModel, ArchiveReasonsModel, JobsModel), against a real sandbox, under
// QAbstractItemModelTester (Fatal).
#include "ModelTestSupport.h"
#include "tests/support/RequestLog.h"

#include "models/core/LoadStatus.h"
#include "models/plans/AllStages.h"
#include "models/plans/StagesModel.h"
#include "models/reference/ArchiveReasonsModel.h"
#include "models/reference/JobsModel.h"
#include "models/reference/ReferenceData.h"

#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"reference-models"_s);
}


bool settled(const ReferenceList *list)
{
    return list->status()->state() == LoadState::Ready
        || list->status()->state() == LoadState::Failed;
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

    ReferenceData reference(&clients.client);
    StagesModel stages(&reference);
    auto tester = fatalTester(&stages);
    QSignalSpy states(&stages, &StagesModel::stateChanged);
    stages.setCurrentStageId(current.value(u"id"_s).toString()); // before the rows arrive
    stages.load(planId);
    CHECK(stages.state() == LoadState::Loading);
    REQUIRE(waitUntil([&] { return stages.state() != LoadState::Loading; }));
    REQUIRE(stages.state() == LoadState::Ready);
    CHECK(states.count() >= 2);

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
        CHECK(stages.rowCount() == 0);
    }

    SECTION("no plan shows nothing and is idle")
    {
        stages.load({});
        CHECK(stages.state() == LoadState::Idle);
        CHECK(stages.rowCount() == 0);
    }
}

TEST_CASE("one fetch of a plan's stages serves every model that shows them",
          "[models][reference]")
{
    SandboxClients clients(sandbox());
    const QJsonArray plans = results(clients.raw, u"interviewPlan.list"_s).toArray();
    REQUIRE(plans.size() >= 2);
    const QString first = plans.at(0)[u"id"_s].toString();
    const QString second = plans.at(1)[u"id"_s].toString();

    ReferenceData reference(&clients.client);
    const RequestLog counter(&clients.client);
    StagesModel a(&reference);
    StagesModel b(&reference);
    StagesModel c(&reference);
    a.load(first);
    b.load(first);
    REQUIRE(waitUntil([&] { return a.state() == LoadState::Ready && b.state() == LoadState::Ready; }));
    c.load(first); // already loaded: no request, rows at once
    CHECK(c.state() == LoadState::Ready);
    CHECK(c.rowCount() == a.rowCount());
    CHECK(counter.sent(u"interviewStage.list"_s) == 1);

    c.load(second);
    REQUIRE(waitUntil([&] { return c.state() == LoadState::Ready; }));
    CHECK(counter.sent(u"interviewStage.list"_s) == 2);
    CHECK(a.rowCount() > 0);

    // A refresh asks again and every model shows the answer.
    QSignalSpy reset(&a, &QAbstractItemModel::modelReset);
    a.reload();
    REQUIRE(waitUntil([&] { return a.state() == LoadState::Ready && reset.count() > 0; }));
    CHECK(counter.sent(u"interviewStage.list"_s) == 3);
    CHECK(b.rowCount() == a.rowCount());
}

TEST_CASE("AllStages collects every active plan's stages from the shared reference data",
          "[models][reference]")
{
    SandboxClients clients(sandbox());
    ReferenceData reference(&clients.client);
    const RequestLog counter(&clients.client);
    QObject context;
    std::optional<Outcome<QList<StageChoice>>> answer;
    AllStages::collect(&reference, &context,
                       [&answer](const Outcome<QList<StageChoice>> &outcome) { answer = outcome; });
    REQUIRE(waitUntil([&] { return answer.has_value(); }));
    REQUIRE(answer->ok());

    const QJsonArray plans = results(clients.raw, u"interviewPlan.list"_s).toArray();
    int expected = 0;
    for (const QJsonValue plan : plans)
        expected += int(results(clients.raw, u"interviewStage.list"_s,
                                {{u"interviewPlanId"_s, plan[u"id"_s].toString()}})
                            .toArray()
                            .size());
    CHECK(answer->value.size() == expected);
    CHECK(answer->value.first().planTitle == plans.first()[u"title"_s].toString());
    CHECK(counter.sent(u"interviewStage.list"_s) == plans.size());

    // A second collection is answered from what is loaded, without a request.
    answer.reset();
    AllStages::collect(&reference, &context,
                       [&answer](const Outcome<QList<StageChoice>> &outcome) { answer = outcome; });
    REQUIRE(answer.has_value());
    CHECK(answer->value.size() == expected);
    CHECK(counter.sent(u"interviewStage.list"_s) == plans.size());
    CHECK(counter.sent(u"interviewPlan.list"_s) == 1);
}

TEST_CASE("ArchiveReasonsModel lists the active archive reasons", "[models][reference]")
{
    SandboxClients clients(sandbox());
    ReferenceData reference(&clients.client);
    ArchiveReasonsModel reasons(reference.archiveReasons());
    auto tester = fatalTester(&reasons);
    reasons.load();
    REQUIRE(waitUntil([&] { return reasons.status()->state() != LoadState::Loading; }));
    REQUIRE(reasons.status()->state() == LoadState::Ready);
    const QJsonArray server = results(clients.raw, u"archiveReason.list"_s).toArray();
    REQUIRE(reasons.rowCount() == server.size());
    CHECK(reasons.rowCount() == 7);
    CHECK(reasons.index(0).data().toString() == server.first().toObject().value(u"text"_s).toString());
    CHECK(reasons.index(0).data(ArchiveReasonsModel::IdRole).toString()
          == server.first().toObject().value(u"id"_s).toString());
    CHECK(reasons.rowOf(server.last().toObject().value(u"id"_s).toString()) == reasons.rowCount() - 1);
    CHECK(reasons.status()->updatedAt().isValid());
}

TEST_CASE("JobsModel shows every job, Draft ones included, and refreshes incrementally",
          "[models][reference]")
{
    SandboxClients clients(sandbox());
    ReferenceData reference(&clients.client);
    const RequestLog counter(&clients.client);
    JobsModel jobs(reference.jobs());
    auto tester = fatalTester(&jobs);
    jobs.load();
    REQUIRE(waitUntil([&] { return jobs.status()->state() != LoadState::Loading; }));
    REQUIRE(jobs.status()->state() == LoadState::Ready);
    CHECK(jobs.rowCount() == 25);
    QStringList statuses;
    for (int row = 0; row < jobs.rowCount(); ++row)
        statuses << jobs.index(row, 0).data(JobsModel::StatusRole).toString();
    CHECK(statuses.contains(u"Draft"_s));
    CHECK(statuses.contains(u"Archived"_s));
    const int draft = int(statuses.indexOf(u"Draft"_s));
    CHECK(jobs.index(draft, JobsModel::TitleColumn).data().toString() == u"UX Researcher"_s);
    CHECK(jobs.index(draft, JobsModel::EmploymentTypeColumn).data().toString() == u"Part time"_s);
    const int fullLoadRequests = counter.sent(u"job.list"_s);
    CHECK(fullLoadRequests == 1);

    // A refresh is one more request (incremental: the first load kept the syncToken).
    QSignalSpy reset(&jobs, &QAbstractItemModel::modelReset);
    jobs.reload();
    REQUIRE(waitUntil([&] { return jobs.status()->state() == LoadState::Ready
                                   && counter.sent(u"job.list"_s) == 2 && reset.count() == 1; }));
    CHECK(jobs.rowCount() == 25);

    // A failure keeps the rows and the reason (a malformed body is not retried).
    requireSuccess(clients.raw.call(u"sandbox.configure"_s,
                                    {{u"failNext"_s, QJsonArray{u"malformedBody"_s}}}));
    jobs.reload();
    REQUIRE(waitUntil([&] { return jobs.status()->state() != LoadState::Loading; }));
    CHECK(jobs.status()->state() == LoadState::Failed);
    CHECK(jobs.status()->lastError().kind() == ApiError::Kind::MalformedBody);
    CHECK(jobs.rowCount() == 25);
}

TEST_CASE("a list none of whose records decode fails, and each list decodes its own type",
          "[models][reference]")
{
    SandboxClients clients(sandbox());
    // Archive reasons have no title: read as jobs, every record fails to decode.
    RecordList<Job> wrong(&clients.client, u"archiveReason.list"_s, {},
                          ReferenceList::Paging::Single);
    wrong.ensureLoaded();
    REQUIRE(waitUntil([&] { return settled(&wrong); }));
    CHECK(wrong.status()->state() == LoadState::Failed);
    CHECK(wrong.status()->lastError().kind() == ApiError::Kind::MalformedBody);
    CHECK(wrong.records().isEmpty());

    // A department list decodes as departments.
    RecordList<Department> departments(&clients.client, u"department.list"_s, {},
                                       ReferenceList::Paging::Paged);
    departments.ensureLoaded();
    REQUIRE(waitUntil([&] { return settled(&departments); }));
    REQUIRE(departments.status()->state() == LoadState::Ready);
    CHECK(departments.records().size()
          == results(clients.raw, u"department.list"_s, {{u"limit"_s, 100}}).toArray().size());
}
