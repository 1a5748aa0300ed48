#pragma once

#include "models/api/ApiError.h"
#include "models/domain/Organization.h"

#include <QObject>

namespace Tessera {

class ApiClient;

// The console's view of one backend connection: whether it is reachable, which organisation it
// serves, and the last error. Views bind to this instead of talking to the client directly.
class BackendSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackendSession)
public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    explicit BackendSession(ApiClient *client, QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }
    State state() const { return m_state; }
    const Organization &organization() const { return m_organization; }
    const ApiError &lastError() const { return m_lastError; }

    // Asks the backend who it is (organization.info; apiKey.info on backends without it).
    void connectToBackend();

Q_SIGNALS:
    void stateChanged(Tessera::BackendSession::State state);

private:
    void onOrganizationInfo(const QJsonObject &results);
    void fallBackToKeyInfo();
    void fail(const ApiError &error);
    void setState(State state);

    ApiClient *m_client;
    State m_state = State::Disconnected;
    Organization m_organization;
    ApiError m_lastError;
};

} // namespace Tessera
