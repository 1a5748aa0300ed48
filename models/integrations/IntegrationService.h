#pragma once

#include "models/domain/Integration.h"
#include "SetupTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace Tessera {

class ApiClient;

// The ATS side of enabling an integration: keys, credentials, webhooks, enable and test. Each
// step is one asynchronous call owned by `context`; results arrive in `done`.
class IntegrationService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationService)
public:
    explicit IntegrationService(ApiClient *client, QObject *parent = nullptr);

    // apiKey.create with the partner preset: the partner names the key, the scopes are those the
    // catalog lists for the integration (scopePreset "integration:<id>") unless `scopePreset`
    // says otherwise ("readWriteAll" for Justifacts).
    void createApiKey(const QString &title, const QString &partner, const QString &scopePreset,
                      QObject *context, Done<CreatedApiKey> done);
    void listApiKeys(QObject *context, Done<QList<ApiKeyChoice>> done);

    // integration.update at the current version: credentials go to the backend write-only.
    void saveSetup(const QString &integrationId, const QJsonObject &settings,
                   const QHash<QString, QString> &credentials, QObject *context,
                   Done<Integration> done);
    void enable(const QString &integrationId, const QJsonObject &settings, QObject *context,
                Done<Integration> done);
    void disable(const QString &integrationId, QObject *context, Done<Integration> done);
    void test(const QString &integrationId, QObject *context, Done<IntegrationTestResult> done);

    void createWebhook(const QString &webhookType, const QString &requestUrl,
                       const QString &secretToken, QObject *context, Done<WebhookState> done);
    void webhookState(const QString &webhookId, QObject *context, Done<WebhookState> done);
    void deleteWebhook(const QString &webhookId, QObject *context, Done<Nothing> done);
    // Every interview stage of every plan, for a partner's stage listener.

    static IntegrationTestResult decodeTestResult(const QJsonObject &results);

private:
    QPointer<ApiClient> m_client;
};

} // namespace Tessera
