#pragma once

#include "HttpAnswer.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

#include <utility>

namespace Tessera::Sandbox {

class FaultInjector;
class IdempotentWrites;
class MethodRegistry;
class Store;
struct ApiKeyRecord;
struct MethodSpec;

// Turns one HTTP request into an answer: authentication, injected faults, scope check, body
// parsing and the method's handler, with every failure mapped to the Ashby error envelope.
class ApiDispatcher final
{
public:
    ApiDispatcher(Store &store, const MethodRegistry &methods, FaultInjector &faults);
    ~ApiDispatcher();

    // `idempotencyKey`: the Idempotency-Key header, empty when absent (IdempotentWrites).
    HttpAnswer handle(const QByteArray &httpMethod, const QString &path,
                      const QByteArray &authorization, const QByteArray &body,
                      const QByteArray &idempotencyKey = {});

    // Control-plane methods are never subject to injected faults.
    static bool isControlMethod(const QString &method);
    // Reads (list*, info*, search), which ignore an Idempotency-Key; the console's rule too.
    static bool isReadMethod(const QString &method);

private:
    HttpAnswer invoke(const MethodSpec &spec, const QString &method, const ApiKeyRecord &key,
                      const QByteArray &body, const QString &requestId, qint64 nowMs);
    HttpAnswer invokeOnce(const MethodSpec &spec, const QString &method, const ApiKeyRecord &key,
                          const QByteArray &body, const QByteArray &idempotencyKey,
                          const QString &requestId, qint64 nowMs);

    Store &m_store;
    const MethodRegistry &m_methods;
    FaultInjector &m_faults;
    std::unique_ptr<IdempotentWrites> m_idempotent;
};

} // namespace Tessera::Sandbox
