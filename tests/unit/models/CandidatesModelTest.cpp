// CandidatesModel and CandidateFilterModel fed with pages of JSON built here, under
// QAbstractItemModelTester (Fatal): pages, incremental updates, bad records, applications.
#include "ModelTestSupport.h"

#include "models/candidates/CandidateFilterModel.h"
#include "models/candidates/CandidatesModel.h"

#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

QJsonObject candidate(const QString &id, const QString &name, const QString &email,
                      const QString &updatedAt = u"2026-03-01T10:00:00.000Z"_s)
{
    return {{u"id"_s, id},
            {u"name"_s, name},
            {u"primaryEmailAddress"_s,
             QJsonObject{{u"value"_s, email}, {u"type"_s, u"Personal"_s}, {u"isPrimary"_s, true}}},
            {u"applicationIds"_s, QJsonArray{QString(u"app-"_s + id)}},
            {u"createdAt"_s, u"2026-01-05T09:00:00.000Z"_s},
            {u"updatedAt"_s, updatedAt},
            {u"unknownField"_s, u"ignored"_s}};
}

QJsonObject application(const QString &id, const QString &candidateId, const QString &job,
                        const QString &stage, const QString &type, const QString &updatedAt)
{
    return {{u"id"_s, id},
            {u"status"_s, u"Active"_s},
            {u"candidate"_s, QJsonObject{{u"id"_s, candidateId}}},
            {u"job"_s, QJsonObject{{u"id"_s, QString(u"job-"_s + job)}, {u"title"_s, job}}},
            {u"currentInterviewStage"_s,
             QJsonObject{{u"id"_s, QString(u"stage-"_s + stage)}, {u"title"_s, stage}, {u"type"_s, type},
                         {u"orderInInterviewPlan"_s, 2}}},
            {u"createdAt"_s, u"2026-01-06T09:00:00.000Z"_s},
            {u"updatedAt"_s, updatedAt}};
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

QJsonArray firstPages()
{
    return {candidate(u"c1"_s, u"Ada Lovelace"_s, u"ada@example.org"_s),
            candidate(u"c2"_s, u"Grace Hopper"_s, u"grace@navy.example"_s),
            candidate(u"c3"_s, u"Alan Turing"_s, u"alan@example.org"_s)};
}

} // namespace

TEST_CASE("CandidatesModel appends pages and updates existing rows in place", "[models][candidates]")
{
    CandidatesModel model;
    auto tester = fatalTester(&model);
    CandidateFilterModel filter;
    filter.setSourceModel(&model);
    auto filterTester = fatalTester(&filter);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    REQUIRE(model.mergeCandidates(firstPages()) == 0);
    REQUIRE(model.mergeCandidates({candidate(u"c4"_s, u"Katherine Johnson"_s, u"kj@nasa.example"_s),
                                   candidate(u"c5"_s, u"Edsger Dijkstra"_s, u"ewd@example.nl"_s)})
            == 0);
    REQUIRE(model.rowCount() == 5);
    CHECK(inserted.count() == 2);
    CHECK(changed.isEmpty());
    CHECK(cell(model, 0, CandidatesModel::NameColumn) == u"Ada Lovelace"_s);
    CHECK(cell(model, 4, CandidatesModel::EmailColumn) == u"ewd@example.nl"_s);
    CHECK(model.index(1, 0).data(CandidatesModel::IdRole).toString() == u"c2"_s);
    CHECK(model.rowOf(u"c4"_s) == 3);
    CHECK(filter.rowCount() == 5);

    SECTION("an incremental page changes known rows and appends new ones")
    {
        inserted.clear();
        const QJsonArray incremental{
            candidate(u"c2"_s, u"Grace Brewster Hopper"_s, u"grace@navy.example"_s,
                      u"2026-11-23T06:23:37.290Z"_s),
            candidate(u"c6"_s, u"Barbara Liskov"_s, u"liskov@mit.example"_s)};
        REQUIRE(model.mergeCandidates(incremental) == 0);
        CHECK(model.rowCount() == 6);
        CHECK(inserted.count() == 1);
        REQUIRE(changed.count() == 1);
        const auto topLeft = changed.first().at(0).value<QModelIndex>();
        const auto bottomRight = changed.first().at(1).value<QModelIndex>();
        CHECK(topLeft.row() == 1);
        CHECK(bottomRight.row() == 1);
        CHECK(cell(model, 1, CandidatesModel::NameColumn) == u"Grace Brewster Hopper"_s);
        CHECK(model.index(1, 0).data(CandidatesModel::UpdatedAtRole).toDateTime()
              == QDateTime(QDate(2026, 11, 23), QTime(6, 23, 37, 290), Qt::UTC));
        CHECK(model.rowOf(u"c2"_s) == 1);

        filter.setFilterText(u"brewster"_s); // the search key follows the update
        CHECK(filter.rowCount() == 1);
    }

    SECTION("a record with a wrong field type is skipped and counted")
    {
        QJsonObject broken = candidate(u"c7"_s, u"ignored"_s, u"x@example.org"_s);
        broken.insert(u"name"_s, 42);
        QJsonObject brokenEmail = candidate(u"c8"_s, u"Bad Email"_s, u"x@example.org"_s);
        brokenEmail.insert(u"primaryEmailAddress"_s, u"not an object"_s);
        const QJsonArray page{broken, candidate(u"c9"_s, u"Radia Perlman"_s, u"radia@example.org"_s),
                              brokenEmail, QJsonValue(u"not even an object"_s)};
        CHECK(model.mergeCandidates(page) == 3);
        CHECK(model.rowCount() == 6);
        CHECK(model.rowOf(u"c7"_s) == -1);
        CHECK(model.rowOf(u"c8"_s) == -1);
        CHECK(model.rowOf(u"c9"_s) == 5);
        CHECK_FALSE(model.lastDecodeError().isEmpty());
    }

    SECTION("applications fill the stage and job columns with the latest application")
    {
        const QJsonArray page{
            application(u"a1"_s, u"c1"_s, u"Backend Engineer"_s, u"Recruiter Screen"_s,
                        u"Active"_s, u"2026-05-01T00:00:00.000Z"_s),
            application(u"a2"_s, u"c1"_s, u"Data Engineer"_s, u"Offer"_s, u"Offer"_s,
                        u"2026-06-01T00:00:00.000Z"_s),
            application(u"a3"_s, u"c1"_s, u"Old Job"_s, u"Archived"_s, u"Archived"_s,
                        u"2026-02-01T00:00:00.000Z"_s), // older: does not win
            application(u"a4"_s, u"unknown"_s, u"Nobody's Job"_s, u"Lead"_s, u"Lead"_s,
                        u"2026-02-01T00:00:00.000Z"_s), // no such candidate: ignored
            QJsonObject{{u"id"_s, u"a5"_s}, {u"status"_s, 7}}};
        changed.clear();
        CHECK(model.mergeApplications(page) == 1);
        CHECK(cell(model, 0, CandidatesModel::StageColumn) == u"Offer"_s);
        CHECK(cell(model, 0, CandidatesModel::JobColumn) == u"Data Engineer"_s);
        CHECK(model.index(0, 0).data(CandidatesModel::StageTypeRole).toString() == u"Offer"_s);
        CHECK(cell(model, 1, CandidatesModel::StageColumn).isEmpty());
        CHECK_FALSE(changed.isEmpty());

        // A later move of the older application makes it the one the list shows.
        CHECK(model.mergeApplications({application(u"a3"_s, u"c1"_s, u"Old Job"_s,
                                                   u"Hired"_s, u"Hired"_s,
                                                   u"2026-11-01T00:00:00.000Z"_s)})
              == 0);
        CHECK(cell(model, 0, CandidatesModel::StageColumn) == u"Hired"_s);
        CHECK(cell(model, 0, CandidatesModel::JobColumn) == u"Old Job"_s);
    }

    SECTION("the filter matches name or email, ignoring case and outer spaces")
    {
        filter.setFilterText(u"  ADA "_s);
        CHECK(filter.rowCount() == 1);
        filter.setFilterText(u"example.org"_s);
        CHECK(filter.rowCount() == 2);
        filter.setFilterText(u"nobody"_s);
        CHECK(filter.rowCount() == 0);
        // Rows merged while a filter is set are filtered as they arrive.
        model.mergeCandidates({candidate(u"c10"_s, u"Nobody Special"_s, u"n@example.com"_s)});
        CHECK(filter.rowCount() == 1);
        filter.setFilterText({});
        CHECK(filter.rowCount() == 6);

        filter.sort(CandidatesModel::NameColumn, Qt::AscendingOrder);
        CHECK(cell(filter, 0, CandidatesModel::NameColumn) == u"Ada Lovelace"_s);
        CHECK(cell(filter, 5, CandidatesModel::NameColumn) == u"Nobody Special"_s);
    }

    SECTION("clear empties the model and later pages start again")
    {
        model.clear();
        CHECK(model.rowCount() == 0);
        CHECK(filter.rowCount() == 0);
        CHECK(model.candidate(u"c1"_s) == nullptr);
        model.mergeCandidates(firstPages());
        CHECK(model.rowCount() == 3);
        CHECK(model.candidate(u"c3"_s)->name == u"Alan Turing"_s);
    }
}

TEST_CASE("a page that renames a row into the filter and adds a match keeps the proxy consistent",
          "[models][candidates][filter]")
{
    for (const int sortColumn : {-1, int(CandidatesModel::NameColumn)}) {
        CAPTURE(sortColumn);
        CandidatesModel model;
        auto tester = fatalTester(&model);
        CandidateFilterModel filter;
        filter.setSourceModel(&model);
        auto filterTester = fatalTester(&filter);
        REQUIRE(model.mergeCandidates({candidate(u"j1"_s, u"Jon Smyth"_s, u"jon@example.org"_s),
                                       candidate(u"b1"_s, u"Bea Smith"_s, u"bea@example.org"_s)})
                == 0);
        filter.sort(sortColumn);
        filter.setFilterText(u"smith"_s);
        REQUIRE(filter.rowCount() == 1);

        // One incremental batch: Jon becomes a Smith and Ann Smith is new.
        REQUIRE(model.mergeCandidates({candidate(u"j1"_s, u"Jon Smith"_s, u"jon@example.org"_s),
                                       candidate(u"a1"_s, u"Ann Smith"_s, u"ann@example.org"_s)})
                == 0);
        CHECK(model.rowCount() == 3);
        REQUIRE(filter.rowCount() == 3);
        QStringList shown;
        for (int row = 0; row < filter.rowCount(); ++row) {
            const QModelIndex source = filter.mapToSource(filter.index(row, 0));
            REQUIRE(source.isValid());
            CHECK(filter.mapFromSource(source).row() == row);
            shown << source.data().toString();
        }
        shown.sort();
        CHECK(shown == QStringList{u"Ann Smith"_s, u"Bea Smith"_s, u"Jon Smith"_s});
    }
}

TEST_CASE("a record repeated within one page becomes one row with its last version",
          "[models][candidates]")
{
    CandidatesModel model;
    auto tester = fatalTester(&model);
    REQUIRE(model.mergeCandidates({candidate(u"d1"_s, u"First Version"_s, u"d@example.org"_s),
                                   candidate(u"d1"_s, u"Second Version"_s, u"d@example.org"_s)})
            == 0);
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(model, 0, CandidatesModel::NameColumn) == u"Second Version"_s);
    CHECK(model.rowOf(u"d1"_s) == 0);
    CandidateFilterModel filter;
    filter.setSourceModel(&model);
    filter.setFilterText(u"second"_s);
    CHECK(filter.rowCount() == 1);
}

TEST_CASE("the filter keeps following its source after the source is reset", "[models][filter]")
{
    auto model = std::make_unique<CandidatesModel>();
    CandidateFilterModel filter;
    filter.setSourceModel(model.get());
    model->mergeCandidates(firstPages());
    model->clear();
    model->mergeCandidates(firstPages());
    CHECK(filter.rowCount() == 3);
    model.reset();
    CHECK(filter.sourceModel() == nullptr); // QAbstractProxyModel's own tracking still works
    CHECK(filter.rowCount() == 0);
    filter.setFilterText(u"ada"_s); // nothing left to filter, nothing to crash on
    CHECK(filter.rowCount() == 0);
}

namespace {

// Source rows whose lower-case "name email" contains `text`, as the filter should show them.
QStringList expectedNames(const CandidatesModel &model, const QString &text)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString key = (cell(model, row, CandidatesModel::NameColumn) + u' '
                             + cell(model, row, CandidatesModel::EmailColumn))
                                .toLower();
        if (key.contains(text))
            names << cell(model, row, CandidatesModel::NameColumn);
    }
    return names;
}

QStringList shownNames(const CandidateFilterModel &filter)
{
    QStringList names;
    for (int row = 0; row < filter.rowCount(); ++row)
        names << cell(filter, row, CandidatesModel::NameColumn);
    return names;
}

} // namespace

TEST_CASE("typing and backspacing in the filter always shows exactly the matching rows",
          "[models][filter]")
{
    CandidatesModel model;
    REQUIRE(model.mergeCandidates(firstPages()) == 0);
    REQUIRE(model.mergeCandidates({candidate(u"c4"_s, u"Alma Gale"_s, u"alma@example.org"_s),
                                   candidate(u"c5"_s, u"Greta Garbo"_s, u"greta@film.example"_s)})
            == 0);
    CandidateFilterModel filter;
    filter.setSourceModel(&model);
    auto filterTester = fatalTester(&filter);

    const auto check = [&](const QString &text) {
        filter.setFilterText(text);
        INFO("filter text: " << text.toStdString());
        CHECK(shownNames(filter) == expectedNames(model, text.toLower()));
    };
    for (const QString &text : {u"a"_s, u"al"_s, u"ala"_s, u"al"_s, u"a"_s, u""_s, u"g"_s,
                                u"gr"_s, u"gra"_s, u"g"_s, u"ga"_s, u"gal"_s, u"ga"_s, u""_s})
        check(text);

    SECTION("rows that arrive while a longer text is shown appear after a backspace")
    {
        check(u"g"_s);
        check(u"ga"_s);
        check(u"gal"_s);
        REQUIRE(model.mergeCandidates({candidate(u"c6"_s, u"Gary Gable"_s, u"gary@example.org"_s)})
                == 0);
        check(u"ga"_s); // "Gary Gable" matches "ga" though it did not match "gal"
        check(u"g"_s);
        check(u""_s);
    }
    SECTION("a rename while narrowed is seen by the shorter text")
    {
        check(u"al"_s);
        check(u"ala"_s);
        const QString id = u"c5"_s;
        REQUIRE(model.mergeCandidates({candidate(id, u"Greta Alamo"_s, u"greta@film.example"_s,
                                                 u"2026-03-02T10:00:00.000Z"_s)})
                == 0);
        check(u"al"_s);
        check(u""_s);
    }
    SECTION("sorting in between keeps the backspaced rows in the new order")
    {
        check(u"a"_s);
        check(u"al"_s);
        filter.sort(CandidatesModel::NameColumn, Qt::DescendingOrder);
        filter.setFilterText(u"a"_s);
        QStringList expected = expectedNames(model, u"a"_s);
        std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) > 0;
        });
        CHECK(shownNames(filter) == expected);
    }
}
