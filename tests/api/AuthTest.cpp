// Authentication, API keys and endpoint permissions.
#include "ApiHelpers.h"

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"auth"_s, SandboxProcess::defaultArguments(20));
}

// Creates a key with these scopes through the API; returns the whole apiKey.create result.
QJsonObject createKey(TestClient &admin, const QString &title, const QStringList &scopes)
{
    return results(admin, u"apiKey.create"_s,
                   {{u"title"_s, title}, {u"scopes"_s, QJsonArray::fromStringList(scopes)}})
        .toObject();
}

} // namespace

TEST_CASE("A request without Authorization gets 401 unauthenticated", "[api][auth]")
{
    TestClient client(sandbox().baseUrl());
    const ApiReply reply = client.postRaw(u"organization.info"_s, "{}", std::nullopt);
    requireError(reply, 401, u"unauthenticated"_s);
    CHECK(reply.header("WWW-Authenticate").startsWith("Basic"));

    SECTION("so does a malformed Authorization header")
    {
        const QByteArray emptyUser = QByteArray("Basic ") + QByteArray(":").toBase64();
        for (const QByteArray &header :
             {QByteArray("Bearer abc"), QByteArray("Basic !!!"), emptyUser}) {
            INFO(header.toStdString());
            requireError(client.postRaw(u"organization.info"_s, "{}", header), 401,
                         u"unauthenticated"_s);
        }
    }
}

TEST_CASE("An unknown API key gets 403 forbidden", "[api][auth]")
{
    TestClient client(sandbox().baseUrl(), u"tsk_not-a-key-of-this-sandbox"_s);
    requireError(client.call(u"organization.info"_s), 403, u"forbidden"_s);
}

TEST_CASE("A revoked API key gets 403 on its next use", "[api][auth]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject created = createKey(admin, u"Soon revoked"_s, {u"organizationRead"_s});
    TestClient client(sandbox().baseUrl(), created.value(u"key"_s).toString());
    requireSuccess(client.call(u"organization.info"_s)); // works, and the key is now cached

    const QJsonObject revoked =
        results(admin, u"apiKey.revoke"_s, {{u"apiKeyId"_s, created.value(u"id"_s)}}).toObject();
    CHECK(revoked.value(u"isRevoked"_s) == QJsonValue(true));
    CHECK_FALSE(revoked.value(u"revokedAt"_s).toString().isEmpty());
    CHECK_FALSE(revoked.contains(u"key"_s));

    requireError(client.call(u"organization.info"_s), 403, u"forbidden"_s);

    SECTION("apiKey.list shows it revoked, and hides it with includeRevoked false")
    {
        const QJsonArray all = results(admin, u"apiKey.list"_s).toArray();
        const QJsonArray match = where(all, u"id"_s, created.value(u"id"_s));
        REQUIRE(match.size() == 1);
        CHECK(match.at(0).toObject().value(u"isRevoked"_s) == QJsonValue(true));
        const QJsonArray active =
            results(admin, u"apiKey.list"_s, {{u"includeRevoked"_s, false}}).toArray();
        CHECK(where(active, u"id"_s, created.value(u"id"_s)).isEmpty());
        CHECK(active.size() < all.size());
    }
    SECTION("revoking again keeps it revoked")
    {
        const QJsonObject again =
            results(admin, u"apiKey.revoke"_s, {{u"apiKeyId"_s, created.value(u"id"_s)}})
                .toObject();
        CHECK(again.value(u"revokedAt"_s) == revoked.value(u"revokedAt"_s));
    }
}

TEST_CASE("A key without a method's permission gets 403 missing_endpoint_permission", "[api][auth]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject created = createKey(admin, u"Reader"_s, {u"candidatesRead"_s});
    TestClient reader(sandbox().baseUrl(), created.value(u"key"_s).toString());

    requireSuccess(reader.call(u"candidate.list"_s, {{u"limit"_s, 1}}));
    const ApiReply denied = reader.call(u"job.list"_s);
    requireError(denied, 403, u"missing_endpoint_permission"_s);
    CHECK(denied.errorMessage().contains(u"jobsRead"_s));
    CHECK(denied.envelope().value(u"errorInfo"_s).toObject().value(u"meta"_s).toObject()
          == QJsonObject{{u"permission"_s, u"jobsRead"_s}});
    requireError(reader.call(u"candidate.create"_s, {{u"name"_s, u"Nope"_s}}), 403,
                 u"missing_endpoint_permission"_s);
    requireError(reader.call(u"sandbox.configure"_s), 403, u"missing_endpoint_permission"_s);
    requireError(reader.call(u"apiKey.list"_s), 403, u"missing_endpoint_permission"_s);
}

TEST_CASE("apiKey.create returns the secret once, no other answer contains it", "[api][auth]")
{
    TestClient admin = adminClient(sandbox());
    const QStringList scopes{u"candidatesRead"_s, u"jobsRead"_s};
    const QJsonObject created = createKey(admin, u"Partner key"_s, scopes);
    const QString secret = created.value(u"key"_s).toString();
    REQUIRE(secret.startsWith(u"tsk_"_s));
    REQUIRE(secret.size() >= 20);
    CHECK(created.value(u"title"_s) == QJsonValue(u"Partner key"_s));
    CHECK(created.value(u"isRevoked"_s) == QJsonValue(false));
    CHECK(created.value(u"scopes"_s).toArray() == QJsonArray::fromStringList(scopes));
    CHECK_FALSE(created.value(u"id"_s).toString().isEmpty());

    const ApiReply list = admin.call(u"apiKey.list"_s);
    requireSuccess(list);
    CHECK(where(list.resultArray(), u"id"_s, created.value(u"id"_s)).size() == 1);
    CHECK_FALSE(list.body.contains(secret.toUtf8()));
    for (const QJsonValue key : list.resultArray())
        CHECK_FALSE(key.toObject().contains(u"key"_s));

    TestClient partner(sandbox().baseUrl(), secret);
    const ApiReply info = partner.call(u"apiKey.info"_s);
    // The key lacks apiKeysRead, so even its own info is denied — and never echoes the secret.
    requireError(info, 403, u"missing_endpoint_permission"_s);
    CHECK_FALSE(info.body.contains(secret.toUtf8()));
    requireSuccess(partner.call(u"job.list"_s, {{u"limit"_s, 1}}));
}

TEST_CASE("apiKey.info describes the calling key", "[api][auth][methods]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject info = results(admin, u"apiKey.info"_s).toObject();
    CHECK(info.value(u"title"_s) == QJsonValue(u"Sandbox admin"_s));
    CHECK(info.value(u"isRevoked"_s) == QJsonValue(false));
    const QJsonArray scopes = info.value(u"scopes"_s).toArray();
    for (const QString &scope : {u"apiKeysWrite"_s, u"candidatesWrite"_s, u"organizationWrite"_s,
                                 u"offersRead"_s, u"interviewsRead"_s})
        CHECK(scopes.contains(QJsonValue(scope)));
    CHECK_FALSE(info.contains(u"key"_s));
    CHECK_FALSE(info.value(u"createdAt"_s).toString().isEmpty());
}

TEST_CASE("apiKey.create rejects bad input and creates nothing", "[api][auth]")
{
    TestClient admin = adminClient(sandbox());
    const qsizetype before = results(admin, u"apiKey.list"_s).toArray().size();

    requireInvalidInput(
        admin.call(u"apiKey.create"_s,
                   {{u"title"_s, u"Bad scope"_s},
                    {u"scopes"_s, QJsonArray{u"candidatesRead"_s, u"rootAccess"_s}}}),
        u"scopes"_s);
    requireInvalidInput(
        admin.call(u"apiKey.create"_s, {{u"title"_s, u"No scopes"_s}, {u"scopes"_s, QJsonArray{}}}),
        u"scopes"_s);
    requireInvalidInput(
        admin.call(u"apiKey.create"_s, {{u"scopes"_s, QJsonArray{u"candidatesRead"_s}}}),
        u"title"_s);

    CHECK(results(admin, u"apiKey.list"_s).toArray().size() == before);
}

TEST_CASE("apiKey.revoke of an unknown id is api_key_not_found", "[api][auth]")
{
    TestClient admin = adminClient(sandbox());
    requireError(admin.call(u"apiKey.revoke"_s,
                            {{u"apiKeyId"_s, u"00000000-0000-4000-8000-000000000000"_s}}),
                 200, u"api_key_not_found"_s);
}

TEST_CASE("A key cannot create a key with permissions it does not hold", "[api][auth]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject manager =
        createKey(admin, u"Key manager"_s, {u"apiKeysWrite"_s, u"apiKeysRead"_s, u"jobsRead"_s});
    TestClient client(sandbox().baseUrl(), manager.value(u"key"_s).toString());
    const qsizetype before = results(admin, u"apiKey.list"_s).toArray().size();

    const ApiReply escalation = client.call(
        u"apiKey.create"_s, {{u"title"_s, u"Escalated"_s},
                             {u"scopes"_s, QJsonArray{u"jobsRead"_s, u"candidatesWrite"_s}}});
    requireError(escalation, 403, u"missing_endpoint_permission"_s);
    CHECK(escalation.errorMessage().contains(u"candidatesWrite"_s));
    CHECK(results(admin, u"apiKey.list"_s).toArray().size() == before);

    // Handing out a subset of its own permissions is fine.
    const QJsonObject subset =
        createKey(client, u"Subset"_s, {u"jobsRead"_s, u"jobsRead"_s});
    CHECK(subset.value(u"scopes"_s).toArray() == QJsonArray{u"jobsRead"_s});
}

TEST_CASE("apiKey.create accepts only the catalog's partners as integrationPartner",
          "[api][auth][partners]")
{
    TestClient admin = adminClient(sandbox());
    const qsizetype before = results(admin, u"apiKey.list"_s).toArray().size();
    const QJsonArray scopes{u"candidatesRead"_s};

    const ApiReply unknown = admin.call(
        u"apiKey.create"_s, {{u"integrationPartner"_s, u"Greenhouse"_s}, {u"scopes"_s, scopes}});
    requireInvalidInput(unknown, u"integrationPartner"_s);
    // The allowed values come from integration.list, not a second list.
    for (const QJsonValue entry : results(admin, u"integration.list"_s).toArray()) {
        const QString id = entry.toObject().value(u"id"_s).toString();
        INFO(unknown.errorMessage().toStdString());
        CHECK(unknown.errorMessage().contains(id));
    }
    CHECK(unknown.errorMessage().contains(u"Greenhouse"_s));
    CHECK(results(admin, u"apiKey.list"_s).toArray().size() == before);

    // An id or a name in any case names the partner as the catalog spells it.
    for (const QString &given : {u"willo"_s, u"WILLO"_s, u" Willo "_s}) {
        const QJsonObject key =
            results(admin, u"apiKey.create"_s,
                    {{u"integrationPartner"_s, given}, {u"scopes"_s, scopes}})
                .toObject();
        CHECK(key.value(u"integrationPartner"_s) == QJsonValue(u"Willo"_s));
        CHECK(key.value(u"title"_s) == QJsonValue(u"Willo"_s));
    }
    // None at all is still fine.
    const QJsonObject plain = results(admin, u"apiKey.create"_s,
                                      {{u"title"_s, u"No partner"_s},
                                       {u"integrationPartner"_s, u""_s},
                                       {u"scopes"_s, scopes}})
                                  .toObject();
    CHECK_FALSE(plain.contains(u"integrationPartner"_s));
}
