#pragma once

// A minimal HTTP/1.1 receiver on 127.0.0.1 for webhook deliveries: records the JSON bodies and
// answers every request with `status`.
#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>
#include <stdexcept>

namespace Tessera::Test {

class WebhookReceiver final
{
public:
    WebhookReceiver()
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            throw std::runtime_error("the webhook receiver cannot listen");
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/hook").arg(m_server.serverPort());
    }

    int status = 200;
    QList<QJsonObject> bodies;

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
            qsizetype length = 0;
            for (const QByteArray &line : buffer->left(headerEnd).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            bodies << QJsonDocument::fromJson(buffer->mid(headerEnd + 4, length)).object();
            buffer->clear();
            const QByteArray answer = "received " + QByteArray::number(status);
            socket->write("HTTP/1.1 " + QByteArray::number(status) + " Test\r\nContent-Type: "
                          "text/plain\r\nConnection: close\r\nContent-Length: "
                          + QByteArray::number(answer.size()) + "\r\n\r\n" + answer);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
};

} // namespace Tessera::Test
