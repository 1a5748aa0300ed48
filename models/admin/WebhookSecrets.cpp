#include "WebhookSecrets.h"

#include "models/secrets/SecretStore.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

WebhookSecrets::WebhookSecrets(SecretStore *store, QString backendId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_backendId(std::move(backendId))
{
}

QString WebhookSecrets::keyName(const QString &webhookId)
{
    // Keychain names allow letters, digits, ".", "_" and "-" (a UUID fits).
    QString name = u"webhook-"_s;
    for (const QChar c : webhookId)
        name += c.isLetterOrNumber() && c.unicode() < 128 ? c : u'-';
    return name.left(64);
}

SecretJob *WebhookSecrets::read(const QString &webhookId, QObject *context)
{
    return m_store ? m_store->read(m_backendId, keyName(webhookId), context) : nullptr;
}

SecretJob *WebhookSecrets::write(const QString &webhookId, const QString &secret,
                                 QObject *context)
{
    return m_store ? m_store->write(m_backendId, keyName(webhookId), secret, context) : nullptr;
}

SecretJob *WebhookSecrets::remove(const QString &webhookId, QObject *context)
{
    return m_store ? m_store->remove(m_backendId, keyName(webhookId), context) : nullptr;
}

} // namespace Tessera
