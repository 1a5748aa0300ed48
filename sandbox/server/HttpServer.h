#pragma once

#include <QAbstractHttpServer>

namespace Tessera::Sandbox {

class ApiDispatcher;

// Feeds every HTTP request to the dispatcher and writes its answer, possibly after an injected
// delay, or drops the connection when the dispatcher says so.
class HttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit HttpServer(ApiDispatcher &dispatcher, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiDispatcher &m_dispatcher;
};

} // namespace Tessera::Sandbox
