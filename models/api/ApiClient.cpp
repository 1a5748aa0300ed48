#include "ApiClient.h"

#include "ApiCall.h"
#include "ApiProtocol.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcNet, "tessera.net")

namespace Tessera {

ApiClient::ApiClient(QNetworkAccessManager *network, const QUrl &baseUrl, const QString &apiKey,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(baseUrl)
    , m_apiKey(apiKey)
{
}

bool ApiClient::isReadMethod(const QString &method)
{
    const QString verb = method.section(u'.', -1);
    return verb.startsWith(u"list"_s) || verb.startsWith(u"info"_s) || verb == u"search"_s;
}

ApiCall *ApiClient::call(const QString &method, const QJsonObject &body, QObject *context,
                         const CallOptions &options)
{
    const bool read = options.idempotency == CallOptions::Idempotency::Infer
        ? isReadMethod(method)
        : options.idempotency == CallOptions::Idempotency::Read;
    auto *call = new ApiCall(this, method, body, read,
                             options.timeoutMs > 0 ? options.timeoutMs : m_options.timeoutMs,
                             context ? context : this);
    m_calls.removeIf([](const QPointer<ApiCall> &running) { return running.isNull(); });
    m_calls.append(call);
    call->send();
    return call;
}

ApiClient::~ApiClient()
{
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall> &call : calls)
        if (call)
            call->cancel();
}

QByteArray ApiClient::authorization() const
{
    return Protocol::basicAuthorization(m_apiKey);
}

void ApiClient::reportOutcome(const ApiError &error)
{
    ConnectionState state = m_state;
    if (!error.isError() || error.kind() == ApiError::Kind::Logical
        || error.kind() == ApiError::Kind::RateLimited)
        state = ConnectionState::Online;
    else if (error.isKeyRejected())
        state = ConnectionState::KeyRejected;
    else if (error.kind() == ApiError::Kind::Transport || error.kind() == ApiError::Kind::Timeout)
        state = ConnectionState::Offline;
    if (state != m_state) {
        m_state = state;
        qCInfo(lcNet) << "connection state" << state;
        Q_EMIT connectionStateChanged(state);
    }
}

} // namespace Tessera
