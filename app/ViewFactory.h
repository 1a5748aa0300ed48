#pragma once

namespace Tessera {

class ApiClient;
class CandidateDirectory;
class MainWindow;

// Puts the real views of one backend connection into the main window.
namespace ViewFactory {

struct Dependencies
{
    ApiClient *client;
    CandidateDirectory *directory;
};

void install(MainWindow &window, const Dependencies &dependencies);

} // namespace ViewFactory
} // namespace Tessera
