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
// Connection: close) and QtHttpServer never sees it. The rest of the connection is discarded as
// it arrives, never buffered: a refused body of up to 16 MiB more is answered once it is
// complete (clients such as QNetworkAccessManager read no answer during their upload), anything
// else at once, then half-closed and drained until the client closes; at most 30 s in all.
// Requests within the limits pass untouched. Child of the socket; created before QtHttpServer connects to it, so its slot
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
    // Checks a complete head (up to and including the empty line), followed in this read by
    // `bodyBytesHere` bytes; false when it was refused.
    bool acceptHead(const QByteArray &head, qint64 bodyBytesHere);
    // Answers and stops passing bytes on. `drainBytes`: how many more bytes of the refused body to
    // discard before closing (-1: do not wait for them, half-close once the answer is out).
    void refuse(int status, const char *code, const QString &message, qint64 drainBytes = -1);
    void discardIncoming();
    void halfCloseAfterFlush();

    QTcpSocket *m_socket;
    qint64 m_maxBodyBytes;
    QByteArray m_head;     // the current request's head, until its empty line
    qint64 m_bodyLeft = 0; // body bytes of the current request still to pass
    bool m_refused = false;
    qint64 m_drainLeft = -1; // once refused: body bytes still to discard, -1 when not waited for
    QByteArray m_answer;     // written once m_drainLeft reaches 0
};

} // namespace Tessera::Sandbox
