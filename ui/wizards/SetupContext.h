#pragma once

#include <QPointer>
#include <QString>

namespace Tessera {

class ApiClient;
class IntegrationService;
class PartnerConsole;
class SecretStore;
class Settings;

// What every enable wizard needs from the connection it runs on.
struct SetupContext
{
    ApiClient *client = nullptr;
    IntegrationService *service = nullptr;
    // Only on a backend with simulated partners (a sandbox): null otherwise.
    PartnerConsole *partnerConsole = nullptr;
    SecretStore *secrets = nullptr;
    Settings *settings = nullptr;
    QString backendId;
};

} // namespace Tessera
