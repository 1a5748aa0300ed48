#pragma once

#include <QTcpServer>

namespace Tessera::Sandbox {

// QtHttpServer 6.4 writes headers and body separately; with Nagle's algorithm and delayed ACKs
// that costs ~40 ms per response. This server disables Nagle on every accepted socket, and puts
// a RequestGuard (the request size limits) on it before QtHttpServer gets it.
class LowDelayTcpServer final : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

    void setMaxBodyBytes(qint64 maxBodyBytes) { m_maxBodyBytes = maxBodyBytes; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    qint64 m_maxBodyBytes = 1024 * 1024;
};

} // namespace Tessera::Sandbox
