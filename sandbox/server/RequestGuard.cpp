#include "RequestGuard.h"

#include "models/api/ApiProtocol.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <optional>

#include <sys/socket.h>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

namespace Code = Protocol::ErrorCode;

// How long a refused connection's further bytes are discarded before it is cut.
constexpr int lingerMs = 30'000;
// A refused body of at most this many more bytes is discarded as it arrives and answered once it
// is complete, so a client that sends its whole body before reading (QNetworkAccessManager
// reports an answer during its upload as a network error) reads the answer; a larger one is
// answered at once.
constexpr qint64 maxDrainBytes = 16 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 431: return "Request Header Fields Too Large";
    default: return "Error";
    }
}

// The value of header `name` (lower case) in a request head, or nullopt.
std::optional<QByteArray> headerValue(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the request line
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return std::nullopt;
}

} // namespace

RequestGuard::RequestGuard(QTcpSocket *socket, qint64 maxBodyBytes)
    : QObject(socket)
    , m_socket(socket)
    , m_maxBodyBytes(maxBodyBytes)
{
    connect(socket, &QIODevice::readyRead, this, &RequestGuard::inspect);
}

void RequestGuard::inspect()
{
    if (m_refused) {
        discardIncoming();
        return;
    }
    // Only what QtHttpServer has not read yet: it reads everything in its own slot, after ours.
    const QByteArray chunk = m_socket->peek(m_socket->bytesAvailable());
    qsizetype at = 0;
    while (at < chunk.size()) {
        if (m_bodyLeft > 0) {
            const qint64 taken = std::min<qint64>(m_bodyLeft, chunk.size() - at);
            m_bodyLeft -= taken;
            at += taken;
            continue;
        }
        const qsizetype before = m_head.size();
        const QByteArray part = chunk.mid(at, maxHeadBytes + 1 - before);
        m_head += part;
        const qsizetype end = m_head.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
        const qsizetype headSize = end < 0 ? m_head.size() : end + 4;
        if (headSize > maxHeadBytes) {
            refuse(431, Code::requestTooLarge,
                   u"The request head is over %1 bytes."_s.arg(maxHeadBytes));
            return;
        }
        if (end < 0) {
            at += part.size();
            continue;
        }
        at += headSize - before; // the bytes of this chunk that end the head
        const QByteArray head = m_head.left(headSize);
        m_head.clear();
        if (!acceptHead(head, chunk.size() - at))
            return;
    }
}

bool RequestGuard::acceptHead(const QByteArray &head, qint64 bodyBytesHere)
{
    if (const auto encoding = headerValue(head, "transfer-encoding");
        encoding && encoding->toLower() != "identity") {
        refuse(411, Code::invalidInput,
               u"Send the request body with a Content-Length; chunked bodies are not accepted."_s);
        return false;
    }
    const QByteArray length = headerValue(head, "content-length").value_or("0");
    const bool digits = !length.isEmpty() && std::all_of(length.begin(), length.end(), [](char c) {
        return c >= '0' && c <= '9';
    });
    if (!digits) {
        refuse(400, Code::invalidInput,
               u"The Content-Length header must be a whole number of bytes."_s);
        return false;
    }
    // Over 18 digits does not fit in 64 bits, and is over any limit.
    if (length.size() > 18 || length.toLongLong() > m_maxBodyBytes) {
        const qint64 rest = length.size() > 18 ? -1 : length.toLongLong() - bodyBytesHere;
        refuse(413, Code::requestTooLarge,
               u"The request body is %1 bytes; this sandbox accepts at most %2 bytes "
               "(--max-body-bytes)."_s.arg(QString::fromLatin1(length)).arg(m_maxBodyBytes),
               rest >= 0 && rest <= maxDrainBytes ? rest : -1);
        return false;
    }
    m_bodyLeft = length.toLongLong();
    return true;
}

void RequestGuard::refuse(int status, const char *code, const QString &message,
                          qint64 drainBytes)
{
    m_refused = true;
    // QtHttpServer must not see this request: its readyRead slot goes (a slot disconnected
    // during an emission is not called), ours stays.
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    connect(m_socket, &QIODevice::readyRead, this, &RequestGuard::discardIncoming);
    discardIncoming(); // what this readyRead brought: counted in drainBytes already
    m_drainLeft = drainBytes;

    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray body = QJsonDocument(Protocol::errorEnvelope(QString::fromLatin1(code),
                                                                  message, requestId))
                                .toJson(QJsonDocument::Compact);
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: application/json; charset=utf-8\r\nAshby-Version: "
        + Protocol::ashbyVersion + "\r\nAshby-Version-Status: active\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    if (m_drainLeft > 0) {
        m_answer = answer; // once the client has sent its body, as it expects
    } else {
        m_socket->write(answer);
        if (m_drainLeft == 0)
            m_socket->disconnectFromHost(); // after the answer is written
        else
            halfCloseAfterFlush();
    }
    // A client that keeps sending is cut off in the end.
    QTimer::singleShot(lingerMs, this, [this] { m_socket->abort(); });
}

void RequestGuard::discardIncoming()
{
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction(); // QtHttpServer's; it kept every byte read since
    const qint64 skipped = m_socket->skip(m_socket->bytesAvailable());
    if (m_drainLeft > 0 && skipped > 0) {
        m_drainLeft = std::max<qint64>(0, m_drainLeft - skipped);
        if (m_drainLeft == 0) {
            m_socket->write(m_answer);
            m_socket->disconnectFromHost(); // after the answer is written
        }
    }
}

// Half-closes once the answer is out, so the client reads it and closes; closing at once with
// unread bytes would reset the connection and could destroy the answer on the client's side.
void RequestGuard::halfCloseAfterFlush()
{
    m_socket->flush();
    if (m_socket->bytesToWrite() > 0) {
        connect(m_socket, &QIODevice::bytesWritten, this, [this] {
            if (m_socket->bytesToWrite() == 0)
                ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        });
        return;
    }
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

} // namespace Tessera::Sandbox
