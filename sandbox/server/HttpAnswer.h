#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

namespace Tessera::Sandbox {

class DeferredAnswer;

struct HttpAnswer
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool dropConnection = false;
    int delayMs = 0;
    // Set when the handler answers later (it waits for real HTTP): the server keeps the
    // connection's responder and writes the answer when this completes.
    std::shared_ptr<DeferredAnswer> deferred;
};

// One HTTP request as the partner stand-ins' routes see it (header names in lower case).
struct RawRequest
{
    QByteArray verb;
    QString path;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

} // namespace Tessera::Sandbox
