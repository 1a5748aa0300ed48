#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace Tessera {

class ApiClient;

// One request to the backend. It finishes exactly once: with the success envelope or with an
// ApiError (Cancelled included), then deletes itself. Destroying it (with its context object)
// aborts the request without emitting finished(). Idempotent reads are retried with
// backoff on transient failures. Every write carries an Idempotency-Key (a UUID, the same on
// each attempt and on QNetworkAccessManager's own resends), so the backend applies it once; a
// write is retried on 429, which the server sends before acting, and when its connection
// dropped without an answer (only because of that key).
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)
public:
    ~ApiCall() override;

    QString method() const { return m_method; }
    bool isFinished() const { return m_finished; }
    bool isRead() const { return m_read; }
    // The Idempotency-Key of a write; empty for a read.
    QByteArray idempotencyKey() const { return m_idempotencyKey; }
    const ApiError &error() const { return m_error; }
    QJsonObject envelope() const { return m_envelope; }
    QJsonValue results() const { return m_envelope.value(QStringLiteral("results")); }
    int attempts() const { return m_attempt; }

    void cancel();

Q_SIGNALS:
    void finished();
    // An HTTP 200 body arrived and is about to be decoded (PagedFetch peeks at it to ask for
    // the next page early). Not a result: finished() may still report an error.
    void bodyReceived(const QByteArray &body);
    void retrying(int attempt, int delayMs, const Tessera::ApiError &reason);

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, QString method, const QJsonObject &body, bool read, int timeoutMs,
            QObject *parent);

    void send();
    void onReplyFinished();
    void onBodyDecoded(const QJsonObject &envelope, const ApiError &error);
    void retryOrFinish(const ApiError &error);
    int retryDelayMs(const ApiError &error) const;
    void finish(const ApiError &error, const QJsonObject &envelope = {});
    ApiError errorFromReply(QNetworkReply *reply) const;

    QPointer<ApiClient> m_client;
    QString m_method;
    QByteArray m_body;
    QUrl m_url;               // fixed at creation: a retry goes where the first attempt went
    QByteArray m_authorization;
    bool m_read;
    QByteArray m_idempotencyKey;
    int m_timeoutMs;
    int m_attempt = 0;
    bool m_finished = false;
    bool m_timedOut = false;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;
    ApiError m_error;
    QJsonObject m_envelope;
};

} // namespace Tessera
