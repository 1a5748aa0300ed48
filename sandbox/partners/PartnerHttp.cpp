#include "PartnerHttp.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

QJsonObject PartnerReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool PartnerReply::isSuccess() const
{
    return isHttpOk() && json().value(u"success"_s).toBool();
}

QString PartnerReply::errorCode() const
{
    return json().value(u"errorInfo"_s).toObject().value(u"code"_s).toString();
}

QString PartnerReply::errorMessage() const
{
    const QString message = json().value(u"errorInfo"_s).toObject().value(u"message"_s).toString();
    if (!message.isEmpty())
        return message;
    if (status == 0)
        return error;
    return u"HTTP %1"_s.arg(status);
}

PartnerHttp::PartnerHttp(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

QString PartnerHttp::atsUrl(const QString &path) const
{
    return m_atsBaseUrl.toString(QUrl::StripTrailingSlash) + u'/' + path;
}

void PartnerHttp::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                       const Headers &headers, QObject *context, Callback done)
{
    QNetworkRequest request(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, done = std::move(done)] {
        reply->deleteLater();
        PartnerReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        if (result.status == 0)
            result.error = reply->error() == QNetworkReply::OperationCanceledError
                ? u"no answer within %1 s"_s.arg(timeoutMs / 1000)
                : reply->errorString();
        if (guard)
            done(result);
    });
}

QByteArray PartnerHttp::basicAuthorization(const QString &user)
{
    QByteArray credentials = user.toUtf8();
    credentials.append(':');
    return QByteArrayLiteral("Basic ") + credentials.toBase64();
}

void PartnerHttp::callAts(const QString &apiKey, const QString &method, const QJsonObject &body,
                          QObject *context, Callback done, const Headers &extraHeaders)
{
    Headers headers{{"Authorization", basicAuthorization(apiKey)}};
    headers << extraHeaders;
    send("POST", QUrl(atsUrl(method)), QJsonDocument(body).toJson(QJsonDocument::Compact),
         headers, context, std::move(done));
}

} // namespace Tessera::Sandbox
