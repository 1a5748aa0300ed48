// PagedFetch and CandidateDirectory: full and incremental sync into the model.
#include "ClientFixture.h"

#include "models/api/PagedFetch.h"
#include "models/api/SyncTokenStore.h"
#include "models/candidates/CandidateDirectory.h"
#include "models/candidates/CandidateFilterModel.h"
#include "models/candidates/CandidatesModel.h"

#include <QAbstractItemModelTester>
#include <QSet>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

constexpr int poolSize = 250;

SandboxProcess &sandbox()
{
    return sharedSandbox(u"paging"_s, SandboxProcess::defaultArguments(poolSize));
}

struct FetchRun
{
    QSet<QString> ids;
    int pages = 0;
    int restarts = 0;
    QString token;
    ApiError error;
    bool done = false;
};

FetchRun fetchAll(ApiClient *client, const QString &token)
{
    FetchRun run;
    QObject context;
    auto *fetch = new PagedFetch(client, u"candidate.list"_s, {}, token, &context);
    QObject::connect(fetch, &PagedFetch::pageReceived, &context, [&run](const QJsonArray &page) {
        ++run.pages;
        for (const QJsonValue candidate : page)
            run.ids.insert(candidate.toObject().value(u"id"_s).toString());
    });
    QObject::connect(fetch, &PagedFetch::restartedAsFullSync, &context, [&run] {
        ++run.restarts;
        run.ids.clear();
    });
    QObject::connect(fetch, &PagedFetch::finished, &context, [&run](const QString &next) {
        run.token = next;
        run.done = true;
    });
    QObject::connect(fetch, &PagedFetch::failed, &context, [&run](const ApiError &error) {
        run.error = error;
        run.done = true;
    });
    fetch->start();
    REQUIRE(QTest::qWaitFor([&run] { return run.done; }, 30'000));
    return run;
}

} // namespace

TEST_CASE("a full fetch walks every page once and ends with a sync token", "[client][paging]")
{
    ClientFixture fixture(sandbox());
    const FetchRun run = fetchAll(fixture.client.get(), {});
    REQUIRE_FALSE(run.error.isError());
    CHECK(run.ids.size() >= poolSize);
    CHECK(run.pages == (run.ids.size() + PagedFetch::pageSize - 1) / PagedFetch::pageSize);
    CHECK_FALSE(run.token.isEmpty());
}

TEST_CASE("an incremental fetch returns only what changed since the token", "[client][paging]")
{
    ClientFixture fixture(sandbox());
    const FetchRun full = fetchAll(fixture.client.get(), {});
    REQUIRE_FALSE(full.token.isEmpty());
    const QString changedId = *full.ids.cbegin();
    REQUIRE(fixture.admin.call(u"candidate.update"_s, {{u"candidateId"_s, changedId},
                                                       {u"position"_s, u"Staff Engineer"_s}})
                .isSuccess());
    const FetchRun delta = fetchAll(fixture.client.get(), full.token);
    REQUIRE_FALSE(delta.error.isError());
    CHECK(delta.ids == QSet<QString>{changedId});
    CHECK(delta.restarts == 0);
    CHECK_FALSE(delta.token.isEmpty());
    CHECK(delta.token != full.token);
}

TEST_CASE("a refused sync token restarts the fetch as a full sync", "[client][paging]")
{
    ClientFixture fixture(sandbox());
    const FetchRun run = fetchAll(fixture.client.get(), u"not-a-token-this-server-issued"_s);
    REQUIRE_FALSE(run.error.isError());
    CHECK(run.restarts == 1);
    CHECK(run.ids.size() >= poolSize);
}

TEST_CASE("CandidateDirectory fills the model with candidates, stages and jobs", "[client][paging]")
{
    ClientFixture fixture(sandbox());
    MemorySyncTokenStore tokens;
    CandidateDirectory directory(fixture.client.get(), &tokens);
    QAbstractItemModelTester tester(directory.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CandidateFilterModel filter;
    filter.setSourceModel(directory.model());
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);

    directory.sync();
    REQUIRE(QTest::qWaitFor([&directory] {
        return directory.state() == CandidateDirectory::State::Ready
            || directory.state() == CandidateDirectory::State::Failed;
    }, 30'000));
    REQUIRE(directory.state() == CandidateDirectory::State::Ready);
    CandidatesModel *model = directory.model();
    CHECK(model->rowCount() >= poolSize);
    int withStage = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        if (!model->index(row, CandidatesModel::StageColumn).data().toString().isEmpty()
            && !model->index(row, CandidatesModel::JobColumn).data().toString().isEmpty())
            ++withStage;
    CHECK(withStage == model->rowCount()); // every seeded candidate has an application
    CHECK_FALSE(tokens.syncToken(u"candidates"_s).isEmpty());
    CHECK_FALSE(tokens.syncToken(u"applications"_s).isEmpty());

    const QString name = model->index(3, CandidatesModel::NameColumn).data().toString();
    filter.setFilterText(name.toUpper());
    CHECK(filter.rowCount() >= 1);
    CHECK(filter.rowCount() < model->rowCount());

    // An incremental sync updates the row in place.
    const QString id = model->index(3, 0).data(CandidatesModel::IdRole).toString();
    REQUIRE(fixture.admin.call(u"candidate.update"_s, {{u"candidateId"_s, id},
                                                       {u"name"_s, u"Renamed Person"_s}})
                .isSuccess());
    const int rowsBefore = model->rowCount();
    directory.sync();
    REQUIRE(QTest::qWaitFor([&directory] {
        return directory.state() == CandidateDirectory::State::Ready;
    }, 30'000));
    CHECK(model->rowCount() == rowsBefore);
    CHECK(model->index(model->rowOf(id), CandidatesModel::NameColumn).data() == u"Renamed Person"_s);
}
