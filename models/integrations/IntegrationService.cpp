#include "IntegrationService.h"

#include "models/core/CallOutcome.h"
#include "models/domain/JsonReader.h"

#include <QJsonArray>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
// Calls that reach a partner through the backend wait for the partner too.
const CallOptions partnerRoundTrip{CallOptions::Idempotency::Infer, 60'000};

Integration decodeIntegration(const QJsonValue &results)
{
    const auto decoded = Integration::fromJson(results.toObject());
    if (const auto *integration = std::get_if<Integration>(&decoded))
        return *integration;
    return {};
}

WebhookState decodeWebhook(const QJsonValue &results)
{
    JsonReader reader(results.toObject());
    WebhookState webhook;
    webhook.id = reader.optionalString(u"id"_s);
    webhook.enabled = reader.optionalBool(u"enabled"_s);
    webhook.lastError = reader.optionalString(u"lastError"_s);
    return webhook;
}

} // namespace

IntegrationService::IntegrationService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void IntegrationService::createApiKey(const QString &title, const QString &partner,
                                      const QString &scopePreset, QObject *context,
                                      Done<CreatedApiKey> done)
{
    QJsonObject body{{u"scopePreset"_s, scopePreset}};
    if (!title.isEmpty())
        body.insert(u"title"_s, title);
    if (!partner.isEmpty())
        body.insert(u"integrationPartner"_s, partner);
    callWithOutcome<CreatedApiKey>(
        m_client, u"apiKey.create"_s, body, context,
        [](const QJsonValue &results) {
            JsonReader reader(results.toObject());
            CreatedApiKey key;
            key.id = reader.optionalString(u"id"_s);
            key.title = reader.optionalString(u"title"_s);
            key.secret = reader.optionalString(u"key"_s);
            return key;
        },
        std::move(done), partnerRoundTrip);
}

void IntegrationService::listApiKeys(QObject *context, Done<QList<ApiKeyChoice>> done)
{
    callWithOutcome<QList<ApiKeyChoice>>(
        m_client, u"apiKey.list"_s, QJsonObject{{u"limit"_s, 100}}, context,
        [](const QJsonValue &results) {
            QList<ApiKeyChoice> keys;
            for (const QJsonValue value : results.toArray()) {
                JsonReader reader(value.toObject());
                ApiKeyChoice key;
                key.id = reader.optionalString(u"id"_s);
                key.title = reader.optionalString(u"title"_s);
                key.partner = reader.optionalString(u"integrationPartner"_s);
                key.revoked = !reader.optionalString(u"revokedAt"_s).isEmpty();
                if (!key.id.isEmpty())
                    keys << key;
            }
            return keys;
        },
        std::move(done), partnerRoundTrip);
}

void IntegrationService::saveSetup(const QString &integrationId, const QJsonObject &settings,
                                   const QHash<QString, QString> &credentials, QObject *context,
                                   Done<Integration> done)
{
    // Read the current version first: the wizard is not the only writer.
    callWithOutcome<Integration>(
        m_client, u"integration.info"_s, QJsonObject{{u"integrationId"_s, integrationId}},
        context, decodeIntegration,
        [this, integrationId, settings, credentials, context,
         done = std::move(done)](const Outcome<Integration> &current) {
            if (!current.ok()) {
                done(current);
                return;
            }
            QJsonObject merged = current.value.settings;
            for (auto it = settings.begin(); it != settings.end(); ++it)
                merged.insert(it.key(), it.value());
            QJsonObject body{{u"integrationId"_s, integrationId},
                             {u"version"_s, current.value.version},
                             {u"settings"_s, merged}};
            if (!credentials.isEmpty()) {
                QJsonObject secretValues;
                for (auto it = credentials.begin(); it != credentials.end(); ++it)
                    secretValues.insert(it.key(), it.value());
                body.insert(u"credentials"_s, secretValues);
            }
            callWithOutcome<Integration>(m_client, u"integration.update"_s, body, context,
                                         decodeIntegration, done);
        });
}

void IntegrationService::enable(const QString &integrationId, const QJsonObject &settings,
                                QObject *context, Done<Integration> done)
{
    QJsonObject body{{u"integrationId"_s, integrationId}};
    if (!settings.isEmpty())
        body.insert(u"settings"_s, settings);
    callWithOutcome<Integration>(m_client, u"integration.enable"_s, body, context,
                                 decodeIntegration, std::move(done), partnerRoundTrip);
}

void IntegrationService::disable(const QString &integrationId, QObject *context,
                                 Done<Integration> done)
{
    callWithOutcome<Integration>(m_client, u"integration.disable"_s,
                                 QJsonObject{{u"integrationId"_s, integrationId}}, context,
                                 decodeIntegration, std::move(done), partnerRoundTrip);
}

void IntegrationService::test(const QString &integrationId, QObject *context,
                              Done<IntegrationTestResult> done)
{
    callWithOutcome<IntegrationTestResult>(
        m_client, u"integration.test"_s, QJsonObject{{u"integrationId"_s, integrationId}},
        context, [](const QJsonValue &results) { return decodeTestResult(results.toObject()); },
        std::move(done), partnerRoundTrip);
}

void IntegrationService::createWebhook(const QString &webhookType, const QString &requestUrl,
                                       const QString &secretToken, QObject *context,
                                       Done<WebhookState> done)
{
    callWithOutcome<WebhookState>(m_client, u"webhook.create"_s,
                                  QJsonObject{{u"webhookType"_s, webhookType},
                                              {u"requestUrl"_s, requestUrl},
                                              {u"secretToken"_s, secretToken}},
                                  context, decodeWebhook, std::move(done), partnerRoundTrip);
}

void IntegrationService::webhookState(const QString &webhookId, QObject *context,
                                      Done<WebhookState> done)
{
    callWithOutcome<WebhookState>(m_client, u"webhook.info"_s,
                                  QJsonObject{{u"webhookId"_s, webhookId}}, context,
                                  decodeWebhook, std::move(done), partnerRoundTrip);
}

void IntegrationService::deleteWebhook(const QString &webhookId, QObject *context,
                                       Done<Nothing> done)
{
    callWithOutcome<Nothing>(m_client, u"webhook.delete"_s,
                             QJsonObject{{u"webhookId"_s, webhookId}}, context,
                             [](const QJsonValue &) { return Nothing{}; }, std::move(done), partnerRoundTrip);
}

IntegrationTestResult IntegrationService::decodeTestResult(const QJsonObject &results)
{
    JsonReader reader(results);
    IntegrationTestResult result;
    result.ok = reader.optionalBool(u"ok"_s);
    for (const QJsonValue value : reader.optionalArray(u"checks"_s)) {
        JsonReader check(value.toObject());
        result.checks << IntegrationCheck{check.optionalString(u"id"_s),
                                          check.optionalString(u"label"_s),
                                          check.optionalBool(u"ok"_s),
                                          check.optionalString(u"message"_s)};
    }
    JsonReader details(reader.optionalObject(u"details"_s));
    for (const QJsonValue value : details.optionalArray(u"packages"_s)) {
        JsonReader package(value.toObject());
        result.packages << AssessmentPackage{package.optionalString(u"id"_s),
                                             package.optionalString(u"name"_s),
                                             package.optionalString(u"description"_s)};
    }
    result.plan = details.optionalString(u"plan"_s);
    result.syncIntervalMinutes = details.optionalInt(u"syncIntervalMinutes"_s);
    result.jobsSynced = details.optionalInt(u"jobsSynced"_s);
    return result;
}

} // namespace Tessera
