#include "ApiCall.h"

#include "ApiClient.h"
#include "ApiProtocol.h"
#include "EnvelopeDecoder.h"
#include "models/core/WorkerPriority.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QUuid>

#include <memory>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace Tessera {

ApiCall::ApiCall(ApiClient *client, QString method, const QJsonObject &body, bool read,
                 int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_method(std::move(method))
    , m_body(QJsonDocument(body).toJson(QJsonDocument::Compact))
    , m_read(read)
    , m_timeoutMs(timeoutMs)
{
    m_url = client->baseUrl();
    QString path = m_url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    m_url.setPath(path + m_method);
    m_authorization = client->authorization();
    if (!m_read)
        m_idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::send);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    finish(ApiError(ApiError::Kind::Cancelled, m_method));
}

void ApiCall::send()
{
    if (!m_client) {
        finish(ApiError(ApiError::Kind::Cancelled, m_method));
        return;
    }
    ++m_attempt;
    m_timedOut = false;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", m_authorization);
    if (!m_idempotencyKey.isEmpty())
        request.setRawHeader(Protocol::idempotencyKeyHeader, m_idempotencyKey);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_client->network()->post(request, m_body);
    Q_EMIT m_client->requestSent(m_method);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    m_timeout.start(m_timeoutMs);
}

ApiError ApiCall::errorFromReply(QNetworkReply *reply) const
{
    if (m_timedOut)
        return ApiError(ApiError::Kind::Timeout, m_method);
    ApiError error(ApiError::Kind::Transport, m_method);
    error.setNetworkError(reply->error()).setServerMessage(reply->errorString());
    return error;
}

void ApiCall::onReplyFinished()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = reply->readAll();
    if (!status.isValid()) { // no HTTP answer at all
        retryOrFinish(errorFromReply(reply));
        return;
    }
    const int httpStatus = status.toInt();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    if (httpStatus == 200)
        Q_EMIT bodyReceived(body);
    if (m_client && body.size() < m_client->options().offThreadDecodeBytes) {
        const auto decoded = EnvelopeDecoder::decode(m_method, httpStatus, retryAfter, body);
        onBodyDecoded(decoded.envelope, decoded.error);
        return;
    }
    // Large pages are parsed on a worker thread; the watcher dies with this call.
    auto promise = std::make_shared<QPromise<EnvelopeDecoder::Decoded>>();
    auto *watcher = new QFutureWatcher<EnvelopeDecoder::Decoded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const auto decoded = watcher->result();
        watcher->deleteLater();
        onBodyDecoded(decoded.envelope, decoded.error);
    });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, method = m_method, httpStatus, retryAfter, body] {
        WorkerPriority::yieldToInteractiveWork();
        promise->start();
        promise->addResult(EnvelopeDecoder::decode(method, httpStatus, retryAfter, body));
        promise->finish();
    });
}

void ApiCall::onBodyDecoded(const QJsonObject &envelope, const ApiError &error)
{
    if (error.isError())
        retryOrFinish(error);
    else
        finish(error, envelope);
}

int ApiCall::retryDelayMs(const ApiError &error) const
{
    const ApiClientOptions &options = m_client->options();
    if (error.kind() == ApiError::Kind::RateLimited && error.retryAfterSeconds() >= 0)
        return std::min(error.retryAfterSeconds(), options.maxRetryAfterSeconds) * 1000;
    const double exponential = options.retryBaseDelayMs * std::pow(2.0, m_attempt - 1);
    const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
    return int(std::min<double>(options.maxRetryDelayMs, exponential * jitter));
}

void ApiCall::retryOrFinish(const ApiError &error)
{
    if (!m_client) {
        finish(error);
        return;
    }
    const ApiClientOptions &options = m_client->options();
    const bool rateLimited = error.kind() == ApiError::Kind::RateLimited;
    // A write with an Idempotency-Key is safe to send again: the server answers a repeat with
    // the first result, or runs it if nothing was applied. Retried: no HTTP answer, a body cut
    // short, the server still applying an earlier attempt; and, once the write is being sent
    // again (an earlier attempt may have been applied with its answer lost, even unseen:
    // QNetworkAccessManager resends once on a kept-alive connection that closed), 5xx and 429
    // too, so the call does not give up between them and leave the admin to retry with a new
    // key. A first answer of 5xx ends it; a timeout too (that attempt may still be running).
    const bool keyed = !m_idempotencyKey.isEmpty();
    const bool answerLost = keyed
        && ((error.kind() == ApiError::Kind::Transport && error.isTransient())
            || error.kind() == ApiError::Kind::MalformedBody
            || error.code() == QLatin1StringView(Protocol::ErrorCode::idempotencyKeyInUse));
    const bool keyedRetry = answerLost
        || (keyed && m_attempt > 1 && error.isTransient()
            && error.kind() != ApiError::Kind::Timeout);
    const int maxAttempts = m_read ? options.maxReadAttempts
        : keyedRetry               ? options.maxDroppedWriteAttempts
        : rateLimited              ? options.maxRateLimitedWriteAttempts
                                   : 1;
    const bool retryable = m_read ? error.isTransient() : keyedRetry || rateLimited;
    if (!retryable || m_attempt >= maxAttempts) {
        finish(error);
        return;
    }
    const int delay = retryDelayMs(error);
    qCInfo(lcNet) << m_method << "attempt" << m_attempt << "failed (" << int(error.kind())
                  << error.httpStatus() << "); retrying in" << delay << "ms";
    Q_EMIT retrying(m_attempt + 1, delay, error);
    Q_EMIT m_client->retryScheduled(m_method, m_attempt + 1, delay, error);
    m_retryTimer.start(delay);
}

void ApiCall::finish(const ApiError &error, const QJsonObject &envelope)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_envelope = envelope;
    if (m_client && error.kind() != ApiError::Kind::Cancelled)
        m_client->reportOutcome(error);
    Q_EMIT finished();
    deleteLater();
}

} // namespace Tessera
