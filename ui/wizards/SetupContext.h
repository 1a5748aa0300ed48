#pragma once

#include <QPointer>
#include <QString>
#include <QUrl>

namespace Tessera {

class BackgroundWork;

class IntegrationService;
class PartnerConsole;
class ReferenceData;
class SecretStore;
class Settings;

// What every enable wizard needs from the connection it runs on.
struct SetupContext
{
    QUrl backendUrl;
    ReferenceData *reference = nullptr;
    IntegrationService *service = nullptr;
    // Only on a backend with simulated partners (a sandbox): null otherwise.
    PartnerConsole *partnerConsole = nullptr;
    SecretStore *secrets = nullptr;
    Settings *settings = nullptr;
    QString backendId;
    // Where long steps (Willo's first sync) show in the status bar; optional.
    BackgroundWork *work = nullptr;
};

} // namespace Tessera
