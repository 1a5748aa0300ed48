#include "BaselineLoop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Bench {

BaselineLoop::BaselineLoop(QNetworkAccessManager *network, QUrl baseUrl,
                           QByteArray authorization, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(std::move(baseUrl))
    , m_authorization(std::move(authorization))
{
    QString path = m_url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    m_url.setPath(path + u"candidate.list"_s);
}

void BaselineLoop::start()
{
    m_pages = 0;
    m_records = 0;
    m_bytes = 0;
    m_error.clear();
    m_clock.start();
    request({});
}

void BaselineLoop::request(const QString &cursor)
{
    QJsonObject body{{u"limit"_s, 100}};
    if (!cursor.isEmpty())
        body.insert(u"cursor"_s, cursor);
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", m_authorization);
    QNetworkReply *reply =
        m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

void BaselineLoop::onReply(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        finish(u"HTTP %1: %2"_s.arg(status).arg(reply->errorString()));
        return;
    }
    const QByteArray body = reply->readAll();
    m_bytes += body.size();
    const QJsonObject envelope = QJsonDocument::fromJson(body).object();
    if (!envelope.value(u"success"_s).toBool()) {
        finish(u"page %1 is not a success envelope"_s.arg(m_pages + 1));
        return;
    }
    ++m_pages;
    m_records += envelope.value(u"results"_s).toArray().size();
    const QString cursor = envelope.value(u"nextCursor"_s).toString();
    if (envelope.value(u"moreDataAvailable"_s).toBool() && !cursor.isEmpty())
        request(cursor);
    else
        finish();
}

void BaselineLoop::finish(const QString &error)
{
    m_elapsedNs = m_clock.nsecsElapsed();
    m_error = error;
    Q_EMIT finished();
}

} // namespace Tessera::Bench
