#pragma once

#include "models/core/LoadStatus.h"
#include "models/domain/WebhookDelivery.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

namespace Tessera {

class ApiCall;
class ApiClient;
class WebhookSecrets;

// One logged attempt in full (webhookDelivery.info): the body exactly as sent, its headers and
// the answer; and the local signature check against the webhook's secret from the keychain.
// A secret is used for one check and not kept (unless the user asks to remember it).
class DeliveryDetail final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryDetail)
public:
    enum class Verdict { Matches, DoesNotMatch, NoSignature };
    Q_ENUM(Verdict)

    DeliveryDetail(ApiClient *client, WebhookSecrets *secrets, QObject *parent = nullptr);

    LoadStatus *status() const { return m_status; }
    void load(const QString &deliveryId);
    const WebhookDelivery &delivery() const { return m_delivery; }
    QByteArray requestBody() const { return m_body; }
    // The body as indented JSON (as sent when it is not JSON).
    QString prettyPayload() const;
    const QList<QPair<QString, QString>> &requestHeaders() const { return m_headers; }
    QString signatureHeader() const;

    // Reads the webhook's secret from the keychain and checks: verified(), or secretNeeded()
    // when the keychain has none (or cannot be read).
    void verify();
    // Checks with a secret the user pasted; `remember` also stores it in the keychain.
    void verifyWith(const QString &secret, bool remember);

Q_SIGNALS:
    void loaded();
    void verified(Tessera::DeliveryDetail::Verdict verdict);
    // reason: why the keychain had no secret to offer, as a sentence (empty: none stored).
    void secretNeeded(const QString &reason);
    void secretRemembered(bool ok, const QString &message);

private:
    Verdict check(const QString &secret) const;

    QPointer<ApiClient> m_client;
    QPointer<WebhookSecrets> m_secrets;
    LoadStatus *m_status;
    QPointer<ApiCall> m_call;
    WebhookDelivery m_delivery;
    QByteArray m_body;
    QList<QPair<QString, QString>> m_headers;
};

} // namespace Tessera
