#include "LowDelayTcpServer.h"

#include "RequestGuard.h"

#include <QTcpSocket>

namespace Tessera::Sandbox {

void LowDelayTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    new RequestGuard(socket, m_maxBodyBytes); // child of the socket
    addPendingConnection(socket);
}

} // namespace Tessera::Sandbox
