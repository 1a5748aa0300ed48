#pragma once

#include "HttpAnswer.h"

#include <QAbstractHttpServer>

#include <functional>
#include <optional>

namespace Tessera::Sandbox {

class ApiDispatcher;

// Feeds every HTTP request to the dispatcher and writes its answer, possibly after an injected
// delay, or drops the connection when the dispatcher says so.
class HttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // Routes outside the API (partner stand-ins, receivers); nullopt passes to the dispatcher.
    using Routes = std::function<std::optional<HttpAnswer>(const RawRequest &)>;

    explicit HttpServer(ApiDispatcher &dispatcher, QObject *parent = nullptr);
    void setRoutes(Routes routes) { m_routes = std::move(routes); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void answerLater(const QHttpServerRequest &request, QTcpSocket *socket,
                     const HttpAnswer &answer);

    ApiDispatcher &m_dispatcher;
    Routes m_routes;
};

} // namespace Tessera::Sandbox
