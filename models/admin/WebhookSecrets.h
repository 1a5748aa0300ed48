#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace Tessera {

class SecretJob;
class SecretStore;

// The secret tokens of the webhooks this console created or changed, in the OS keychain under
// the backend and the webhook id ("webhook-<id>"), so a delivery's signature can be checked
// later. SecretStore indexes them, so forgetting the backend removes them too.
class WebhookSecrets final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookSecrets)
public:
    WebhookSecrets(SecretStore *store, QString backendId, QObject *parent = nullptr);

    static QString keyName(const QString &webhookId);
    // Each job is a child of context; null when there is no store.
    SecretJob *read(const QString &webhookId, QObject *context);
    SecretJob *write(const QString &webhookId, const QString &secret, QObject *context);
    SecretJob *remove(const QString &webhookId, QObject *context);

private:
    QPointer<SecretStore> m_store;
    QString m_backendId;
};

} // namespace Tessera
