#include "ConnectionProbe.h"

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

ConnectionProbe::ConnectionProbe(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

void ConnectionProbe::probe(const QUrl &baseUrl, const QString &apiKey)
{
    cancel();
    m_result = {};
    m_client = new ApiClient(m_network, baseUrl, apiKey, this);
    ApiClientOptions options;
    options.timeoutMs = 15'000;
    options.maxReadAttempts = 1; // a person is waiting: report at once, they can retry
    m_client->setOptions(options);
    ApiCall *call = m_client->call(u"apiKey.info"_s, {}, m_client);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (call->error().isError()) {
            const ApiError error = call->error();
            finish();
            Q_EMIT failed(error);
            return;
        }
        const QJsonObject info = call->results().toObject();
        m_result.keyTitle = info.value(u"title"_s).toString();
        for (const QJsonValue scope : info.value(u"scopes"_s).toArray())
            m_result.scopes << scope.toString();
        fetchOrganization();
    });
}

void ConnectionProbe::fetchOrganization()
{
    ApiCall *call = m_client->call(u"organization.info"_s, {}, m_client);
    connect(call, &ApiCall::finished, this, [this, call] {
        // Optional: a backend without the extension (or a key without the permission) is fine.
        if (!call->error().isError()) {
            const QJsonObject organization = call->results().toObject();
            m_result.organizationName = organization.value(u"name"_s).toString();
            m_result.isSandbox = organization.value(u"isSandbox"_s).toBool();
        }
        const Result result = m_result;
        finish();
        Q_EMIT succeeded(result);
    });
}

void ConnectionProbe::cancel()
{
    finish();
}

void ConnectionProbe::finish()
{
    if (m_client) {
        for (ApiCall *call : m_client->findChildren<ApiCall *>())
            call->disconnect(this); // an answer to an abandoned probe must not end the next one
        m_client->deleteLater(); // its calls are its children and go with it
        m_client = nullptr;
    }
}

} // namespace Tessera
