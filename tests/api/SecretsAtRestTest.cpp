// Secrets at rest (store/SecretsAtRest): every secret the sandbox is given or issues is sealed
// in its data directory; a wrong or lost data.key stops the start with a clear error and
// --reset-secrets; a database from before sealing is sealed when it opens.
#include "ApiHelpers.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

QStringList arguments()
{
    return SandboxProcess::defaultArguments(20) << u"--time-scale"_s << u"0.01"_s;
}

void updateIntegration(TestClient &client, const QString &id, const QJsonObject &changes)
{
    QJsonObject body = changes;
    body.insert(u"integrationId"_s, id);
    body.insert(u"version"_s, object(client, u"integration.info"_s, {{u"integrationId"_s, id}})
                                  .value(u"version"_s));
    requireSuccess(client.call(u"integration.update"_s, body));
}

// The files of `dir` (recursively) that contain `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        if (file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

ProcessResult startFails(const QString &dataDir)
{
    return SandboxProcess::runToExit(
        {u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, dataDir}, 15'000);
}

void writeDataKey(const QString &dataDir, const QByteArray &content)
{
    QFile file(QDir(dataDir).filePath(u"data.key"_s));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

} // namespace

TEST_CASE("no secret given to or issued by the sandbox lies in clear in its data directory",
          "[api][secrets]")
{
    SandboxProcess sandbox(arguments());
    TestClient admin(sandbox.baseUrl(), sandbox.adminKey());
    QStringList secrets;

    // A webhook's secret token (kept: deliveries are signed with it).
    const QString webhookSecret = u"whsec-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString webhookUrl = u"http://127.0.0.1:9/hook-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
    requireSuccess(admin.call(u"webhook.create"_s, {{u"webhookType"_s, u"candidateHire"_s},
                                                    {u"requestUrl"_s, webhookUrl},
                                                    {u"secretToken"_s, webhookSecret}}));
    secrets << webhookSecret;
    // Juro: the key the stand-in issues, stored as the integration's credential, and a Juro
    // webhook's signature secret.
    const QString juroKey =
        object(admin, u"partnerConsole.juro.activateApi"_s).value(u"apiKey"_s).toString();
    REQUIRE_FALSE(juroKey.isEmpty());
    updateIntegration(admin, u"juro"_s,
                      {{u"credentials"_s, QJsonObject{{u"juroApiKey"_s, juroKey}}}});
    const QString signature = u"sig-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
    requireSuccess(admin.call(u"partnerConsole.juro.addWebhook"_s,
                              {{u"name"_s, u"Ashby"_s},
                               {u"url"_s, QString(sandbox.baseUrl().toString() + u"/nowhere"_s)},
                               {u"signatureSecret"_s, signature},
                               {u"triggers"_s, QJsonArray{u"all"_s}}}));
    secrets << juroKey << signature;
    // Humaans holds an ATS key it was given and issues a secret token.
    const QString humaansAtsKey =
        object(admin, u"apiKey.create"_s,
               {{u"title"_s, u"Humaans"_s}, {u"scopePreset"_s, u"integration:humaans"_s}})
            .value(u"key"_s).toString();
    const QString humaansToken = object(admin, u"partnerConsole.humaans.connect"_s,
                                        {{u"atsApiKey"_s, humaansAtsKey}})
                                     .value(u"secretToken"_s).toString();
    REQUIRE_FALSE(humaansToken.isEmpty());
    secrets << humaansAtsKey << humaansToken;
    // Justifacts issues a credential key, stored as the integration's credential.
    const QString credential = object(admin, u"partnerConsole.justifacts.issueCredential"_s)
                                   .value(u"credentialKey"_s).toString();
    REQUIRE_FALSE(credential.isEmpty());
    updateIntegration(admin, u"justifacts"_s,
                      {{u"credentials"_s, QJsonObject{{u"credentialKey"_s, credential}}}});
    secrets << credential;
    // A key created with an Idempotency-Key: its answer (with the secret) is kept for replays.
    QNetworkRequest request = admin.request(u"apiKey.create"_s);
    request.setRawHeader("Authorization", admin.authorization());
    request.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray());
    const ApiReply created = admin.wait(admin.manager().post(
        request, R"({"title":"replayable","scopePreset":"readAll"})"));
    requireSuccess(created);
    const QString replayable = created.resultObject().value(u"key"_s).toString();
    REQUIRE_FALSE(replayable.isEmpty());
    secrets << replayable;

    // The search works: what is not secret is found in clear.
    CHECK_FALSE(filesContaining(sandbox.dataDir(), webhookUrl.toUtf8()).isEmpty());
    for (const QString &secret : secrets) {
        INFO(secret.toStdString());
        CHECK(filesContaining(sandbox.dataDir(), secret.toUtf8()).isEmpty());
    }
    REQUIRE(sandbox.stop());
    for (const QString &secret : secrets) {
        INFO("after stop: " << secret.toStdString());
        CHECK(filesContaining(sandbox.dataDir(), secret.toUtf8()).isEmpty());
    }
    CHECK(QFile(QDir(sandbox.dataDir()).filePath(u"data.key"_s)).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));

    // The secrets still read back after a restart: Justifacts' credential check passes.
    sandbox.restart();
    TestClient again(sandbox.baseUrl(), sandbox.adminKey());
    const ApiReply info = again.call(u"integration.info"_s, {{u"integrationId"_s, u"juro"_s}});
    CHECK(info.resultObject().value(u"credentialNames"_s)
          == QJsonValue(QJsonArray{u"juroApiKey"_s}));
    CHECK(object(again, u"partnerConsole.juro.activateApi"_s).value(u"apiKey"_s)
          == QJsonValue(juroKey));
}

TEST_CASE("a wrong or missing data.key stops the start with what to do, --reset-secrets recovers",
          "[api][secrets]")
{
    SandboxProcess sandbox(arguments());
    TestClient admin(sandbox.baseUrl(), sandbox.adminKey());
    const QJsonObject webhook = object(admin, u"webhook.create"_s,
                                       {{u"webhookType"_s, u"candidateHire"_s},
                                        {u"requestUrl"_s, u"http://127.0.0.1:9/x"_s},
                                        {u"secretToken"_s, u"lost-with-the-key"_s}});
    updateIntegration(admin, u"juro"_s,
                      {{u"credentials"_s, QJsonObject{{u"juroApiKey"_s, u"juro-secret"_s}}}});
    REQUIRE(sandbox.stop());
    const QString dir = sandbox.dataDir();

    writeDataKey(dir, QByteArray(64, 'a') + '\n'); // a valid key, but not this database's
    const ProcessResult wrong = startFails(dir);
    REQUIRE(wrong.finished);
    CHECK(wrong.exitCode == 1);
    INFO(wrong.standardError.toStdString());
    CHECK(wrong.standardError.contains(u"does not open the secrets"_s));
    CHECK(wrong.standardError.contains(u"--reset-secrets"_s));

    QFile::remove(QDir(dir).filePath(u"data.key"_s));
    const ProcessResult missing = startFails(dir);
    CHECK(missing.exitCode == 1);
    CHECK(missing.standardError.contains(u"data.key is missing"_s));

    writeDataKey(dir, "not a key\n");
    const ProcessResult garbled = startFails(dir);
    CHECK(garbled.exitCode == 1);
    CHECK(garbled.standardError.contains(u"is not a data key"_s));

    const ProcessResult reset = SandboxProcess::runToExit(
        {u"--data"_s, dir, u"--reset-secrets"_s});
    INFO(reset.standardError.toStdString());
    CHECK(reset.exitCode == 0);
    CHECK(reset.standardOutput.contains(u"dropped the secrets"_s));

    sandbox.restart(QStringList{u"--time-scale"_s, u"0.01"_s});
    TestClient after(sandbox.baseUrl(), sandbox.adminKey());
    const QJsonObject info =
        object(after, u"webhook.info"_s, {{u"webhookId"_s, webhook.value(u"id"_s)}});
    CHECK(info.value(u"enabled"_s) == QJsonValue(false));
    CHECK(object(after, u"integration.info"_s, {{u"integrationId"_s, u"juro"_s}})
              .value(u"credentialNames"_s)
          == QJsonValue(QJsonArray{}));
    // New secrets can be stored under the new key.
    updateIntegration(after, u"juro"_s,
                      {{u"credentials"_s, QJsonObject{{u"juroApiKey"_s, u"new-secret"_s}}}});
}

TEST_CASE("a database from before sealing has its secrets sealed when it opens", "[api][secrets]")
{
    SandboxProcess sandbox(arguments());
    TestClient admin(sandbox.baseUrl(), sandbox.adminKey());
    const QString webhookId = object(admin, u"webhook.create"_s,
                                     {{u"webhookType"_s, u"candidateHire"_s},
                                      {u"requestUrl"_s, u"http://127.0.0.1:9/x"_s},
                                      {u"secretToken"_s, u"placeholder"_s}})
                                  .value(u"id"_s).toString();
    REQUIRE(sandbox.stop());
    const QString dir = sandbox.dataDir();

    // What a sandbox before sealing left: schema version 6, secrets in clear, no data.key.
    const QString plainToken = u"plain-token-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString plainCredential = u"plain-cred-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString plainHeld = u"plain-held-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
    editDatabase(dir, {
        u"DROP TABLE idempotency_keys"_s,
        u"DROP TABLE candidate_activities"_s,      // schema version 10
        u"DROP TABLE interview_plan_activities"_s, // schema version 8
        // Undo the delivery log's columns of schema version 9 (the dashboard).
        u"DROP INDEX webhook_deliveries_time"_s,
        u"DROP INDEX webhook_deliveries_webhook_time"_s,
        u"DROP INDEX webhook_deliveries_integration_time"_s,
        u"DROP INDEX webhook_deliveries_status"_s,
        u"DROP INDEX webhook_deliveries_integration"_s,
        u"DROP INDEX webhook_deliveries_action"_s,
        u"DROP INDEX webhook_deliveries_reason"_s,       // schema version 12
        u"DROP INDEX webhook_deliveries_reason_count"_s, // schema version 12
        u"DROP INDEX webhook_deliveries_unsent"_s,       // schema version 13
        u"ALTER TABLE webhook_deliveries DROP COLUMN status"_s,
        u"ALTER TABLE webhook_deliveries DROP COLUMN reason"_s,
        u"ALTER TABLE webhook_deliveries DROP COLUMN latency_ms"_s,
        u"ALTER TABLE webhook_deliveries DROP COLUMN integration_id"_s,
        u"ALTER TABLE webhook_deliveries DROP COLUMN action"_s,
        u"ALTER TABLE webhook_deliveries DROP COLUMN response"_s,
        u"PRAGMA user_version=6"_s,
        u"DELETE FROM meta WHERE key = 'data_key_check'"_s,
        u"UPDATE webhooks SET doc = json_set(doc, '$.secretToken', '%1') WHERE id = '%2'"_s.arg(
            plainToken, webhookId),
        u"DELETE FROM integration_private WHERE id = 'juro'"_s,
        u"INSERT INTO integration_private (id, seq, created_ms, doc) VALUES ('juro', 1, 1, "
        "json_object('id', 'juro', 'credentials', json_object('juroApiKey', '%1')))"_s.arg(
            plainCredential),
        u"DELETE FROM partner_states WHERE id = 'juro'"_s,
        u"INSERT INTO partner_states (id, seq, created_ms, doc) VALUES ('juro', 1, 1, "
        "json_object('id', 'juro', 'apiKey', '%1'))"_s.arg(plainHeld),
        u"PRAGMA wal_checkpoint(TRUNCATE)"_s,
    });
    QFile::remove(QDir(dir).filePath(u"data.key"_s));
    REQUIRE_FALSE(filesContaining(dir, plainToken.toUtf8()).isEmpty()); // in clear now

    sandbox.restart(QStringList{u"--time-scale"_s, u"0.01"_s});
    TestClient after(sandbox.baseUrl(), sandbox.adminKey());
    for (const QString &secret : {plainToken, plainCredential, plainHeld}) {
        INFO(secret.toStdString());
        CHECK(filesContaining(dir, secret.toUtf8()).isEmpty());
    }
    // And they still read back.
    const QJsonObject updated = object(after, u"webhook.update"_s,
                                       {{u"webhookId"_s, webhookId}, {u"enabled"_s, false}});
    CHECK(updated.value(u"secretToken"_s) == QJsonValue(plainToken));
    CHECK(object(after, u"partnerConsole.juro.activateApi"_s).value(u"apiKey"_s)
          == QJsonValue(plainHeld));
    CHECK(object(after, u"integration.info"_s, {{u"integrationId"_s, u"juro"_s}})
              .value(u"credentialNames"_s)
          == QJsonValue(QJsonArray{u"juroApiKey"_s}));
}
