// Cursor pagination: limits, cursors, and the last page's syncToken.
#include "ApiHelpers.h"

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

constexpr int poolSize = 1500;

SandboxProcess &sandbox()
{
    return sharedSandbox(u"pagination"_s, SandboxProcess::defaultArguments(poolSize));
}

QString firstCursor(TestClient &client, const QJsonObject &body)
{
    const ApiReply reply = client.call(u"candidate.list"_s, body);
    requireSuccess(reply);
    const QString cursor = reply.envelope().value(u"nextCursor"_s).toString();
    REQUIRE_FALSE(cursor.isEmpty());
    return cursor;
}

} // namespace

TEST_CASE("Walking candidate.list 100 at a time returns every candidate once", "[api][pagination]")
{
    TestClient admin = adminClient(sandbox());
    const Walk walk = walkAll(admin, u"candidate.list"_s, {}, 100);
    CHECK(walk.pages == poolSize / 100);
    CHECK(walk.records.size() == poolSize);
    CHECK(idSet(walk.records).size() == poolSize);
    CHECK_FALSE(walk.syncToken.isEmpty());

    SECTION("a second walk returns the same order")
    {
        CHECK(idsOf(walkAll(admin, u"candidate.list"_s, {}, 100).records) == idsOf(walk.records));
    }
    SECTION("pages of another size cover the same records")
    {
        const Walk odd = walkAll(admin, u"candidate.list"_s, {}, 97);
        CHECK(odd.pages == (poolSize + 96) / 97);
        CHECK(idsOf(odd.records) == idsOf(walk.records));
    }
}

TEST_CASE("Without a limit a page holds 100 records", "[api][pagination]")
{
    TestClient admin = adminClient(sandbox());
    const ApiReply reply = admin.call(u"candidate.list"_s);
    requireSuccess(reply);
    CHECK(reply.resultArray().size() == 100);
    CHECK(reply.envelope().value(u"moreDataAvailable"_s) == QJsonValue(true));
}

TEST_CASE("A limit outside 1..100 or not an integer is invalid_input", "[api][pagination]")
{
    TestClient admin = adminClient(sandbox());
    for (const QJsonValue &limit : {QJsonValue(0), QJsonValue(101), QJsonValue(-1), QJsonValue(2.5),
                                    QJsonValue(u"x"_s), QJsonValue(u"10"_s), QJsonValue(true)}) {
        INFO("limit " << Catch::StringMaker<QJsonValue>::convert(limit));
        requireInvalidInput(admin.call(u"candidate.list"_s, {{u"limit"_s, limit}}), u"limit"_s);
    }
    CHECK(results(admin, u"candidate.list"_s, {{u"limit"_s, 1}}).toArray().size() == 1);
    // A JSON number without a fraction is an integer, however it is written.
    const ApiReply tenPointZero =
        admin.postRaw(u"candidate.list"_s, R"({"limit":10.0})", admin.authorization());
    CHECK(requireSuccess(tenPointZero).resultArray().size() == 10);
    CHECK(results(admin, u"candidate.list"_s, {{u"limit"_s, 100}}).toArray().size() == 100);
}

TEST_CASE("A cursor only continues the query it came from", "[api][pagination]")
{
    TestClient admin = adminClient(sandbox());
    const QString cursor = firstCursor(admin, {{u"limit"_s, 10}});

    SECTION("the same query with another limit may continue")
    {
        const QJsonArray next =
            results(admin, u"candidate.list"_s, {{u"limit"_s, 5}, {u"cursor"_s, cursor}}).toArray();
        const QJsonArray expected =
            results(admin, u"candidate.list"_s, {{u"limit"_s, 15}}).toArray();
        CHECK(idsOf(next) == idsOf(expected).mid(10, 5));
    }
    SECTION("a different filter is refused")
    {
        requireInvalidInput(
            admin.call(u"candidate.list"_s,
                       {{u"limit"_s, 10}, {u"cursor"_s, cursor}, {u"createdAfter"_s, 0}}),
            u"cursor"_s);
    }
    SECTION("another method is refused")
    {
        requireInvalidInput(admin.call(u"application.list"_s, {{u"cursor"_s, cursor}}),
                            u"cursor"_s);
    }
    SECTION("a tampered cursor is refused")
    {
        QString tampered = cursor;
        const qsizetype middle = tampered.indexOf(u'.') / 2;
        tampered[middle] = tampered.at(middle) == u'A' ? u'B' : u'A';
        requireInvalidInput(admin.call(u"candidate.list"_s, {{u"cursor"_s, tampered}}),
                            u"cursor"_s);
        requireInvalidInput(admin.call(u"candidate.list"_s, {{u"cursor"_s, u"not-a-cursor"_s}}),
                            u"cursor"_s);
        requireInvalidInput(
            admin.call(u"candidate.list"_s, {{u"cursor"_s, QString(cursor + u'x')}}), u"cursor"_s);
    }
}

TEST_CASE("Filtered lists paginate within the filter", "[api][pagination]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonArray all = walkAll(admin, u"application.list"_s).records;
    const Walk archived = walkAll(admin, u"application.list"_s, {{u"status"_s, u"Archived"_s}}, 25);
    REQUIRE(archived.records.size() > 25);
    CHECK(archived.pages == (archived.records.size() + 24) / 25);
    CHECK(where(archived.records, u"status"_s, u"Archived"_s).size() == archived.records.size());
    CHECK(archived.records == where(all, u"status"_s, u"Archived"_s));
}

TEST_CASE("Methods without incremental sync refuse a syncToken", "[api][pagination][sync]")
{
    TestClient admin = adminClient(sandbox());
    const QString token = walkAll(admin, u"job.list"_s).syncToken;
    REQUIRE_FALSE(token.isEmpty());
    const QString applicationId = results(admin, u"application.list"_s, {{u"limit"_s, 1}})
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(u"id"_s)
                                      .toString();
    requireInvalidInput(admin.call(u"application.listHistory"_s,
                                   {{u"applicationId"_s, applicationId}, {u"syncToken"_s, token}}));
}
