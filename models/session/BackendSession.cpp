#include "BackendSession.h"

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

BackendSession::BackendSession(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void BackendSession::connectToBackend()
{
    setState(State::Connecting);
    ApiCall *call = m_client->call(u"organization.info"_s, {}, this);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (!call->error().isError())
            onOrganizationInfo(call->results().toObject());
        else if (call->error().kind() == ApiError::Kind::HttpStatus
                 && call->error().httpStatus() == 404)
            fallBackToKeyInfo();
        else
            fail(call->error());
    });
}

void BackendSession::onOrganizationInfo(const QJsonObject &results)
{
    const auto decoded = Organization::fromJson(results);
    if (const auto *problem = std::get_if<DecodeError>(&decoded)) {
        ApiError error(ApiError::Kind::MalformedBody, u"organization.info"_s);
        error.setServerMessage(problem->toString()).setParseOffset(0);
        fail(error);
        return;
    }
    m_organization = std::get<Organization>(decoded);
    m_lastError = {};
    setState(State::Connected);
}

// A backend that implements only Ashby's public API: the key's own info proves the connection.
void BackendSession::fallBackToKeyInfo()
{
    ApiCall *call = m_client->call(u"apiKey.info"_s, {}, this);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (call->error().isError()) {
            fail(call->error());
            return;
        }
        m_organization = Organization{};
        m_organization.name = m_client->baseUrl().host();
        m_organization.hasExtensions = false;
        m_lastError = {};
        setState(State::Connected);
    });
}

void BackendSession::fail(const ApiError &error)
{
    m_lastError = error;
    setState(State::Failed);
}

void BackendSession::setState(State state)
{
    if (state == m_state && state != State::Failed)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Tessera
