#pragma once

#include <QTcpServer>

namespace Tessera::Sandbox {

// QtHttpServer 6.4 writes headers and body separately; with Nagle's algorithm and delayed ACKs
// that costs ~40 ms per response. This server disables Nagle on every accepted socket.
class LowDelayTcpServer final : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override;
};

} // namespace Tessera::Sandbox
