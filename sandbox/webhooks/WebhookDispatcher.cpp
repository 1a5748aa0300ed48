#include "WebhookDispatcher.h"

#include "sandbox/store/Records.h"
#include "sandbox/store/Store.h"
#include "DeliveryLog.h"
#include "WebhookSignature.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcWebhooks, "tessera.sandbox.webhooks")

namespace Tessera::Sandbox {

namespace {

constexpr qsizetype maxSnippetBytes = 512;

QByteArray serializedBody(const QString &webhookActionId, const QString &action,
                          const QJsonObject &data)
{
    return QJsonDocument(QJsonObject{{u"webhookActionId"_s, webhookActionId},
                                     {u"action"_s, action},
                                     {u"data"_s, data}})
        .toJson(QJsonDocument::Compact);
}

bool isRetryable(int status)
{
    static constexpr int terminal[] = {401, 403, 404, 405, 410};
    return std::find(std::begin(terminal), std::end(terminal), status) == std::end(terminal);
}

// At most maxSnippetBytes of UTF-8, cut on a character boundary.
QString snippetOf(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes.left(maxSnippetBytes));
    while (text.toUtf8().size() > maxSnippetBytes)
        text.chop(1);
    return text;
}

bool isLive(const std::optional<QJsonObject> &webhook)
{
    return webhook && !webhook->contains(u"deletedAt"_s);
}

} // namespace

WebhookDispatcher::WebhookDispatcher(Store &store, double timeScale, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_index(store)
    , m_timeScale(timeScale)
    , m_network(new QNetworkAccessManager(this))
{
}

WebhookDispatcher::~WebhookDispatcher() = default;

qint64 WebhookDispatcher::retryDelayMs(int retry) const
{
    const double seconds = static_cast<double>((qint64{1} << retry) - 1) * 10.0;
    return static_cast<qint64>(seconds * 1000.0 * m_timeScale + 0.5);
}

int WebhookDispatcher::attemptTimeoutMs() const
{
    return static_cast<int>(10'000.0 * std::max(m_timeScale, 0.01) + 0.5);
}

WebhookDispatcher::QueuedPing WebhookDispatcher::ping(const QString &webhookId, PingKind kind,
                                                      std::function<void()> done)
{
    const QString actionId = Records::newId();
    Chain chain;
    chain.webhookId = webhookId;
    chain.webhookActionId = actionId;
    chain.deliveryId = Records::newId();
    chain.action = u"ping"_s;
    chain.body = serializedBody(actionId, chain.action,
                                QJsonObject{{u"webhookActionType"_s, u"ping"_s}});
    chain.isPing = true;
    chain.disableOnFailure = kind == PingKind::Check;
    chain.requireEnabled = false;
    chain.done = std::move(done);
    schedule(chain, 0);
    return {chain.deliveryId, actionId};
}

int WebhookDispatcher::publish(const QString &webhookActionId, const QString &action,
                               const QJsonObject &data)
{
    // Called after the change was committed: a failure here must not fail the API call.
    QList<StoredDocument> targets;
    try {
        targets = m_store.webhooks.select(u"webhook_type = ? AND enabled = 1 AND is_deleted = 0"_s,
                                          {action}, u"rid"_s);
    } catch (const std::exception &error) {
        qCWarning(lcWebhooks) << "cannot read webhooks for" << action << error.what();
        return 0;
    }
    if (targets.isEmpty())
        return 0;
    const QByteArray body = serializedBody(webhookActionId, action, data); // once per event
    for (const StoredDocument &target : targets) {
        Chain chain;
        chain.webhookId = target.doc.value(u"id"_s).toString();
        chain.webhookActionId = webhookActionId;
        chain.action = action;
        chain.body = body;
        schedule(chain, 0);
    }
    return static_cast<int>(targets.size());
}

void WebhookDispatcher::redeliver(const QJsonObject &delivery, const QString &deliveryId)
{
    Chain chain;
    chain.deliveryId = deliveryId;
    chain.webhookId = delivery.value(u"webhookId"_s).toString();
    chain.webhookActionId = delivery.value(u"webhookActionId"_s).toString();
    chain.action = delivery.value(u"action"_s).toString();
    chain.body = delivery.value(u"requestBody"_s).toString().toUtf8();
    chain.requireEnabled = false; // asked for explicitly
    schedule(chain, 0);
}

void WebhookDispatcher::schedule(const Chain &chain, qint64 delayMs)
{
    // Never from inside a handler: the API answer goes out first.
    QTimer::singleShot(std::chrono::milliseconds(delayMs), Qt::PreciseTimer, this,
                       [this, chain] { attempt(chain); });
}

void WebhookDispatcher::attempt(const Chain &chain)
{
    std::optional<QJsonObject> webhook;
    try {
        webhook = m_store.webhooks.find(chain.webhookId);
    } catch (const std::exception &error) {
        qCWarning(lcWebhooks) << "cannot read webhook" << chain.webhookId << error.what();
        return;
    }
    if (!isLive(webhook) || (chain.requireEnabled && !webhook->value(u"enabled"_s).toBool())) {
        settle(chain); // deleted or disabled: deliveries stop
        if (chain.done)
            chain.done();
        return;
    }

    const QString url = webhook->value(u"requestUrl"_s).toString();
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Ashby-Signature",
                         webhookSignature(webhook->value(u"secretToken"_s).toString().toUtf8(),
                                          chain.body));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    QJsonObject headers{{u"Content-Type"_s, u"application/json"_s}};
    headers.insert(u"Ashby-Signature"_s, QString::fromLatin1(request.rawHeader("Ashby-Signature")));
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = m_network->post(request, chain.body);
    QTimer::singleShot(attemptTimeoutMs(), reply, [reply] {
        reply->setProperty("tesseraTimedOut", true);
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, chain, reply, startedMs, timer, url, headers] {
        finish(chain, reply, startedMs, timer->elapsed(), url, headers);
    });
}

void WebhookDispatcher::finish(const Chain &chain, QNetworkReply *reply, qint64 startedMs,
                               qint64 latencyMs, const QString &requestUrl,
                               const QJsonObject &requestHeaders)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool timedOut = reply->property("tesseraTimedOut").toBool();
    const bool ok = !timedOut && status >= 200 && status < 300;
    QString error;
    if (timedOut)
        error = u"No answer within %1 ms."_s.arg(attemptTimeoutMs());
    else if (status == 0)
        error = reply->errorString();
    else if (!ok)
        error = u"HTTP %1 %2"_s.arg(status).arg(
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());

    const QString snippet = timedOut ? QString() : snippetOf(reply->read(maxSnippetBytes));
    const QString deliveryId =
        chain.attempt == 1 && !chain.deliveryId.isEmpty() ? chain.deliveryId : Records::newId();
    const bool retries = !ok && !chain.isPing && (timedOut || status == 0 || isRetryable(status))
        && chain.attempt < maxAttempts;
    const QString integrationId = DeliveryLog::integrationOfUrl(requestUrl);
    const char *reason = nullptr;
    if (timedOut)
        reason = DeliveryLog::Reason::timeout;
    else if (status == 0)
        reason = reply->error() == QNetworkReply::ConnectionRefusedError
            ? DeliveryLog::Reason::connectionRefused
            : DeliveryLog::Reason::connectionFailed;
    else if (status >= 500)
        reason = DeliveryLog::Reason::http5xx;
    else if (status >= 400)
        reason = DeliveryLog::Reason::http4xx;
    else if (!ok)
        reason = DeliveryLog::Reason::http3xx;
    const QString logStatus = QString::fromLatin1(ok ? DeliveryLog::delivered
                                                  : retries ? DeliveryLog::pending
                                                            : DeliveryLog::failed);
    const QJsonValue reasonValue = reason ? QJsonValue(QString::fromLatin1(reason)) : QJsonValue();
    QJsonObject row{{u"id"_s, deliveryId},
                    {u"webhookId"_s, chain.webhookId},
                    {u"webhookActionId"_s, chain.webhookActionId},
                    {u"action"_s, chain.action},
                    {u"attempt"_s, chain.attempt},
                    {u"time"_s, Records::isoTime(startedMs)},
                    {u"requestUrl"_s, requestUrl},
                    {u"statusCode"_s, timedOut ? 0 : status},
                    {u"latencyMs"_s, latencyMs},
                    {u"responseSnippet"_s, snippet},
                    {u"success"_s, ok},
                    {u"status"_s, logStatus},
                    {u"reason"_s, reasonValue},
                    {u"requestBody"_s, QString::fromUtf8(chain.body)},
                    {u"requestHeaders"_s, requestHeaders},
                    {u"integrationId"_s,
                     integrationId.isEmpty() ? QJsonValue() : QJsonValue(integrationId)}};
    if (!error.isEmpty())
        row.insert(u"error"_s, error);
    try {
        m_store.webhookDeliveries.insert(
            deliveryId, startedMs, row,
            {{u"webhook_id"_s, chain.webhookId},
             {u"action_id"_s, chain.webhookActionId},
             {u"status"_s, logStatus},
             {u"reason"_s, reason ? QVariant(QString::fromLatin1(reason)) : QVariant()},
             {u"latency_ms"_s, latencyMs},
             {u"integration_id"_s, integrationId.isEmpty() ? QVariant() : QVariant(integrationId)},
             {u"action"_s, chain.action},
             {u"response"_s, snippet}});
        m_index.add(startedMs, chain.webhookId, integrationId, chain.action,
                    reason ? QString::fromLatin1(reason) : QString(), int(latencyMs));
        settle(chain);
    } catch (const std::exception &failure) {
        qCWarning(lcWebhooks) << "cannot log delivery" << failure.what();
    }

    if (chain.isPing) {
        if (!ok && chain.disableOnFailure)
            disable(chain.webhookId, u"The ping to %1 failed: %2"_s.arg(requestUrl, error));
        if (chain.done)
            chain.done();
        return;
    }
    if (ok)
        return;
    if (!retries)
        return;
    Chain next = chain;
    ++next.attempt;
    next.pendingId = deliveryId;
    schedule(next, retryDelayMs(chain.attempt));
}

void WebhookDispatcher::settle(const Chain &chain)
{
    if (chain.pendingId.isEmpty())
        return;
    try {
        DeliveryLog::settlePending(m_store, chain.pendingId);
    } catch (const std::exception &failure) {
        qCWarning(lcWebhooks) << "cannot settle delivery" << chain.pendingId << failure.what();
    }
}

void WebhookDispatcher::disable(const QString &webhookId, const QString &reason)
{
    try {
        auto webhook = m_store.webhooks.find(webhookId);
        if (!isLive(webhook))
            return;
        webhook->insert(u"enabled"_s, false);
        webhook->insert(u"lastError"_s, reason);
        webhook->insert(u"updatedAt"_s, Records::isoTime(QDateTime::currentMSecsSinceEpoch()));
        m_store.webhooks.update(webhookId, *webhook, {{u"enabled"_s, 0}});
    } catch (const std::exception &failure) {
        qCWarning(lcWebhooks) << "cannot disable webhook" << webhookId << failure.what();
    }
}

} // namespace Tessera::Sandbox
