#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QTcpSocket;

namespace Tessera::Sandbox {

// Reads one connection's bytes ahead of QtHttpServer 6.4, which buffers a body of any declared
// size before a handler sees it (a Content-Length of 99,999,999,999 left the request hanging).
// A request whose head is over 64 KiB, whose Content-Length is over the limit or not a number,
// or that is chunked, is answered at once (431, 413, 400 or 411, with the error envelope and
// Connection: close) and QtHttpServer never sees it: the rest of the connection is discarded,
// never buffered, until the client closes it (at most a few seconds). Requests within the limits
// pass untouched. Child of the socket; created before QtHttpServer connects to it, so its slot
// runs first.
class RequestGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestGuard)
public:
    static constexpr qint64 defaultMaxBodyBytes = 1024 * 1024;
    static constexpr qsizetype maxHeadBytes = 64 * 1024;

    RequestGuard(QTcpSocket *socket, qint64 maxBodyBytes);

private:
    void inspect();
    // Checks a complete head (up to and including the empty line); false when it was refused.
    bool acceptHead(const QByteArray &head);
    void refuse(int status, const char *code, const QString &message);
    void discardIncoming();
    void finishAfterFlush();

    QTcpSocket *m_socket;
    qint64 m_maxBodyBytes;
    QByteArray m_head;     // the current request's head, until its empty line
    qint64 m_bodyLeft = 0; // body bytes of the current request still to pass
    bool m_refused = false;
};

} // namespace Tessera::Sandbox
