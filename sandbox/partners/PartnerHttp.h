#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <utility>

class QNetworkAccessManager;

namespace Tessera::Sandbox {

// What came back from one outbound HTTP call; status 0 when no HTTP answer arrived.
struct PartnerReply
{
    int status = 0;
    QByteArray body;
    QString error; // network error or timeout, for messages
    QJsonObject json() const;
    bool isHttpOk() const { return status >= 200 && status < 300; }
    // An Ashby envelope with success true.
    bool isSuccess() const;
    QString errorCode() const;    // errorInfo.code
    QString errorMessage() const; // errorInfo.message, or a description of the failure
};

// Real HTTP for the stand-ins and the ATS (partner -> ATS, ATS -> partner, partner -> receiver)
// on the sandbox's thread, each call with a timeout; callbacks run unless `context` is gone.
class PartnerHttp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerHttp)
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    using Callback = std::function<void(const PartnerReply &)>;

    explicit PartnerHttp(QObject *parent = nullptr);

    // The ATS API as partners reach it (loopback), e.g. http://127.0.0.1:8787/
    void setAtsBaseUrl(const QUrl &url) { m_atsBaseUrl = url; }
    QUrl atsBaseUrl() const { return m_atsBaseUrl; }
    QString atsUrl(const QString &path) const; // path without the leading slash

    void send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
              const Headers &headers, QObject *context, Callback done);
    // POST <ats>/<method> with the key as the Basic user name, JSON body, and `extraHeaders`
    // (e.g. an Idempotency-Key, so a retry after a lost answer is not applied twice).
    void callAts(const QString &apiKey, const QString &method, const QJsonObject &body,
                 QObject *context, Callback done, const Headers &extraHeaders = {});

    static constexpr int timeoutMs = 10'000;
    // "Basic <base64(user:)>" with the secret as the user name.
    static QByteArray basicAuthorization(const QString &user);

private:
    QNetworkAccessManager *m_network;
    QUrl m_atsBaseUrl;
};

} // namespace Tessera::Sandbox
