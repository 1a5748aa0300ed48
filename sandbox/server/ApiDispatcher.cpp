#include "ApiDispatcher.h"

#include "ApiFailure.h"
#include "DeferredAnswer.h"
#include "FaultInjector.h"
#include "IdempotentWrites.h"
#include "MethodRegistry.h"
#include "models/api/ApiProtocol.h"
#include "sandbox/store/Store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "tessera.sandbox.api")

namespace Tessera::Sandbox {

namespace {

namespace Code = Protocol::ErrorCode;

HttpAnswer envelopeAnswer(int status, const QJsonObject &envelope)
{
    HttpAnswer answer;
    answer.status = status;
    answer.body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    return answer;
}

HttpAnswer errorAnswer(int status, const char *code, const QString &message,
                       const QString &requestId)
{
    return envelopeAnswer(status, Protocol::errorEnvelope(QString::fromLatin1(code), message,
                                                          requestId));
}

HttpAnswer faultAnswer(const FaultDecision &decision, const QString &requestId)
{
    switch (decision.fault) {
    case Fault::ServerError:
        return errorAnswer(503, Code::internalError,
                           u"The sandbox answered 503 (injected fault)."_s, requestId);
    case Fault::RateLimited: {
        HttpAnswer answer = errorAnswer(
            429, Code::rateLimitExceeded,
            u"Too many requests. Retry after %1 s."_s.arg(decision.retryAfterSeconds), requestId);
        answer.headers.append(std::pair<QByteArray, QByteArray>(
            "Retry-After", QByteArray::number(decision.retryAfterSeconds)));
        return answer;
    }
    case Fault::MalformedBody: {
        HttpAnswer answer;
        answer.body = R"({"success":true,"results":[{"id":"truncated)";
        return answer;
    }
    case Fault::DropConnection: {
        HttpAnswer answer;
        answer.dropConnection = true;
        return answer;
    }
    case Fault::DropAfterApply: // processed first, see handle()
    case Fault::None:
        break;
    }
    return {};
}

} // namespace

ApiDispatcher::ApiDispatcher(Store &store, const MethodRegistry &methods, FaultInjector &faults)
    : m_store(store)
    , m_methods(methods)
    , m_faults(faults)
    , m_idempotent(std::make_unique<IdempotentWrites>(store.idempotency))
{
}

ApiDispatcher::~ApiDispatcher() = default;

bool ApiDispatcher::isControlMethod(const QString &method)
{
    return method.startsWith(u"sandbox."_s);
}

bool ApiDispatcher::isReadMethod(const QString &method)
{
    const QString verb = method.section(u'.', -1);
    return verb.startsWith(u"list"_s) || verb.startsWith(u"info"_s) || verb == u"search"_s;
}

HttpAnswer ApiDispatcher::handle(const QByteArray &httpMethod, const QString &path,
                                 const QByteArray &authorization, const QByteArray &body,
                                 const QByteArray &idempotencyKey)
{
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QString method = path.startsWith(u'/') ? path.mid(1) : path;

    const auto secret = Protocol::apiKeyFromAuthorization(authorization);
    if (!secret) {
        HttpAnswer answer = errorAnswer(
            401, Code::unauthenticated,
            u"Send the API key as the user name of HTTP Basic authentication."_s, requestId);
        answer.headers.append(std::pair<QByteArray, QByteArray>(
            "WWW-Authenticate", R"(Basic realm="tessera-sandbox")"));
        return answer;
    }
    const auto key = m_store.apiKeys.findBySecret(*secret);
    if (!key)
        return errorAnswer(403, Code::forbidden, u"This API key is not valid."_s, requestId);
    if (key->isRevoked())
        return errorAnswer(403, Code::forbidden,
                           u"This API key was revoked on %1. Create a new key."_s.arg(
                               QDateTime::fromMSecsSinceEpoch(key->revokedMs, Qt::UTC)
                                   .toString(Qt::ISODate)),
                           requestId);
    if (httpMethod != "POST")
        return errorAnswer(405, Code::invalidInput, u"Use POST for every method of this API."_s,
                           requestId);
    const MethodSpec *spec = m_methods.find(method);
    if (!spec)
        return errorAnswer(404, Code::unknownMethod,
                           u"There is no method \"%1\"."_s.arg(method), requestId);

    const FaultDecision fault = isControlMethod(method) ? FaultDecision{}
                                                        : m_faults.decide(key->id, nowMs);
    if (fault.fault != Fault::None)
        qCInfo(lcApi) << "injected fault" << FaultInjector::nameOf(fault.fault) << "for" << method;
    if (fault.fault != Fault::None && fault.fault != Fault::DropAfterApply) {
        HttpAnswer answer = faultAnswer(fault, requestId);
        answer.delayMs = fault.latencyMs;
        return answer;
    }
    HttpAnswer answer = idempotencyKey.isEmpty() || isReadMethod(method)
        ? invoke(*spec, method, *key, body, requestId, nowMs)
        : invokeOnce(*spec, method, *key, body, idempotencyKey, requestId, nowMs);
    answer.delayMs = fault.latencyMs;
    answer.dropConnection = fault.fault == Fault::DropAfterApply;
    return answer;
}

HttpAnswer ApiDispatcher::invokeOnce(const MethodSpec &spec, const QString &method,
                                     const ApiKeyRecord &key, const QByteArray &body,
                                     const QByteArray &idempotencyKey, const QString &requestId,
                                     qint64 nowMs)
{
    if (!IdempotentWrites::isValidKey(idempotencyKey))
        return errorAnswer(400, Code::invalidInput,
                           u"The Idempotency-Key header must be 1 to %1 printable ASCII "
                           "characters without spaces, e.g. a UUID."_s.arg(
                               IdempotentWrites::maxKeyLength),
                           requestId);
    const QString idemKey = QString::fromLatin1(idempotencyKey);
    const QByteArray fingerprint = IdempotencyTable::fingerprintOf(method, body);
    try {
        if (auto earlier = m_idempotent->check(key.id, idemKey, fingerprint, requestId, nowMs))
            return *earlier;
        HttpAnswer answer = invoke(spec, method, key, body, requestId, nowMs);
        try {
            m_idempotent->remember(key.id, idemKey, fingerprint, answer, nowMs);
        } catch (const std::exception &error) {
            // The write is applied: answer it. Only a repeat of this key loses its replay.
            qCWarning(lcApi).noquote() << "request" << requestId << method
                                       << "could not keep its answer for replays:" << error.what();
        }
        return answer;
    } catch (const std::exception &error) {
        qCWarning(lcApi).noquote() << "request" << requestId << method
                                   << "idempotency record failed:" << error.what();
        return errorAnswer(500, Code::internalError,
                           u"The sandbox failed to answer; see its log for request %1."_s.arg(
                               requestId),
                           requestId);
    }
}

HttpAnswer ApiDispatcher::invoke(const MethodSpec &spec, const QString &method,
                                 const ApiKeyRecord &key, const QByteArray &body,
                                 const QString &requestId, qint64 nowMs)
{
    if (!key.hasScope(spec.scope))
        return envelopeAnswer(
            403, Protocol::errorEnvelope(
                     QString::fromLatin1(Code::missingPermission),
                     u"This API key lacks the \"%1\" permission that %2 needs."_s.arg(spec.scope,
                                                                                    method),
                     requestId, QJsonObject{{u"permission"_s, spec.scope}}));
    QJsonObject request;
    if (!body.trimmed().isEmpty()) {
        // Named before parsing: Qt's parser calls a top-level string "illegal value at offset 1".
        if (!body.trimmed().startsWith('{'))
            return errorAnswer(200, Code::invalidInput,
                               u"The request body must be a JSON object, e.g. {}."_s, requestId);
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return errorAnswer(200, Code::invalidInput,
                               u"The request body is not valid JSON (%1 at offset %2)."_s
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset),
                               requestId);
        if (!document.isObject())
            return errorAnswer(200, Code::invalidInput,
                               u"The request body must be a JSON object, e.g. {}."_s, requestId);
        request = document.object();
    }
    try {
        m_store.apiKeys.markUsed(key.id, nowMs); // inside: a locked database must not kill us
        const MethodResult result = spec.handler(MethodCall(method, request, key, requestId, nowMs));
        HttpAnswer ok;
        if (result.deferred()) {
            result.deferred()->setRequestId(requestId);
            ok.deferred = result.deferred();
        } else {
            ok.body = result.toJson();
        }
        return ok;
    } catch (const ApiFailure &failure) {
        return envelopeAnswer(failure.httpStatus(),
                              Protocol::errorEnvelope(failure.code(), failure.message(),
                                                      requestId));
    } catch (const std::exception &error) {
        qCWarning(lcApi).noquote() << "request" << requestId << method << "failed:" << error.what();
        m_store.database.connection().rollback();
        return errorAnswer(500, Code::internalError,
                           u"The sandbox failed to answer; see its log for request %1."_s.arg(
                               requestId),
                           requestId);
    }
}

} // namespace Tessera::Sandbox
