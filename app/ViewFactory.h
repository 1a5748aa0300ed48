#pragma once

#include <QString>

namespace Tessera {

class ApiClient;
class BackendSession;
class CandidateDirectory;
class MainWindow;
class SecretStore;
class Settings;

// Puts the real views of one backend connection into the main window.
namespace ViewFactory {

struct Dependencies
{
    ApiClient *client;
    CandidateDirectory *directory;
    BackendSession *session;
    Settings *settings;
    SecretStore *secrets;
    QString backendId;
};

void install(MainWindow &window, const Dependencies &dependencies);

} // namespace ViewFactory
} // namespace Tessera
