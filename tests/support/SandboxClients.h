#pragma once

#include "tests/support/SandboxProcess.h"
#include "tests/support/TestClient.h"

#include "models/api/ApiClient.h"

#include <QNetworkAccessManager>

namespace Tessera::Test {

// A console-side client (the real ApiClient, with quick retries so injected faults do not slow
// a test down) and a raw test client on one sandbox.
struct SandboxClients
{
    explicit SandboxClients(SandboxProcess &process)
        : sandbox(process)
        , client(&network, process.baseUrl(), process.adminKey())
        , raw(process.baseUrl(), process.adminKey())
    {
        ApiClientOptions options = client.options();
        options.retryBaseDelayMs = 20;
        options.maxRetryDelayMs = 200;
        client.setOptions(options);
    }

    SandboxProcess &sandbox;
    QNetworkAccessManager network;
    ApiClient client;
    TestClient raw;
};

} // namespace Tessera::Test
