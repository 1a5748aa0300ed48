#pragma once

#include "DeliveryIndex.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Tessera::Sandbox {

class Store;

// Sends outbound webhooks (ashby-api-reference.md §6) from the sandbox's thread with its own
// QNetworkAccessManager. A delivery is a chain of attempts with one serialised body; every
// attempt is logged in webhook_deliveries. Non-2xx answers and timeouts are retried up to
// maxAttempts times, waiting (2^n - 1) x 10 s x timeScale before retry n; 401, 403, 404, 405 and
// 410 end the chain at once. A ping is a single attempt whose failure disables the webhook.
class WebhookDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDispatcher)
public:
    WebhookDispatcher(Store &store, double timeScale, QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    static constexpr int maxAttempts = 10;

    enum class PingKind { Check, Test };
    struct QueuedPing
    {
        QString deliveryId; // the log row's id once the attempt finished
        QString webhookActionId;
    };
    // Pings the webhook. A Check ping (after create/update) that gets a non-2xx answer or no
    // answer sets enabled=false and lastError; a Test ping (webhook.ping) only logs its attempt,
    // also for a disabled webhook.
    // `done` runs once the ping's attempt is logged (or the webhook is gone), after a failed
    // Check ping disabled the webhook.
    QueuedPing ping(const QString &webhookId, PingKind kind = PingKind::Check,
                    std::function<void()> done = {});
    // Delivers `action` to every enabled webhook of that type; returns how many.
    int publish(const QString &webhookActionId, const QString &action, const QJsonObject &data);
    // A new attempt chain with the body (and so the webhookActionId) of a logged delivery.
    // `deliveryId` names its first attempt (empty: a new id).
    void redeliver(const QJsonObject &delivery, const QString &deliveryId = {});

    DeliveryIndex &deliveryIndex() { return m_index; }

    qint64 retryDelayMs(int retry) const; // before retry n = attempt n + 1
    int attemptTimeoutMs() const;

private:
    struct Chain
    {
        QString webhookId;
        QString webhookActionId;
        QString deliveryId; // the id the first logged attempt gets; empty: a new one
        QString pendingId;  // the logged attempt this one retries (status "pending" until then)
        QString action;
        QByteArray body;
        int attempt = 1;
        bool isPing = false;
        bool disableOnFailure = false;
        bool requireEnabled = true; // event chains stop when the webhook is disabled
        std::function<void()> done; // pings: see ping()
    };

    void schedule(const Chain &chain, qint64 delayMs);
    void attempt(const Chain &chain);
    void finish(const Chain &chain, QNetworkReply *reply, qint64 startedMs, qint64 latencyMs,
                const QString &requestUrl, const QJsonObject &requestHeaders);
    void disable(const QString &webhookId, const QString &reason);
    void settle(const Chain &chain); // the chain ends without logging the retried attempt

    Store &m_store;
    DeliveryIndex m_index;
    double m_timeScale;
    QNetworkAccessManager *m_network; // child: destroyed after our connections are cut
};

} // namespace Tessera::Sandbox
