#pragma once

// A real ApiClient against a real tessera-sandbox process, plus admin access to its controls.
#include "tests/support/CatchQt.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestClient.h"

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace Tessera::Test {

struct ClientFixture
{
    explicit ClientFixture(SandboxProcess &server, ApiClientOptions options = fastRetries())
        : sandbox(server)
        , admin(server.baseUrl(), server.adminKey())
        , client(std::make_unique<ApiClient>(&network, server.baseUrl(), server.adminKey()))
    {
        client->setOptions(options);
    }
    ~ClientFixture() { resetFaults(); }

    static ApiClientOptions fastRetries()
    {
        ApiClientOptions options;
        options.timeoutMs = 10'000;
        options.retryBaseDelayMs = 20; // the schedule's shape, not its length, is under test
        options.maxRetryDelayMs = 200;
        return options;
    }

    void configure(const QJsonObject &body)
    {
        const ApiReply reply = admin.call(QStringLiteral("sandbox.configure"), body);
        INFO(reply.describe());
        REQUIRE(reply.isSuccess());
    }

    void failNext(const QStringList &faults)
    {
        configure({{QStringLiteral("failNext"), QJsonArray::fromStringList(faults)}});
    }

    void resetFaults()
    {
        if (!sandbox.isRunning())
            return;
        admin.call(QStringLiteral("sandbox.configure"),
                   {{QStringLiteral("faults"),
                     QJsonObject{{QStringLiteral("latencyMs"), 0},
                                 {QStringLiteral("retryAfterSeconds"), 1}}},
                    {QStringLiteral("failNext"), QJsonArray{}}});
    }

    // Runs one call to its end; the call object is gone afterwards, so copy what you need.
    struct Outcome
    {
        ApiError error;
        QJsonObject envelope;
        int attempts = 0;
        int finishedSignals = 0;
        QList<int> retryDelays;
    };
    Outcome run(const QString &method, const QJsonObject &body = {}, int waitMs = 20'000)
    {
        Outcome outcome;
        QObject context;
        ApiCall *call = client->call(method, body, &context);
        QObject::connect(call, &ApiCall::retrying, &context,
                         [&outcome](int, int delayMs, const ApiError &) {
                             outcome.retryDelays << delayMs;
                         });
        QObject::connect(call, &ApiCall::finished, &context, [&outcome, call] {
            ++outcome.finishedSignals;
            outcome.error = call->error();
            outcome.envelope = call->envelope();
            outcome.attempts = call->attempts();
        });
        REQUIRE(QTest::qWaitFor([&outcome] { return outcome.finishedSignals > 0; }, waitMs));
        QTest::qWait(50); // a second finished() would show up here
        return outcome;
    }

    SandboxProcess &sandbox;
    TestClient admin;
    QNetworkAccessManager network;
    std::unique_ptr<ApiClient> client;
};

} // namespace Tessera::Test
