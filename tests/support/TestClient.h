#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <optional>
#include <string>

namespace Tessera::Test {

// Everything a test may want to look at in one HTTP exchange.
struct ApiReply
{
    bool finished = false; // false: no answer before the client's timeout
    int httpStatus = 0;    // 0 when no HTTP answer arrived
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QJsonDocument json;
    std::optional<QString> parseError; // set when the body is not JSON
    QString method;                    // the API method, for failure messages

    QJsonObject envelope() const { return json.object(); }
    bool isSuccess() const; // {"success": true} envelope
    QJsonValue results() const { return envelope().value(QStringLiteral("results")); }
    QJsonObject resultObject() const { return results().toObject(); }
    QJsonArray resultArray() const { return results().toArray(); }
    QString errorCode() const;    // errorInfo.code
    QString errorMessage() const; // errorInfo.message
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }

    // One line for test failure messages: method, status, network error and the body's start.
    std::string describe() const;
};

// Posts JSON to the sandbox the way an Ashby client does (POST /<method>, HTTP Basic with the
// key as user name). Blocking calls run a local event loop until the reply finishes; start()
// and wait() let a test keep many requests in flight.
class TestClient final
{
public:
    explicit TestClient(QUrl baseUrl, QString apiKey = {});

    void setApiKey(const QString &apiKey) { m_apiKey = apiKey; }
    QString apiKey() const { return m_apiKey; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    ApiReply call(const QString &method, const QJsonObject &body = {});
    // A raw body and, when `authorization` is nullopt, no Authorization header at all.
    ApiReply postRaw(const QString &method, const QByteArray &body,
                     const std::optional<QByteArray> &authorization);
    ApiReply get(const QString &method);

    QNetworkReply *start(const QString &method, const QJsonObject &body = {});
    // Waits for a reply from start() (or from this client's manager) and deletes it.
    ApiReply wait(QNetworkReply *reply);

    QNetworkRequest request(const QString &method) const;
    QByteArray authorization() const;
    QNetworkAccessManager &manager() { return m_manager; }

private:
    QUrl m_baseUrl;
    QString m_apiKey;
    int m_timeoutMs = 20'000;
    QNetworkAccessManager m_manager;
};

// What came back on a plain TCP connection after sending raw bytes (see exchangeRaw).
struct RawExchange
{
    bool connected = false;
    bool closedByPeer = false; // the server closed the connection within the wait
    QByteArray received;
};

// Connects to the sandbox's host and port, writes `bytes` as they are (no HTTP client in
// between, so nothing is retried or rewritten), and collects the answer until the server closes
// the connection or `waitMs` passes.
RawExchange exchangeRaw(const QUrl &baseUrl, const QByteArray &bytes, int waitMs);

// A complete HTTP/1.1 POST of `body` to /<method> with a Basic key, for exchangeRaw.
QByteArray rawPostRequest(const QUrl &baseUrl, const QString &method, const QByteArray &body,
                          const QString &apiKey);

// Parses a finished reply (exposed for tests that wait on many replies themselves).
ApiReply collectReply(QNetworkReply &reply);

} // namespace Tessera::Test
