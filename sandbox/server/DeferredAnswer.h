#pragma once

#include "HttpAnswer.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Tessera::Sandbox {

class ApiFailure;

// The answer of a method that must wait (for a partner's HTTP answer, say) without blocking the
// server's thread. The handler returns MethodResult(deferred) and completes it once, later;
// the server writes it to the connection if that is still open.
class DeferredAnswer final
{
public:
    using Sink = std::function<void(const HttpAnswer &)>;

    DeferredAnswer() = default;
    // Answers 500 if the work that held the answer was dropped without completing it.
    ~DeferredAnswer();
    Q_DISABLE_COPY_MOVE(DeferredAnswer)

    static std::shared_ptr<DeferredAnswer> create(const QString &requestId)
    {
        auto deferred = std::make_shared<DeferredAnswer>();
        deferred->setRequestId(requestId);
        return deferred;
    }

    void succeed(const QJsonObject &results);
    void fail(const QString &code, const QString &message, int httpStatus = 200);
    void fail(const ApiFailure &failure);
    bool isDone() const { return m_done; }

    // Dispatcher and server side.
    void setRequestId(const QString &requestId) { m_requestId = requestId; }
    void setSink(Sink sink);
    // Sees the answer once it is complete, before the sink (IdempotentWrites records it).
    void setObserver(Sink observer) { m_observer = std::move(observer); }

private:
    void finish(HttpAnswer answer);

    QString m_requestId;
    Sink m_sink;
    Sink m_observer;
    std::optional<HttpAnswer> m_answer; // completed before the sink was set
    bool m_done = false;
};

using Deferred = std::shared_ptr<DeferredAnswer>;

} // namespace Tessera::Sandbox
