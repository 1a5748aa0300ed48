// Partner stand-ins (sandbox/partners), the partner console, integration.test and the apiKey
// additions, over real HTTP both ways: the stand-ins call the ATS API with the keys they are
// given, and the ATS calls the stand-ins.
#include "ApiHelpers.h"

#include <QHostAddress>
#include <QMessageAuthenticationCode>
#include <QTcpServer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"partners"_s, SandboxProcess::defaultArguments(120)
                                            << u"--time-scale"_s << u"0.01"_s);
}

// A new key; `spec` holds scopes or scopePreset and optionally integrationPartner.
QJsonObject createKey(TestClient &admin, const QString &title, QJsonObject spec)
{
    spec.insert(u"title"_s, title);
    return object(admin, u"apiKey.create"_s, spec);
}

QJsonObject integration(TestClient &client, const QString &id)
{
    return object(client, u"integration.info"_s, {{u"integrationId"_s, id}});
}

QJsonObject runTest(TestClient &client, const QString &id)
{
    return object(client, u"integration.test"_s, {{u"integrationId"_s, id}});
}

QJsonObject check(const QJsonObject &test, const QString &id)
{
    const QJsonArray found = where(test.value(u"checks"_s).toArray(), u"id"_s, id);
    REQUIRE(found.size() == 1);
    const QJsonObject result = found.first().toObject();
    CHECK_FALSE(result.value(u"label"_s).toString().isEmpty());
    CHECK_FALSE(result.value(u"message"_s).toString().isEmpty());
    return result;
}

QStringList checkIds(const QJsonObject &test)
{
    return idsOf(test.value(u"checks"_s).toArray());
}

void updateIntegration(TestClient &client, const QString &id, const QJsonObject &changes)
{
    QJsonObject body = changes;
    body.insert(u"integrationId"_s, id);
    body.insert(u"version"_s, integration(client, id).value(u"version"_s));
    requireSuccess(client.call(u"integration.update"_s, body));
}

// A POST with raw bytes and headers to any URL of the sandbox (receivers, stand-in routes).
ApiReply postTo(TestClient &client, const QString &url, const QByteArray &body,
                const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    return client.wait(client.manager().post(request, body));
}

QByteArray signature(const QByteArray &secret, const QByteArray &body)
{
    return "sha256="
        + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

QString candidateIdOf(const Move &move)
{
    return move.application.value(u"candidate"_s).toObject().value(u"id"_s).toString();
}

} // namespace

TEST_CASE("Juro: API key, credentials, signed test webhook to the ATS receiver, test checks",
          "[api][partners]")
{
    TestClient admin = adminClient(sandbox());
    const QString receiver = sandbox().baseUrl().toString(QUrl::StripTrailingSlash)
        + u"/integrations/juro/webhook"_s;

    // Before anything is set up, every check fails with a message.
    QJsonObject test = runTest(admin, u"juro"_s);
    CHECK(checkIds(test) == QStringList{u"atsKey"_s, u"partnerKey"_s, u"inboundWebhook"_s});
    CHECK(test.value(u"ok"_s) == QJsonValue(false));
    CHECK(check(test, u"partnerKey"_s).value(u"ok"_s) == QJsonValue(false));
    CHECK(test.value(u"details"_s).toObject().value(u"inbound"_s).isNull());

    const QJsonObject atsKey = createKey(admin, u"Juro"_s,
                                         {{u"integrationPartner"_s, u"Juro"_s},
                                          {u"scopePreset"_s, u"integration:juro"_s}});
    CHECK(atsKey.value(u"scopes"_s).toArray().size() == 5);
    const QString juroKey = object(admin, u"partnerConsole.juro.activateApi"_s)
                                .value(u"apiKey"_s).toString();
    REQUIRE(juroKey.size() >= 30);
    CHECK(object(admin, u"partnerConsole.juro.activateApi"_s).value(u"apiKey"_s) == juroKey);

    // Credentials are write-only: stored without enabling, listed by name only.
    updateIntegration(admin, u"juro"_s, {{u"credentials"_s, QJsonObject{{u"juroApiKey"_s, juroKey}}}});
    const ApiReply info = admin.call(u"integration.info"_s, {{u"integrationId"_s, u"juro"_s}});
    requireSuccess(info);
    CHECK_FALSE(info.body.contains(juroKey.toUtf8()));
    CHECK(info.resultObject().value(u"credentialNames"_s) == QJsonValue(QJsonArray{u"juroApiKey"_s}));
    CHECK(info.resultObject().value(u"state"_s) == QJsonValue(u"available"_s));
    CHECK(info.resultObject().value(u"usesApiKeyIds"_s).toArray().contains(atsKey.value(u"id"_s)));

    const QString webhookId = object(admin, u"partnerConsole.juro.addWebhook"_s,
                                     {{u"name"_s, u"Ashby"_s},
                                      {u"url"_s, receiver},
                                      {u"signatureSecret"_s, juroKey},
                                      {u"triggers"_s, QJsonArray{u"all"_s}}})
                                  .value(u"webhookId"_s).toString();
    CHECK_FALSE(webhookId.isEmpty());
    const QJsonObject sent = object(admin, u"partnerConsole.juro.sendTestWebhook"_s);
    CHECK(sent.value(u"delivered"_s) == QJsonValue(true));
    CHECK(sent.value(u"statusCode"_s) == QJsonValue(200));
    CHECK(sent.value(u"verified"_s) == QJsonValue(true));
    const QJsonObject inbound = integration(admin, u"juro"_s).value(u"inbound"_s).toObject();
    CHECK(inbound.value(u"verified"_s) == QJsonValue(true));
    CHECK(inbound.value(u"event"_s) == QJsonValue(u"test"_s));

    test = runTest(admin, u"juro"_s);
    INFO(QJsonDocument(test).toJson().toStdString());
    CHECK(test.value(u"ok"_s) == QJsonValue(true));
    for (const QString &id : {u"atsKey"_s, u"partnerKey"_s, u"inboundWebhook"_s})
        CHECK(check(test, id).value(u"ok"_s) == QJsonValue(true));
    CHECK(test.value(u"details"_s).toObject().value(u"inbound"_s).toObject()
              .value(u"verified"_s) == QJsonValue(true));

    // A forged webhook: 401, and inbound records why.
    const QByteArray forged = R"({"event":"contract.signed"})";
    const ApiReply refused = postTo(admin, receiver, forged,
                                    {{"Juro-Signature", signature("not the key", forged)}});
    CHECK(refused.httpStatus == 401);
    CHECK(refused.envelope().value(u"success"_s) == QJsonValue(false));
    const QJsonObject bad = integration(admin, u"juro"_s).value(u"inbound"_s).toObject();
    CHECK(bad.value(u"verified"_s) == QJsonValue(false));
    CHECK(bad.value(u"event"_s) == QJsonValue(u"contract.signed"_s));
    CHECK(bad.value(u"reason"_s).toString().contains(u"does not match"_s));
    CHECK(postTo(admin, receiver, forged, {}).httpStatus == 401);
    test = runTest(admin, u"juro"_s);
    CHECK(test.value(u"ok"_s) == QJsonValue(false));
    CHECK(check(test, u"inboundWebhook"_s).value(u"ok"_s) == QJsonValue(false));

    // Rotating the key in Juro makes the stored one fail, and the signed test too.
    const QString rotated = object(admin, u"partnerConsole.juro.rotateApiKey"_s)
                                .value(u"apiKey"_s).toString();
    CHECK(rotated != juroKey);
    const QJsonObject partnerKey = check(runTest(admin, u"juro"_s), u"partnerKey"_s);
    CHECK(partnerKey.value(u"ok"_s) == QJsonValue(false));
    CHECK(partnerKey.value(u"message"_s).toString().contains(u"refused"_s));
    requireSuccess(admin.call(u"partnerConsole.juro.addWebhook"_s,
                              {{u"url"_s, receiver}, {u"signatureSecret"_s, rotated}}));
    const QJsonObject unverified = object(admin, u"partnerConsole.juro.sendTestWebhook"_s);
    CHECK(unverified.value(u"delivered"_s) == QJsonValue(true));
    CHECK(unverified.value(u"statusCode"_s) == QJsonValue(401));
    CHECK(unverified.value(u"verified"_s) == QJsonValue(false));
    CHECK(unverified.value(u"message"_s).toString().contains(u"refused"_s));

    // Storing the rotated key heals both.
    updateIntegration(admin, u"juro"_s, {{u"credentials"_s, QJsonObject{{u"juroApiKey"_s, rotated}}}});
    CHECK(object(admin, u"partnerConsole.juro.sendTestWebhook"_s).value(u"verified"_s)
          == QJsonValue(true));
    CHECK(runTest(admin, u"juro"_s).value(u"ok"_s) == QJsonValue(true));

    // Down: the stand-in and its console answer partner_unavailable; the check says so.
    requireSuccess(admin.call(u"partnerConsole.setDown"_s,
                              {{u"partnerId"_s, u"juro"_s}, {u"down"_s, true}}));
    requireError(admin.call(u"partnerConsole.juro.activateApi"_s), 200, u"partner_unavailable"_s);
    const QJsonObject down = check(runTest(admin, u"juro"_s), u"partnerKey"_s);
    CHECK(down.value(u"ok"_s) == QJsonValue(false));
    CHECK(down.value(u"message"_s).toString().contains(u"not answering"_s));
    requireSuccess(admin.call(u"partnerConsole.setDown"_s,
                              {{u"partnerId"_s, u"juro"_s}, {u"down"_s, false}}));

    // An empty string removes a credential.
    updateIntegration(admin, u"juro"_s, {{u"credentials"_s, QJsonObject{{u"juroApiKey"_s, u""_s}}}});
    CHECK(integration(admin, u"juro"_s).value(u"credentialNames"_s) == QJsonValue(QJsonArray{}));
}

TEST_CASE("Humaans: connect, webhook with its secret, ping, Hired becomes a New hire",
          "[api][partners]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject key = createKey(admin, u"Humaans"_s,
                                      {{u"scopePreset"_s, u"integration:humaans"_s}});
    const QJsonObject connected = object(admin, u"partnerConsole.humaans.connect"_s,
                                         {{u"atsApiKey"_s, key.value(u"key"_s)}});
    const QString requestUrl = connected.value(u"requestUrl"_s).toString();
    const QString secret = connected.value(u"secretToken"_s).toString();
    CHECK(requestUrl.startsWith(sandbox().baseUrl().toString(QUrl::StripTrailingSlash)
                                + u"/partners/humaans/webhooks/"_s));
    REQUIRE(secret.size() >= 24);
    // The same token until disconnect.
    CHECK(object(admin, u"partnerConsole.humaans.connect"_s,
                 {{u"atsApiKey"_s, key.value(u"key"_s)}})
              .value(u"secretToken"_s) == QJsonValue(secret));

    requireSuccess(admin.call(u"webhook.create"_s, {{u"webhookType"_s, u"applicationUpdate"_s},
                                                    {u"requestUrl"_s, requestUrl},
                                                    {u"secretToken"_s, secret}}));
    REQUIRE(waitUntil([&] {
        return object(admin, u"partnerConsole.humaans.status"_s).value(u"lastEvent"_s).toObject()
                   .value(u"action"_s) == u"ping"_s;
    }));
    const QJsonObject ping =
        object(admin, u"partnerConsole.humaans.status"_s).value(u"lastEvent"_s).toObject();
    CHECK(ping.value(u"verified"_s) == QJsonValue(true));
    CHECK(ping.value(u"statusCode"_s) == QJsonValue(200));

    requireSuccess(admin.call(u"integration.enable"_s, {{u"integrationId"_s, u"humaans"_s}}));
    const QJsonObject test = runTest(admin, u"humaans"_s);
    INFO(QJsonDocument(test).toJson().toStdString());
    CHECK(checkIds(test) == QStringList{u"connected"_s, u"webhook"_s, u"ping"_s});
    CHECK(test.value(u"ok"_s) == QJsonValue(true));
    CHECK(test.value(u"details"_s).toObject().value(u"requestUrl"_s) == QJsonValue(requestUrl));

    const Move move = takeMove(admin, true);
    changeStage(admin, move);
    const QString candidateId = candidateIdOf(move);
    QJsonObject hire;
    REQUIRE(waitUntil([&] {
        const QJsonArray hires = object(admin, u"partnerConsole.humaans.status"_s)
                                     .value(u"newHires"_s).toArray();
        const QJsonArray mine = where(hires, u"candidateId"_s, candidateId);
        if (!mine.isEmpty())
            hire = mine.first().toObject();
        return !hire.isEmpty();
    }));
    const QJsonObject candidate = object(admin, u"candidate.info"_s, {{u"id"_s, candidateId}});
    CHECK(hire.value(u"applicationId"_s) == move.application.value(u"id"_s));
    CHECK(candidate.value(u"name"_s).toString().startsWith(hire.value(u"firstName"_s).toString()));
    CHECK_FALSE(hire.value(u"lastName"_s).toString().isEmpty());
    CHECK(hire.value(u"personalEmail"_s)
          == candidate.value(u"primaryEmailAddress"_s).toObject().value(u"value"_s));
    CHECK(hire.value(u"jobTitle"_s) == move.application.value(u"job"_s).toObject().value(u"title"_s));
    CHECK_FALSE(hire.value(u"department"_s).toString().isEmpty());
    CHECK(hire.value(u"linkedIn"_s).toString().startsWith(u"https://www.linkedin.com/"_s));
    for (const QString &field : {u"middleName"_s, u"personalPhone"_s, u"twitter"_s,
                                 u"employmentStartDate"_s, u"salaryAmount"_s,
                                 u"salaryCurrency"_s, u"receivedAt"_s, u"id"_s})
        CHECK(hire.contains(field));

    // A forged delivery: 401, recorded as unverified.
    const QByteArray forged = R"({"action":"applicationUpdate","data":{}})";
    CHECK(postTo(admin, requestUrl, forged, {{"Ashby-Signature", signature("wrong", forged)}})
              .httpStatus
          == 401);
    const QJsonObject last =
        object(admin, u"partnerConsole.humaans.status"_s).value(u"lastEvent"_s).toObject();
    CHECK(last.value(u"verified"_s) == QJsonValue(false));
    CHECK(last.value(u"statusCode"_s) == QJsonValue(401));

    // Humaans down: the re-enabled webhook's ping fails, the webhook is disabled and the
    // integration needs attention until it is enabled again.
    requireSuccess(admin.call(u"partnerConsole.setDown"_s,
                              {{u"partnerId"_s, u"humaans"_s}, {u"down"_s, true}}));
    requireError(admin.call(u"partnerConsole.humaans.status"_s), 200, u"partner_unavailable"_s);
    const QString webhookId =
        where(results(admin, u"webhook.list"_s).toArray(), u"requestUrl"_s, requestUrl)
            .first().toObject().value(u"id"_s).toString();
    requireSuccess(admin.call(u"webhook.update"_s, {{u"webhookId"_s, webhookId}, {u"enabled"_s, true}}));
    REQUIRE(waitUntil([&] {
        return integration(admin, u"humaans"_s).value(u"state"_s) == u"needs_attention"_s;
    }));
    CHECK(integration(admin, u"humaans"_s).value(u"stateReason"_s).toString().contains(u"disabled"_s));
    CHECK(check(runTest(admin, u"humaans"_s), u"connected"_s).value(u"message"_s).toString()
              .contains(u"not answering"_s));
    requireSuccess(admin.call(u"partnerConsole.setDown"_s,
                              {{u"partnerId"_s, u"humaans"_s}, {u"down"_s, false}}));
    requireSuccess(admin.call(u"webhook.update"_s, {{u"webhookId"_s, webhookId}, {u"enabled"_s, true}}));
    REQUIRE(waitUntil([&] {
        return integration(admin, u"humaans"_s).value(u"state"_s) == u"enabled"_s;
    }));
}

TEST_CASE("Sora: listener on a stage, webhook, a stage change imports the employee",
          "[api][partners]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject key = createKey(admin, u"Sora"_s, {{u"scopePreset"_s, u"integration:sora"_s}});
    CHECK(object(admin, u"partnerConsole.sora.connect"_s,
                 {{u"atsApiKey"_s, key.value(u"key"_s)}, {u"active"_s, true}})
          == QJsonObject{{u"connected"_s, true}, {u"active"_s, true}});
    requireError(admin.call(u"partnerConsole.sora.addListener"_s,
                            {{u"workflow"_s, u"Onboarding"_s}, {u"stageId"_s, u"no-such-stage"_s}}),
                 200, u"invalid_input"_s);

    const Move move = takeMove(admin, false);
    const QJsonObject listener = object(admin, u"partnerConsole.sora.addListener"_s,
                                        {{u"workflow"_s, u"Onboarding"_s},
                                         {u"stageId"_s, move.stage.value(u"id"_s)}});
    CHECK(listener.value(u"state"_s) == QJsonValue(u"pending"_s));
    const QString endpoint = listener.value(u"endpointUrl"_s).toString();
    CHECK(endpoint.contains(u"/partners/sora/listeners/"_s));
    requireSuccess(admin.call(u"webhook.create"_s, {{u"webhookType"_s, u"candidateStageChange"_s},
                                                    {u"requestUrl"_s, endpoint},
                                                    {u"secretToken"_s, listener.value(u"secretKey"_s)}}));
    CHECK(object(admin, u"partnerConsole.sora.createListener"_s,
                 {{u"listenerId"_s, listener.value(u"listenerId"_s)}})
              .value(u"state"_s) == QJsonValue(u"active"_s));

    changeStage(admin, move);
    const QString candidateId = candidateIdOf(move);
    REQUIRE(waitUntil([&] {
        return !where(object(admin, u"partnerConsole.sora.status"_s).value(u"imported"_s).toArray(),
                      u"candidateId"_s, candidateId)
                    .isEmpty();
    }));
    const QJsonObject status = object(admin, u"partnerConsole.sora.status"_s);
    const QJsonObject imported =
        where(status.value(u"imported"_s).toArray(), u"candidateId"_s, candidateId).first().toObject();
    CHECK(imported.value(u"workflow"_s) == QJsonValue(u"Onboarding"_s));
    CHECK_FALSE(imported.value(u"personalEmail"_s).toString().isEmpty());
    const QJsonObject listed = status.value(u"listeners"_s).toArray().first().toObject();
    CHECK(listed.value(u"stageTitle"_s) == move.stage.value(u"title"_s));
    CHECK_FALSE(listed.contains(u"secretKey"_s));
    CHECK(listed.value(u"lastEvent"_s).toObject().value(u"verified"_s) == QJsonValue(true));

    const QJsonObject test = runTest(admin, u"sora"_s);
    INFO(QJsonDocument(test).toJson().toStdString());
    CHECK(checkIds(test) == QStringList{u"connected"_s, u"listener"_s, u"webhook"_s, u"ping"_s});
    CHECK(test.value(u"ok"_s) == QJsonValue(true));
    CHECK(postTo(admin, endpoint, "{}", {{"Ashby-Signature", "sha256=00"}}).httpStatus == 401);
}

TEST_CASE("Sora: setActive turns the listener off and on without pasting the key again",
          "[api][partners]")
{
    TestClient admin = adminClient(sandbox());
    requireSuccess(admin.call(u"partnerConsole.sora.disconnect"_s));
    const ApiReply early =
        admin.call(u"partnerConsole.sora.setActive"_s, {{u"active"_s, true}});
    requireError(early, 200, u"not_connected"_s);
    CHECK(early.errorMessage().contains(u"Paste an Ashby API key"_s));

    const QJsonObject key = createKey(admin, u"Sora toggle"_s,
                                      {{u"scopePreset"_s, u"integration:sora"_s}});
    requireSuccess(admin.call(u"partnerConsole.sora.connect"_s,
                              {{u"atsApiKey"_s, key.value(u"key"_s)}, {u"active"_s, true}}));
    requireInvalidInput(admin.call(u"partnerConsole.sora.setActive"_s), u"active"_s);
    requireInvalidInput(admin.call(u"partnerConsole.sora.setActive"_s, {{u"active"_s, u"no"_s}}),
                        u"active"_s);

    CHECK(object(admin, u"partnerConsole.sora.setActive"_s, {{u"active"_s, false}})
          == QJsonObject{{u"connected"_s, true}, {u"active"_s, false}});
    QJsonObject status = object(admin, u"partnerConsole.sora.status"_s);
    CHECK(status.value(u"connected"_s) == QJsonValue(true));
    CHECK(status.value(u"active"_s) == QJsonValue(false));
    // The key is kept: the integration still uses it, and the test says Sora is inactive.
    CHECK(integration(admin, u"sora"_s).value(u"usesApiKeyIds"_s).toArray().contains(
        key.value(u"id"_s)));
    CHECK(check(runTest(admin, u"sora"_s), u"connected"_s).value(u"ok"_s) == QJsonValue(false));

    CHECK(object(admin, u"partnerConsole.sora.setActive"_s, {{u"active"_s, true}})
          == QJsonObject{{u"connected"_s, true}, {u"active"_s, true}});
    status = object(admin, u"partnerConsole.sora.status"_s);
    CHECK(status.value(u"active"_s) == QJsonValue(true));
    CHECK(check(runTest(admin, u"sora"_s), u"connected"_s).value(u"ok"_s) == QJsonValue(true));
    CHECK(integration(admin, u"sora"_s).value(u"capabilities"_s).toObject()
              .value(u"partnerConsoleSteps"_s).toArray().contains(QJsonValue(u"setActive"_s)));
}

TEST_CASE("Willo: connect checks the key's scopes, syncs, and a revoked key needs attention",
          "[api][partners]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject narrow = createKey(admin, u"Willo narrow"_s,
                                         {{u"scopes"_s, QJsonArray{u"candidatesRead"_s, u"jobsRead"_s}}});
    const ApiReply missing = admin.call(u"partnerConsole.willo.connect"_s,
                                        {{u"atsApiKey"_s, narrow.value(u"key"_s)}});
    requireError(missing, 200, u"missing_scopes"_s);
    CHECK(missing.errorMessage().contains(u"interviewsRead"_s));
    CHECK(missing.errorMessage().contains(u"candidatesWrite"_s));
    requireError(admin.call(u"partnerConsole.willo.connect"_s, {{u"atsApiKey"_s, u"tsk_bogus"_s}}),
                 200, u"invalid_api_key"_s);

    const QJsonObject key = createKey(admin, u"Willo"_s, {{u"scopePreset"_s, u"integration:willo"_s}});
    const QJsonObject connected = object(admin, u"partnerConsole.willo.connect"_s,
                                         {{u"atsApiKey"_s, key.value(u"key"_s)}, {u"plan"_s, u"Scale"_s}});
    CHECK(connected == QJsonObject{{u"connected"_s, true}, {u"plan"_s, u"Scale"_s},
                                   {u"syncIntervalMinutes"_s, 5}});
    QJsonObject status;
    REQUIRE(waitUntil([&] {
        status = object(admin, u"partnerConsole.willo.status"_s);
        return status.value(u"sync"_s).toObject().value(u"state"_s) != u"running"_s;
    }));
    const QJsonObject sync = status.value(u"sync"_s).toObject();
    INFO(QJsonDocument(status).toJson().toStdString());
    REQUIRE(sync.value(u"state"_s) == QJsonValue(u"done"_s));
    const auto jobs = walkAll(admin, u"job.list"_s).records.size();
    CHECK(sync.value(u"jobsTotal"_s).toInteger() == jobs);
    CHECK(sync.value(u"jobsDone"_s).toInteger() == jobs);
    CHECK(sync.value(u"stagesDone"_s).toInteger() >= jobs * 3);
    CHECK(status.value(u"lastSyncedAt"_s).isString());

    requireSuccess(admin.call(u"integration.enable"_s, {{u"integrationId"_s, u"willo"_s}}));
    const QJsonObject test = runTest(admin, u"willo"_s);
    CHECK(checkIds(test) == QStringList{u"connected"_s, u"sync"_s});
    CHECK(test.value(u"ok"_s) == QJsonValue(true));
    CHECK(test.value(u"details"_s).toObject().value(u"jobsSynced"_s).toInteger() == jobs);
    CHECK(integration(admin, u"willo"_s).value(u"usesApiKeyIds"_s)
          == QJsonValue(QJsonArray{key.value(u"id"_s)}));

    const QJsonObject listed = where(results(admin, u"apiKey.list"_s).toArray(), u"id"_s,
                                     key.value(u"id"_s)).first().toObject();
    CHECK(listed.value(u"usedBy"_s)
          == QJsonValue(QJsonArray{QJsonObject{{u"kind"_s, u"integration"_s},
                                               {u"id"_s, u"willo"_s},
                                               {u"name"_s, u"Willo"_s}}}));
    CHECK(listed.value(u"lastUsedAt"_s).isString());

    requireSuccess(admin.call(u"apiKey.revoke"_s, {{u"apiKeyId"_s, key.value(u"id"_s)}}));
    const QJsonObject revoked = integration(admin, u"willo"_s);
    CHECK(revoked.value(u"state"_s) == QJsonValue(u"needs_attention"_s));
    CHECK(revoked.value(u"stateReason"_s).toString().contains(u"revoked"_s));
    CHECK(check(runTest(admin, u"willo"_s), u"connected"_s).value(u"ok"_s) == QJsonValue(false));
    requireSuccess(admin.call(u"integration.disable"_s, {{u"integrationId"_s, u"willo"_s}}));
}

TEST_CASE("Justifacts: credential, settings and integration.test over HTTP", "[api][partners]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject issued = object(admin, u"partnerConsole.justifacts.issueCredential"_s);
    const QString credential = issued.value(u"credentialKey"_s).toString();
    const QString baseUrl = issued.value(u"stagingBaseUrl"_s).toString();
    REQUIRE(credential.size() >= 24);
    CHECK(baseUrl.endsWith(u"/partners/justifacts/application/ashby/"_s));
    const QJsonObject key = createKey(admin, u"Justifacts"_s,
                                      {{u"integrationPartner"_s, u"Justifacts"_s},
                                       {u"scopePreset"_s, u"readWriteAll"_s}});

    updateIntegration(admin, u"justifacts"_s,
                      {{u"settings"_s, QJsonObject{{u"baseUrl"_s, baseUrl},
                                                   {u"atsApiKeyId"_s, key.value(u"id"_s)}}},
                       {u"credentials"_s, QJsonObject{{u"credentialKey"_s, credential}}}});
    QJsonObject test = runTest(admin, u"justifacts"_s);
    INFO(QJsonDocument(test).toJson().toStdString());
    CHECK(checkIds(test)
          == QStringList{u"credential"_s, u"atsKey"_s, u"baseUrl"_s, u"assessments"_s});
    CHECK(test.value(u"ok"_s) == QJsonValue(true));
    const QJsonArray packages = test.value(u"details"_s).toObject().value(u"packages"_s).toArray();
    CHECK(packages.size() == 4);
    CHECK_FALSE(packages.first().toObject().value(u"name"_s).toString().isEmpty());
    CHECK_FALSE(packages.first().toObject().value(u"id"_s).toString().isEmpty());

    // The stand-in's own API refuses another credential.
    const QByteArray wrongBasic = "Basic " + QByteArrayLiteral("wrong:").toBase64();
    CHECK(postTo(admin, baseUrl + u"assessment.list"_s, "{}", {{"Authorization", wrongBasic}})
              .httpStatus
          == 401);

    updateIntegration(admin, u"justifacts"_s,
                      {{u"credentials"_s, QJsonObject{{u"credentialKey"_s, u"wrong"_s}}}});
    test = runTest(admin, u"justifacts"_s);
    CHECK(test.value(u"ok"_s) == QJsonValue(false));
    CHECK(check(test, u"assessments"_s).value(u"message"_s).toString().contains(u"401"_s));

    updateIntegration(admin, u"justifacts"_s,
                      {{u"settings"_s, QJsonObject{{u"baseUrl"_s, u"http://justifacts.example/api/"_s},
                                                   {u"atsApiKeyId"_s, key.value(u"id"_s)}}},
                       {u"credentials"_s, QJsonObject{{u"credentialKey"_s, credential}}}});
    test = runTest(admin, u"justifacts"_s);
    CHECK(check(test, u"baseUrl"_s).value(u"ok"_s) == QJsonValue(false));
    CHECK(check(test, u"baseUrl"_s).value(u"message"_s).toString().contains(u"https"_s));

    updateIntegration(admin, u"justifacts"_s,
                      {{u"settings"_s, QJsonObject{{u"baseUrl"_s, baseUrl},
                                                   {u"atsApiKeyId"_s, key.value(u"id"_s)}}}});
    requireSuccess(admin.call(u"partnerConsole.setDown"_s,
                              {{u"partnerId"_s, u"justifacts"_s}, {u"down"_s, true}}));
    test = runTest(admin, u"justifacts"_s);
    CHECK(test.value(u"ok"_s) == QJsonValue(false));
    CHECK(check(test, u"assessments"_s).value(u"message"_s).toString().contains(u"not answering"_s));
    requireSuccess(admin.call(u"partnerConsole.setDown"_s,
                              {{u"partnerId"_s, u"justifacts"_s}, {u"down"_s, false}}));
    CHECK(runTest(admin, u"justifacts"_s).value(u"ok"_s) == QJsonValue(true));

    requireSuccess(admin.call(u"integration.enable"_s, {{u"integrationId"_s, u"justifacts"_s}}));
    requireSuccess(admin.call(u"apiKey.revoke"_s, {{u"apiKeyId"_s, key.value(u"id"_s)}}));
    CHECK(integration(admin, u"justifacts"_s).value(u"state"_s) == QJsonValue(u"needs_attention"_s));
    CHECK(check(runTest(admin, u"justifacts"_s), u"atsKey"_s).value(u"ok"_s) == QJsonValue(false));
}

TEST_CASE("apiKey.create scopePreset, lastUsedAt and organization.info partnerConsole",
          "[api][partners]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject readAll = createKey(admin, u"Reader"_s, {{u"scopePreset"_s, u"readAll"_s}});
    const QJsonArray scopes = readAll.value(u"scopes"_s).toArray();
    CHECK(scopes.contains(QJsonValue(u"candidatesRead"_s)));
    for (const QJsonValue scope : scopes)
        CHECK(scope.toString().endsWith(u"Read"_s));
    CHECK(readAll.value(u"lastUsedAt"_s).isNull());
    CHECK(readAll.value(u"usedBy"_s) == QJsonValue(QJsonArray{}));
    const QJsonObject both = createKey(admin, u"Both"_s, {{u"scopePreset"_s, u"readWriteAll"_s}});
    CHECK(both.value(u"scopes"_s).toArray().contains(QJsonValue(u"candidatesWrite"_s)));
    CHECK(both.value(u"scopes"_s).toArray().contains(QJsonValue(u"jobsRead"_s)));
    requireInvalidInput(admin.call(u"apiKey.create"_s,
                                   {{u"title"_s, u"X"_s}, {u"scopePreset"_s, u"everything"_s}}),
                        u"scopePreset"_s);

    TestClient reader(sandbox().baseUrl(), readAll.value(u"key"_s).toString());
    requireSuccess(reader.call(u"apiKey.info"_s));
    const QJsonObject used = object(reader, u"apiKey.info"_s);
    CHECK(used.value(u"lastUsedAt"_s).isString());

    const QJsonObject console = object(admin, u"organization.info"_s)
                                    .value(u"partnerConsole"_s).toObject();
    CHECK(console.value(u"available"_s) == QJsonValue(true));
    const QJsonArray methods = console.value(u"methods"_s).toArray();
    for (const QString &method : {u"partnerConsole.juro.activateApi"_s,
                                  u"partnerConsole.willo.connect"_s, u"partnerConsole.setDown"_s,
                                  u"partnerConsole.justifacts.issueCredential"_s})
        CHECK(methods.contains(QJsonValue(method)));
}

TEST_CASE("A client that leaves while a deferred answer is pending does not disturb the server",
          "[api][partners]")
{
    TestClient admin = adminClient(sandbox());
    // A receiver that accepts connections and never answers: Juro's delivery waits.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost, 0));
    requireSuccess(admin.call(u"partnerConsole.juro.addWebhook"_s,
                              {{u"url"_s, u"http://127.0.0.1:%1/hook"_s.arg(silent.serverPort())},
                               {u"signatureSecret"_s, u"secret"_s}}));
    QNetworkReply *pending = admin.start(u"partnerConsole.juro.sendTestWebhook"_s);
    REQUIRE(waitUntil([&silent] { return silent.hasPendingConnections(); }));
    pending->abort();
    admin.wait(pending);
    // The server thread was never blocked and still answers.
    const QJsonObject organization = object(admin, u"organization.info"_s);
    CHECK(organization.value(u"partnerConsole"_s).toObject().value(u"available"_s)
          == QJsonValue(true));
}

TEST_CASE("Stand-in state survives a restart", "[api][partners]")
{
    SandboxProcess own(SandboxProcess::defaultArguments(10));
    TestClient admin = adminClient(own);
    const QJsonValue juroKey = object(admin, u"partnerConsole.juro.activateApi"_s).value(u"apiKey"_s);
    const QJsonValue credential = object(admin, u"partnerConsole.justifacts.issueCredential"_s)
                                      .value(u"credentialKey"_s);
    REQUIRE(own.stop());
    own.restart();
    TestClient again = adminClient(own);
    CHECK(object(again, u"partnerConsole.juro.activateApi"_s).value(u"apiKey"_s) == juroKey);
    CHECK(object(again, u"partnerConsole.justifacts.issueCredential"_s).value(u"credentialKey"_s)
          == credential);
}
