#include "HttpServer.h"

#include "ApiDispatcher.h"
#include "DeferredAnswer.h"
#include "models/api/ApiProtocol.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace Tessera::Sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

void writeAnswer(QHttpServerResponder &responder, const HttpAnswer &answer)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(answer.status));
    responder.writeHeader("Content-Type", "application/json; charset=utf-8");
    responder.writeHeader("Ashby-Version", Protocol::ashbyVersion);
    responder.writeHeader("Ashby-Version-Status", "active");
    for (const auto &header : answer.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Content-Length", QByteArray::number(answer.body.size()));
    responder.writeBody(answer.body);
}

} // namespace

HttpServer::HttpServer(ApiDispatcher &dispatcher, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_dispatcher(dispatcher)
{
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    std::optional<HttpAnswer> routed;
    if (m_routes) {
        RawRequest raw{methodName(request.method()), request.url().path(), {}, request.body()};
        for (const auto &header : request.headers())
            raw.headers.insert(header.first.toLower(), header.second);
        routed = m_routes(raw);
    }
    const HttpAnswer answer = routed ? *routed
                                     : m_dispatcher.handle(methodName(request.method()),
                                                           request.url().path(),
                                                           request.value("authorization"),
                                                           request.body(),
                                                           request.value("idempotency-key"));
    if (answer.deferred || answer.delayMs > 0) {
        answerLater(request, socket, answer);
        return true;
    }
    if (answer.dropConnection) {
        socket->abort();
        return true;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    writeAnswer(responder, answer);
    return true;
}

// The responder is shared with the callback; the guard notices a connection that went away.
void HttpServer::answerLater(const QHttpServerRequest &request, QTcpSocket *socket,
                             const HttpAnswer &answer)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    if (answer.deferred) {
        answer.deferred->setSink([responder, guard, drop = answer.dropConnection](
                                     const HttpAnswer &done) {
            if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                return;
            if (drop)
                guard->abort();
            else
                writeAnswer(*responder, done);
        });
        return;
    }
    QTimer::singleShot(answer.delayMs, socket, [responder, guard, answer] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        if (answer.dropConnection)
            guard->abort();
        else
            writeAnswer(*responder, answer);
    });
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace Tessera::Sandbox
