// The integration catalog with per-organisation state (integration.* extension methods).
#include "ApiHelpers.h"

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

// Each sandbox serves test cases that do not disturb each other's integrations.
SandboxProcess &plusSandbox()
{
    return sharedSandbox(u"integrations"_s, SandboxProcess::defaultArguments(20));
}

SandboxProcess &untouchedSandbox()
{
    return sharedSandbox(u"integrations-list"_s, SandboxProcess::defaultArguments(20));
}

SandboxProcess &foundationsSandbox()
{
    return sharedSandbox(u"integrations-foundations"_s,
                         {u"--seed"_s, u"demo"_s, u"--candidates"_s, u"20"_s, u"--plan"_s,
                          u"Foundations"_s});
}

QJsonObject byId(const QJsonArray &integrations, const QString &id)
{
    const QJsonArray matching = where(integrations, u"id"_s, id);
    REQUIRE(matching.size() == 1);
    return matching.first().toObject();
}

QJsonObject info(TestClient &client, const QString &id)
{
    return results(client, u"integration.info"_s, {{u"integrationId"_s, id}}).toObject();
}

} // namespace

TEST_CASE("integration.list returns the whole catalog merged with its state", "[api][integrations]")
{
    TestClient admin = adminClient(untouchedSandbox());
    const ApiReply reply = requireSuccess(admin.call(u"integration.list"_s));
    CHECK(reply.envelope().value(u"moreDataAvailable"_s) == QJsonValue(false));
    const QJsonArray integrations = reply.resultArray();
    CHECK(idsOf(integrations)
          == QStringList{u"juro"_s, u"willo"_s, u"humaans"_s, u"sora"_s, u"justifacts"_s});
    for (const QJsonValue value : integrations) {
        const QJsonObject integration = value.toObject();
        INFO(integration.value(u"id"_s).toString().toStdString());
        // The demo organisation is on Plus, which includes all five.
        CHECK(integration.value(u"state"_s) == QJsonValue(u"available"_s));
        CHECK_FALSE(integration.contains(u"stateReason"_s));
        CHECK(integration.value(u"version"_s) == QJsonValue(0));
        CHECK(integration.value(u"settings"_s) == QJsonValue(QJsonObject{}));
        CHECK_FALSE(integration.value(u"name"_s).toString().isEmpty());
        CHECK_FALSE(integration.value(u"category"_s).toString().isEmpty());
        CHECK_FALSE(integration.value(u"description"_s).toString().isEmpty());
        CHECK_FALSE(integration.value(u"setupKind"_s).toString().isEmpty());
        CHECK_FALSE(integration.value(u"setupSteps"_s).toArray().isEmpty());
        CHECK_FALSE(integration.value(u"scopes"_s).toArray().isEmpty());
        CHECK(integration.value(u"availableInPlans"_s).toArray().contains(QJsonValue(u"Plus"_s)));
    }
    const QJsonObject juro = byId(integrations, u"juro"_s);
    CHECK(juro.value(u"availableInPlans"_s).toArray()
          == QJsonArray{u"Legacy Plus"_s, u"Plus"_s, u"Enterprise"_s});
    CHECK(juro.value(u"setupKind"_s) == QJsonValue(u"apiKeyAndPartnerWebhook"_s));
    const QJsonObject humaans = byId(integrations, u"humaans"_s);
    CHECK(humaans.value(u"scopes"_s).toArray()
          == QJsonArray{u"candidatesRead"_s, u"jobsRead"_s, u"hiringProcessMetadataRead"_s,
                        u"organizationRead"_s, u"offersRead"_s});
    CHECK(byId(integrations, u"sora"_s).value(u"availableInPlans"_s).toArray().size() == 4);
    CHECK(byId(integrations, u"justifacts"_s).value(u"setupKind"_s)
          == QJsonValue(u"assessmentPartner"_s));
    CHECK(info(admin, u"willo"_s) == byId(integrations, u"willo"_s));
}

TEST_CASE("On Foundations, Juro is not in the plan and cannot be enabled",
          "[api][integrations]")
{
    TestClient admin = adminClient(foundationsSandbox());
    const QJsonArray integrations = results(admin, u"integration.list"_s).toArray();
    const QJsonObject juro = byId(integrations, u"juro"_s);
    CHECK(juro.value(u"state"_s) == QJsonValue(u"not_in_plan"_s));
    CHECK(juro.value(u"stateReason"_s)
          == QJsonValue(u"Juro is included in the Legacy Plus, Plus and Enterprise plans."_s));
    CHECK(byId(integrations, u"sora"_s).value(u"state"_s) == QJsonValue(u"available"_s));
    CHECK(byId(integrations, u"willo"_s).value(u"state"_s) == QJsonValue(u"available"_s));

    const ApiReply refused = admin.call(u"integration.enable"_s, {{u"integrationId"_s, u"juro"_s}});
    requireError(refused, 200, u"integration_not_in_plan"_s);
    CHECK(refused.errorMessage().contains(u"Plus and Enterprise"_s));
    requireError(admin.call(u"integration.update"_s,
                            {{u"integrationId"_s, u"juro"_s},
                             {u"version"_s, 0},
                             {u"settings"_s, QJsonObject{}}}),
                 200, u"integration_not_in_plan"_s);
    CHECK(info(admin, u"juro"_s).value(u"state"_s) == QJsonValue(u"not_in_plan"_s));

    // An integration in every plan still works.
    CHECK(results(admin, u"integration.enable"_s, {{u"integrationId"_s, u"justifacts"_s}})
              .toObject()
              .value(u"state"_s)
          == QJsonValue(u"enabled"_s));
}

TEST_CASE("enable, update and disable round-trip with increasing versions", "[api][integrations]")
{
    TestClient admin = adminClient(plusSandbox());
    const QJsonObject settings{{u"syncNewHires"_s, true}, {u"department"_s, u"Engineering"_s}};
    const QJsonObject enabled =
        results(admin, u"integration.enable"_s,
                {{u"integrationId"_s, u"humaans"_s}, {u"settings"_s, settings}})
            .toObject();
    CHECK(enabled.value(u"state"_s) == QJsonValue(u"enabled"_s));
    CHECK(enabled.value(u"settings"_s) == QJsonValue(settings));
    const qint64 v1 = enabled.value(u"version"_s).toInteger();
    CHECK(v1 >= 1);
    CHECK_FALSE(enabled.value(u"updatedAt"_s).toString().isEmpty());
    CHECK(info(admin, u"humaans"_s) == enabled);

    const QJsonObject changed{{u"syncNewHires"_s, false}};
    const QJsonObject updated = results(admin, u"integration.update"_s,
                                        {{u"integrationId"_s, u"humaans"_s},
                                         {u"version"_s, v1},
                                         {u"settings"_s, changed}})
                                    .toObject();
    CHECK(updated.value(u"state"_s) == QJsonValue(u"enabled"_s));
    CHECK(updated.value(u"settings"_s) == QJsonValue(changed));
    CHECK(updated.value(u"version"_s).toInteger() == v1 + 1);

    const QJsonObject disabled =
        results(admin, u"integration.disable"_s, {{u"integrationId"_s, u"humaans"_s}}).toObject();
    CHECK(disabled.value(u"state"_s) == QJsonValue(u"available"_s));
    CHECK(disabled.value(u"version"_s).toInteger() == v1 + 2);
    CHECK(disabled.value(u"settings"_s) == QJsonValue(changed)); // kept for the next enable
    const QJsonArray listed = results(admin, u"integration.list"_s).toArray();
    CHECK(byId(listed, u"humaans"_s) == disabled);
}

TEST_CASE("A stale version gets version_conflict, so two admins never overwrite each other",
          "[api][integrations]")
{
    TestClient admin = adminClient(plusSandbox());
    const qint64 version =
        results(admin, u"integration.enable"_s, {{u"integrationId"_s, u"willo"_s}})
            .toObject()
            .value(u"version"_s)
            .toInteger();
    const QJsonObject first{{u"region"_s, u"eu"_s}};
    requireSuccess(admin.call(u"integration.update"_s, {{u"integrationId"_s, u"willo"_s},
                                                        {u"version"_s, version},
                                                        {u"settings"_s, first}}));
    const ApiReply stale = admin.call(u"integration.update"_s,
                                      {{u"integrationId"_s, u"willo"_s},
                                       {u"version"_s, version},
                                       {u"settings"_s, QJsonObject{{u"region"_s, u"us"_s}}}});
    requireError(stale, 200, u"version_conflict"_s);
    const QJsonObject now = info(admin, u"willo"_s);
    CHECK(now.value(u"settings"_s) == QJsonValue(first));
    CHECK(now.value(u"version"_s).toInteger() == version + 1);
    requireInvalidInput(admin.call(u"integration.update"_s,
                                   {{u"integrationId"_s, u"willo"_s},
                                    {u"settings"_s, QJsonObject{}}}),
                        u"version"_s);
}

TEST_CASE("Settings that look like secrets are refused", "[api][integrations]")
{
    TestClient admin = adminClient(plusSandbox());
    for (const QString &key : {u"apiKey"_s, u"webhookSecret"_s, u"TOKEN"_s, u"adminPassword"_s}) {
        INFO(key.toStdString());
        requireInvalidInput(admin.call(u"integration.enable"_s,
                                       {{u"integrationId"_s, u"sora"_s},
                                        {u"settings"_s, QJsonObject{{key, u"x"_s}}}}),
                            key);
    }
    CHECK(info(admin, u"sora"_s).value(u"settings"_s) == QJsonValue(QJsonObject{}));
    const qint64 version =
        results(admin, u"integration.enable"_s, {{u"integrationId"_s, u"sora"_s}})
            .toObject()
            .value(u"version"_s)
            .toInteger();
    requireInvalidInput(admin.call(u"integration.update"_s,
                                   {{u"integrationId"_s, u"sora"_s},
                                    {u"version"_s, version},
                                    {u"settings"_s, QJsonObject{{u"clientSecret"_s, u"x"_s}}}}),
                        u"clientSecret"_s);
    CHECK(info(admin, u"sora"_s).value(u"version"_s).toInteger() == version);
}

TEST_CASE("An enabled integration whose partner keys are all revoked needs attention",
          "[api][integrations]")
{
    TestClient admin = adminClient(plusSandbox());
    requireSuccess(admin.call(u"integration.enable"_s, {{u"integrationId"_s, u"justifacts"_s}}));
    const QJsonObject key = results(admin, u"apiKey.create"_s,
                                    {{u"integrationPartner"_s, u"Justifacts"_s},
                                     {u"scopes"_s, QJsonArray{u"candidatesRead"_s}}})
                                .toObject();
    CHECK(info(admin, u"justifacts"_s).value(u"state"_s) == QJsonValue(u"enabled"_s));
    requireSuccess(admin.call(u"apiKey.revoke"_s, {{u"apiKeyId"_s, key.value(u"id"_s)}}));
    const QJsonObject flagged = info(admin, u"justifacts"_s);
    CHECK(flagged.value(u"state"_s) == QJsonValue(u"needs_attention"_s));
    CHECK(flagged.value(u"stateReason"_s).toString().contains(u"Justifacts"_s));
}

TEST_CASE("Unknown integration ids get integration_not_found", "[api][integrations]")
{
    TestClient admin = adminClient(plusSandbox());
    for (const QString &method : {u"integration.info"_s, u"integration.enable"_s,
                                  u"integration.disable"_s}) {
        INFO(method.toStdString());
        const ApiReply reply = admin.call(method, {{u"integrationId"_s, u"greenhouse"_s}});
        requireError(reply, 200, u"integration_not_found"_s);
        CHECK(reply.errorMessage() == u"No integration with id \"greenhouse\" exists."_s);
    }
    requireInvalidInput(admin.call(u"integration.info"_s), u"integrationId"_s);
}

TEST_CASE("integration.* methods check organizationRead and organizationWrite",
          "[api][integrations]")
{
    TestClient admin = adminClient(plusSandbox());
    const QJsonObject created = results(admin, u"apiKey.create"_s,
                                        {{u"title"_s, u"Candidates only"_s},
                                         {u"scopes"_s, QJsonArray{u"candidatesRead"_s}}})
                                    .toObject();
    TestClient reader(plusSandbox().baseUrl(), created.value(u"key"_s).toString());
    const ApiReply denied = reader.call(u"integration.list"_s);
    requireError(denied, 403, u"missing_endpoint_permission"_s);
    CHECK(denied.errorMessage().contains(u"organizationRead"_s));
    requireError(reader.call(u"integration.enable"_s, {{u"integrationId"_s, u"willo"_s}}), 403,
                 u"missing_endpoint_permission"_s);

    const QJsonObject orgReader = results(admin, u"apiKey.create"_s,
                                          {{u"title"_s, u"Organisation reader"_s},
                                           {u"scopes"_s, QJsonArray{u"organizationRead"_s}}})
                                      .toObject();
    TestClient viewer(plusSandbox().baseUrl(), orgReader.value(u"key"_s).toString());
    requireSuccess(viewer.call(u"integration.list"_s));
    const ApiReply cannotWrite =
        viewer.call(u"integration.disable"_s, {{u"integrationId"_s, u"willo"_s}});
    requireError(cannotWrite, 403, u"missing_endpoint_permission"_s);
    CHECK(cannotWrite.errorMessage().contains(u"organizationWrite"_s));
}
