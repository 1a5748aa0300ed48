// Incremental sync with syncToken, and the sync limits of sandbox.configure.
#include "ApiHelpers.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"sync"_s, SandboxProcess::defaultArguments(150));
}

// Restores the default sync limits when a test case ends, however it ends.
class SyncPolicyGuard final
{
public:
    explicit SyncPolicyGuard(TestClient &client)
        : m_client(client)
    {
    }
    ~SyncPolicyGuard()
    {
        m_client.call(u"sandbox.configure"_s, {{u"maxIncrementalSyncRecords"_s, 10'000},
                                               {u"syncTokenLifetimeSeconds"_s, 7 * 24 * 3600}});
    }
    SyncPolicyGuard(const SyncPolicyGuard &) = delete;
    SyncPolicyGuard &operator=(const SyncPolicyGuard &) = delete;

private:
    TestClient &m_client;
};

QString fullSyncToken(TestClient &client)
{
    const Walk walk = walkAll(client, u"candidate.list"_s);
    REQUIRE_FALSE(walk.syncToken.isEmpty());
    return walk.syncToken;
}

QJsonObject createCandidate(TestClient &client, const QString &name)
{
    return results(client, u"candidate.create"_s, {{u"name"_s, name}}).toObject();
}

QJsonObject renameCandidate(TestClient &client, const QJsonValue &id, const QString &name)
{
    return results(client, u"candidate.update"_s, {{u"candidateId"_s, id}, {u"name"_s, name}})
        .toObject();
}

QJsonObject configure(TestClient &client, const QJsonObject &body)
{
    return results(client, u"sandbox.configure"_s, body).toObject();
}

} // namespace

TEST_CASE("An incremental sync returns exactly the records changed since the token", "[api][sync]")
{
    TestClient admin = adminClient(sandbox());
    const QString token = fullSyncToken(admin);
    const QJsonArray someCandidates =
        results(admin, u"candidate.list"_s, {{u"limit"_s, 10}}).toArray();
    const QJsonValue updatedId = someCandidates.at(4).toObject().value(u"id"_s);
    renameCandidate(admin, updatedId, u"Renamed During Sync Test"_s);
    const QJsonValue createdId =
        createCandidate(admin, u"Created During Sync Test"_s).value(u"id"_s);

    const Walk changes = walkAll(admin, u"candidate.list"_s, {{u"syncToken"_s, token}});
    CHECK(idSet(changes.records) == QSet<QString>{updatedId.toString(), createdId.toString()});
    CHECK(changes.records.size() == 2);
    CHECK(where(changes.records, u"id"_s, updatedId).at(0).toObject().value(u"name"_s)
          == QJsonValue(u"Renamed During Sync Test"_s));
    REQUIRE_FALSE(changes.syncToken.isEmpty());
    CHECK(changes.syncToken != token);

    SECTION("the new token sees nothing until the next change")
    {
        const Walk nothing =
            walkAll(admin, u"candidate.list"_s, {{u"syncToken"_s, changes.syncToken}});
        CHECK(nothing.records.isEmpty());
        CHECK_FALSE(nothing.syncToken.isEmpty());

        renameCandidate(admin, createdId, u"Renamed Again"_s);
        const Walk again =
            walkAll(admin, u"candidate.list"_s, {{u"syncToken"_s, nothing.syncToken}});
        CHECK(idsOf(again.records) == QStringList{createdId.toString()});
    }
    SECTION("the old token can be used again and sees the same changes")
    {
        const Walk replay = walkAll(admin, u"candidate.list"_s, {{u"syncToken"_s, token}});
        CHECK(idSet(replay.records) == idSet(changes.records));
    }
}

TEST_CASE("An incremental sync pages with cursors like a full one", "[api][sync]")
{
    TestClient admin = adminClient(sandbox());
    const QString token = fullSyncToken(admin);
    QSet<QString> changed;
    for (int i = 0; i < 5; ++i)
        changed << createCandidate(admin, u"Paged Change %1"_s.arg(i)).value(u"id"_s).toString();

    const Walk walk = walkAll(admin, u"candidate.list"_s, {{u"syncToken"_s, token}}, 2);
    CHECK(walk.pages == 3);
    CHECK(idSet(walk.records) == changed);
    CHECK_FALSE(walk.syncToken.isEmpty());
}

TEST_CASE("A record changed during a full sync comes with the next incremental sync", "[api][sync]")
{
    TestClient admin = adminClient(sandbox());
    const ApiReply firstPage = admin.call(u"candidate.list"_s, {{u"limit"_s, 50}});
    requireSuccess(firstPage);
    const QJsonValue earlyId = firstPage.resultArray().at(0).toObject().value(u"id"_s);
    // Changed after the walk passed it: the full sync will not return it again.
    renameCandidate(admin, earlyId, u"Changed Mid Sync"_s);

    QJsonObject body{{u"limit"_s, 50}, {u"cursor"_s, firstPage.envelope().value(u"nextCursor"_s)}};
    const Walk rest = walkAll(admin, u"candidate.list"_s, body, 50);
    CHECK_FALSE(idsOf(rest.records).contains(earlyId.toString()));
    REQUIRE_FALSE(rest.syncToken.isEmpty());

    const Walk next = walkAll(admin, u"candidate.list"_s, {{u"syncToken"_s, rest.syncToken}});
    CHECK(idsOf(next.records).contains(earlyId.toString()));
}

TEST_CASE("A sync token the server cannot read is sync_token_expired", "[api][sync]")
{
    TestClient admin = adminClient(sandbox());
    requireError(admin.call(u"candidate.list"_s, {{u"syncToken"_s, u"garbage"_s}}), 200,
                 u"sync_token_expired"_s);

    QString token = fullSyncToken(admin);
    token[2] = token.at(2) == u'A' ? u'B' : u'A';
    requireError(admin.call(u"candidate.list"_s, {{u"syncToken"_s, token}}), 200,
                 u"sync_token_expired"_s);
}

TEST_CASE("Tokens and cursors of another database are refused", "[api][sync]")
{
    SandboxProcess other(SandboxProcess::defaultArguments(5));
    TestClient otherAdmin = adminClient(other);
    const QString foreignToken = walkAll(otherAdmin, u"candidate.list"_s).syncToken;
    REQUIRE_FALSE(foreignToken.isEmpty());
    const ApiReply firstPage = otherAdmin.call(u"candidate.list"_s, {{u"limit"_s, 2}});
    requireSuccess(firstPage);
    const QJsonValue foreignCursor = firstPage.envelope().value(u"nextCursor"_s);

    TestClient admin = adminClient(sandbox());
    requireError(admin.call(u"candidate.list"_s, {{u"syncToken"_s, foreignToken}}), 200,
                 u"sync_token_expired"_s);
    requireInvalidInput(
        admin.call(u"candidate.list"_s, {{u"limit"_s, 2}, {u"cursor"_s, foreignCursor}}),
        u"cursor"_s);
}

TEST_CASE("A note is a change of the notes, not of the candidate", "[api][sync]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonValue candidateId = createCandidate(admin, u"Noted Person"_s).value(u"id"_s);
    const QString candidates = fullSyncToken(admin);
    const Walk notesBefore =
        walkAll(admin, u"candidate.listNotes"_s, {{u"candidateId"_s, candidateId}});
    REQUIRE_FALSE(notesBefore.syncToken.isEmpty());

    const QJsonValue noteId = results(admin, u"candidate.createNote"_s,
                                      {{u"candidateId"_s, candidateId}, {u"note"_s, u"Hello"_s}})
                                  .toObject()
                                  .value(u"id"_s);

    CHECK(walkAll(admin, u"candidate.list"_s, {{u"syncToken"_s, candidates}}).records.isEmpty());
    const Walk notes =
        walkAll(admin, u"candidate.listNotes"_s,
                {{u"candidateId"_s, candidateId}, {u"syncToken"_s, notesBefore.syncToken}});
    CHECK(idsOf(notes.records) == QStringList{noteId.toString()});
}

TEST_CASE("Only the first page of an incremental sync is checked against the limit",
          "[api][sync]")
{
    TestClient admin = adminClient(sandbox());
    SyncPolicyGuard guard(admin);
    const QString token = fullSyncToken(admin);
    for (int i = 0; i < 3; ++i)
        createCandidate(admin, u"Limit Change %1"_s.arg(i));

    const ApiReply first =
        admin.call(u"candidate.list"_s, {{u"syncToken"_s, token}, {u"limit"_s, 1}});
    requireSuccess(first);
    configure(admin, {{u"maxIncrementalSyncRecords"_s, 1}});
    const Walk rest = walkAll(admin, u"candidate.list"_s,
                              {{u"syncToken"_s, token},
                               {u"cursor"_s, first.envelope().value(u"nextCursor"_s)}},
                              1);
    CHECK(first.resultArray().size() + rest.records.size() == 3);
}

TEST_CASE("Too many changes since the token is incremental_sync_too_large", "[api][sync]")
{
    TestClient admin = adminClient(sandbox());
    SyncPolicyGuard guard(admin);
    const QString token = fullSyncToken(admin);
    CHECK(configure(admin, {{u"maxIncrementalSyncRecords"_s, 1}})
              .value(u"maxIncrementalSyncRecords"_s)
          == QJsonValue(1));
    createCandidate(admin, u"Change One"_s);
    createCandidate(admin, u"Change Two"_s);

    requireError(admin.call(u"candidate.list"_s, {{u"syncToken"_s, token}}), 200,
                 u"incremental_sync_too_large"_s);

    configure(admin, {{u"maxIncrementalSyncRecords"_s, 10'000}});
    CHECK(walkAll(admin, u"candidate.list"_s, {{u"syncToken"_s, token}}).records.size() == 2);
}

TEST_CASE("A token older than syncTokenLifetimeSeconds is sync_token_expired", "[api][sync]")
{
    TestClient admin = adminClient(sandbox());
    SyncPolicyGuard guard(admin);
    const QString token = fullSyncToken(admin);
    QElapsedTimer age;
    age.start();
    CHECK(
        configure(admin, {{u"syncTokenLifetimeSeconds"_s, 0}}).value(u"syncTokenLifetimeSeconds"_s)
        == QJsonValue(0));
    // A lifetime of 0 s expires a token once any time has passed; make sure some has.
    REQUIRE(QTest::qWaitFor([&age] { return age.elapsed() > 5; }));

    requireError(admin.call(u"candidate.list"_s, {{u"syncToken"_s, token}}), 200,
                 u"sync_token_expired"_s);

    configure(admin, {{u"syncTokenLifetimeSeconds"_s, 3600}});
    requireSuccess(admin.call(u"candidate.list"_s, {{u"syncToken"_s, token}}));
}

TEST_CASE("sandbox.configure rejects bad sync limits", "[api][sync]")
{
    TestClient admin = adminClient(sandbox());
    requireInvalidInput(
        admin.call(u"sandbox.configure"_s, {{u"maxIncrementalSyncRecords"_s, u"10"_s}}),
        u"maxIncrementalSyncRecords"_s);
    requireInvalidInput(admin.call(u"sandbox.configure"_s, {{u"syncTokenLifetimeSeconds"_s, 1.5}}),
                        u"syncTokenLifetimeSeconds"_s);
}
