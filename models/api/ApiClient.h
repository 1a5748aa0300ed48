#pragma once

#include "ApiError.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace Tessera {

class ApiCall;

struct ApiClientOptions
{
    int timeoutMs = 30'000;
    int maxReadAttempts = 4;           // first try + retries, for idempotent calls
    int maxRateLimitedWriteAttempts = 3; // a 429 means the write was not processed
    // A write that carries an Idempotency-Key (docs/API.md §1.10; every write does) is sent
    // again after a lost answer, a cut body, 5xx or 429, up to this many attempts in all.
    int maxDroppedWriteAttempts = 5;
    int retryBaseDelayMs = 500;
    int maxRetryDelayMs = 30'000;
    int maxRetryAfterSeconds = 60;
    qsizetype offThreadDecodeBytes = 64 * 1024; // larger bodies are parsed on a worker thread
};

struct CallOptions
{
    enum class Idempotency { Infer, Read, Write };
    Idempotency idempotency = Idempotency::Infer;
    int timeoutMs = 0; // 0 = the client's default
};

// One backend connection (docs/API.md): base URL + API key over an injected
// QNetworkAccessManager. Every request is an ApiCall that finishes exactly once.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    enum class ConnectionState { Unknown, Online, Offline, KeyRejected };
    Q_ENUM(ConnectionState)

    ApiClient(QNetworkAccessManager *network, const QUrl &baseUrl, const QString &apiKey,
              QObject *parent = nullptr);
    // Every call still running ends as cancelled.
    ~ApiClient() override;

    // The call is owned by `context` (a view, a model): destroying the context cancels it.
    ApiCall *call(const QString &method, const QJsonObject &body, QObject *context,
                  const CallOptions &options = {});

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    void setApiKey(const QString &apiKey) { m_apiKey = apiKey; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    const ApiClientOptions &options() const { return m_options; }
    void setOptions(const ApiClientOptions &options) { m_options = options; }
    ConnectionState connectionState() const { return m_state; }

    static bool isReadMethod(const QString &method);

Q_SIGNALS:
    void connectionStateChanged(Tessera::ApiClient::ConnectionState state);
    void retryScheduled(const QString &method, int attempt, int delayMs,
                        const Tessera::ApiError &reason);
    // A request left for the backend (each attempt of a call counts).
    void requestSent(const QString &method);

private:
    friend class ApiCall;
    QNetworkAccessManager *network() const { return m_network; }
    QByteArray authorization() const;
    void reportOutcome(const ApiError &error);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    ApiClientOptions m_options;
    ConnectionState m_state = ConnectionState::Unknown;
    QList<QPointer<ApiCall>> m_calls; // the calls that may still be running
};

} // namespace Tessera
