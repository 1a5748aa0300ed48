#pragma once

// A minimal webhook receiver for tests that watch the sandbox's outbound deliveries.
#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>
#include <stdexcept>

namespace Tessera::Test {

struct Received
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    qint64 atMs = 0; // since the receiver started

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString action() const { return json().value(QStringLiteral("action")).toString(); }
    QString actionId() const { return json().value(QStringLiteral("webhookActionId")).toString(); }
};

// A minimal HTTP/1.1 server on 127.0.0.1 that records every request and answers pings with
// pingStatus and other requests with the queued statuses, then defaultStatus.
class WebhookReceiver final
{
public:
    WebhookReceiver()
    {
        m_clock.start();
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            throw std::runtime_error("the webhook receiver cannot listen");
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    QString url(const QString &path = QStringLiteral("/hook")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }

    QList<Received> requests;
    int pingStatus = 200;
    int defaultStatus = 200;
    QList<int> queued;

    QList<Received> events() const // everything but pings
    {
        QList<Received> found;
        for (const Received &request : requests)
            if (request.action() != QStringLiteral("ping"))
                found << request;
        return found;
    }
    qsizetype pings() const { return requests.size() - events().size(); }
    // The same status for pings and events.
    void answerAll(int status)
    {
        pingStatus = status;
        defaultStatus = status;
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            Received request;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.path = requestLine.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                           lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            request.body = buffer->mid(headerEnd + 4, length);
            request.atMs = m_clock.elapsed();
            buffer->clear();
            int status = pingStatus;
            if (request.action() != QStringLiteral("ping"))
                status = queued.isEmpty() ? defaultStatus : queued.takeFirst();
            requests << request;
            const QByteArray answer = QByteArrayLiteral("status ") + QByteArray::number(status);
            socket->write(QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + " Test\r\n"
                          "Content-Type: text/plain\r\nConnection: close\r\nContent-Length: "
                          + QByteArray::number(answer.size()) + "\r\n\r\n" + answer);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    QElapsedTimer m_clock;
};

} // namespace Tessera::Test
