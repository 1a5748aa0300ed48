// Fault injection through sandbox.configure and the --rate-limit flag.
#include "ApiHelpers.h"

#include <QElapsedTimer>

#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"faults"_s, SandboxProcess::defaultArguments(20));
}

QJsonObject configure(TestClient &client, const QJsonObject &body)
{
    return results(client, u"sandbox.configure"_s, body).toObject();
}

// Switches every fault off when a test case ends, however it ends.
class FaultReset final
{
public:
    explicit FaultReset(TestClient &client)
        : m_client(client)
    {
    }
    ~FaultReset()
    {
        m_client.call(u"sandbox.configure"_s,
                      {{u"faults"_s, QJsonObject{{u"latencyMs"_s, 0},
                                                 {u"serverErrorRate"_s, 0},
                                                 {u"rateLimitRate"_s, 0},
                                                 {u"malformedRate"_s, 0},
                                                 {u"dropRate"_s, 0},
                                                 {u"retryAfterSeconds"_s, 1},
                                                 {u"rateLimitPerSecond"_s, 0}}},
                       {u"failNext"_s, QJsonArray{}}});
    }
    FaultReset(const FaultReset &) = delete;
    FaultReset &operator=(const FaultReset &) = delete;

private:
    TestClient &m_client;
};

void requireDropped(const ApiReply &reply)
{
    INFO(reply.describe());
    REQUIRE(reply.finished);
    CHECK(reply.httpStatus == 0);
    CHECK(reply.networkError != QNetworkReply::NoError);
    CHECK(reply.body.isEmpty());
}

} // namespace

TEST_CASE("failNext injects each fault once, in order", "[api][faults]")
{
    TestClient admin = adminClient(sandbox());
    FaultReset reset(admin);
    const QJsonObject state =
        configure(admin, {{u"failNext"_s, QJsonArray{u"serverError"_s, u"rateLimit"_s,
                                                     u"malformedBody"_s, u"dropConnection"_s}}});
    CHECK(state.value(u"queuedFaults"_s) == QJsonValue(4));

    const ApiReply serverError = admin.call(u"job.list"_s);
    requireError(serverError, 503, u"internal_error"_s);

    const ApiReply rateLimited = admin.call(u"job.list"_s);
    requireError(rateLimited, 429, u"rate_limit_exceeded"_s);
    CHECK(rateLimited.header("Retry-After") == "1");

    {
        const ApiReply malformed = admin.call(u"job.list"_s);
        INFO(malformed.describe());
        CHECK(malformed.httpStatus == 200);
        CHECK(malformed.parseError.has_value());
        CHECK_FALSE(malformed.body.isEmpty());
    }

    // Sent over a bare socket: QNetworkAccessManager would silently resend a request whose
    // connection closed while it waited for the answer (even a POST), hiding the fault.
    const RawExchange dropped = exchangeRaw(
        sandbox().baseUrl(),
        rawPostRequest(sandbox().baseUrl(), u"job.list"_s, "{}", admin.apiKey()), 10'000);
    CHECK(dropped.connected);
    CHECK(dropped.closedByPeer);
    CHECK(dropped.received.isEmpty());

    // Then normal service, with nothing left in the queue.
    CHECK_FALSE(results(admin, u"job.list"_s).toArray().isEmpty());
    CHECK(configure(admin, {}).value(u"queuedFaults"_s) == QJsonValue(0));
}

TEST_CASE("Control calls are never faulted and leave the queue alone", "[api][faults]")
{
    TestClient admin = adminClient(sandbox());
    FaultReset reset(admin);
    configure(admin, {{u"failNext"_s, QJsonArray{u"serverError"_s}}});
    CHECK(configure(admin, {}).value(u"queuedFaults"_s) == QJsonValue(1));
    requireError(admin.call(u"organization.info"_s), 503, u"internal_error"_s);
    requireSuccess(admin.call(u"organization.info"_s));
}

TEST_CASE("Injected faults come after authentication", "[api][faults]")
{
    TestClient admin = adminClient(sandbox());
    FaultReset reset(admin);
    configure(admin, {{u"failNext"_s, QJsonArray{u"serverError"_s}}});
    TestClient stranger(sandbox().baseUrl(), u"tsk_unknown"_s);
    requireError(stranger.call(u"job.list"_s), 403, u"forbidden"_s);
    CHECK(configure(admin, {}).value(u"queuedFaults"_s) == QJsonValue(1));
}

TEST_CASE("A GET or an unknown method is answered before any fault", "[api][faults]")
{
    TestClient admin = adminClient(sandbox());
    FaultReset reset(admin);
    configure(admin, {{u"failNext"_s, QJsonArray{u"serverError"_s}}});
    requireError(admin.get(u"job.list"_s), 405, u"invalid_input"_s);
    requireError(admin.call(u"job.explode"_s), 404, u"unknown_method"_s);
    CHECK(configure(admin, {}).value(u"queuedFaults"_s) == QJsonValue(1));
    requireError(admin.call(u"job.list"_s), 503, u"internal_error"_s);
}

TEST_CASE("Fault rates of 1 fault every call until switched off", "[api][faults]")
{
    TestClient admin = adminClient(sandbox());
    FaultReset reset(admin);

    SECTION("serverErrorRate")
    {
        configure(admin, {{u"faults"_s, QJsonObject{{u"serverErrorRate"_s, 1}}}});
        for (int i = 0; i < 3; ++i)
            requireError(admin.call(u"job.list"_s), 503, u"internal_error"_s);
    }
    SECTION("rateLimitRate with its Retry-After")
    {
        configure(admin, {{u"faults"_s,
                           QJsonObject{{u"rateLimitRate"_s, 1}, {u"retryAfterSeconds"_s, 7}}}});
        const ApiReply reply = admin.call(u"job.list"_s);
        requireError(reply, 429, u"rate_limit_exceeded"_s);
        CHECK(reply.header("Retry-After") == "7");
    }
    SECTION("malformedRate")
    {
        configure(admin, {{u"faults"_s, QJsonObject{{u"malformedRate"_s, 1}}}});
        const ApiReply reply = admin.call(u"job.list"_s);
        CHECK(reply.httpStatus == 200);
        CHECK(reply.parseError.has_value());
    }
    SECTION("dropRate (every resend of the client is dropped too)")
    {
        configure(admin, {{u"faults"_s, QJsonObject{{u"dropRate"_s, 1}}}});
        requireDropped(admin.call(u"job.list"_s));
    }
    configure(admin, {{u"faults"_s, QJsonObject{{u"serverErrorRate"_s, 0},
                                                {u"rateLimitRate"_s, 0},
                                                {u"malformedRate"_s, 0},
                                                {u"dropRate"_s, 0}}}});
    requireSuccess(admin.call(u"job.list"_s));
}

TEST_CASE("latencyMs delays answers by at least the latency", "[api][faults]")
{
    TestClient admin = adminClient(sandbox());
    FaultReset reset(admin);
    constexpr int latencyMs = 400;
    CHECK(configure(admin, {{u"faults"_s, QJsonObject{{u"latencyMs"_s, latencyMs}}}})
              .value(u"faults"_s)
              .toObject()
              .value(u"latencyMs"_s)
          == QJsonValue(latencyMs));

    QElapsedTimer timer;
    timer.start();
    const ApiReply reply = admin.call(u"organization.info"_s);
    const qint64 elapsed = timer.elapsed();
    requireSuccess(reply);
    CHECK(elapsed >= latencyMs);

    SECTION("injected faults are delayed too")
    {
        configure(admin, {{u"failNext"_s, QJsonArray{u"serverError"_s}}});
        timer.restart();
        const ApiReply failed = admin.call(u"organization.info"_s);
        const qint64 failedAfter = timer.elapsed();
        requireError(failed, 503, u"internal_error"_s);
        CHECK(failedAfter >= latencyMs);
    }
}

TEST_CASE("sandbox.configure rejects bad fault settings", "[api][faults]")
{
    TestClient admin = adminClient(sandbox());
    FaultReset reset(admin);
    requireInvalidInput(admin.call(u"sandbox.configure"_s,
                                   {{u"faults"_s, QJsonObject{{u"serverErrorRate"_s, 1.5}}}}),
                        u"faults.serverErrorRate"_s);
    requireInvalidInput(
        admin.call(u"sandbox.configure"_s, {{u"faults"_s, QJsonObject{{u"latencyMs"_s, -5}}}}),
        u"faults.latencyMs"_s);
    requireInvalidInput(
        admin.call(u"sandbox.configure"_s, {{u"failNext"_s, QJsonArray{u"meteorStrike"_s}}}),
        u"failNext"_s);
    requireInvalidInput(admin.call(u"sandbox.configure"_s, {{u"faults"_s, u"all"_s}}), u"faults"_s);
    // Nothing of the refused calls was applied.
    const QJsonObject state = configure(admin, {});
    CHECK(state.value(u"faults"_s).toObject().value(u"serverErrorRate"_s) == QJsonValue(0));
    CHECK(state.value(u"queuedFaults"_s) == QJsonValue(0));
}

TEST_CASE("A refused sandbox.configure changes nothing", "[api][faults]")
{
    TestClient admin = adminClient(sandbox());
    FaultReset reset(admin);
    const QJsonObject before = configure(admin, {});
    // Valid settings next to an invalid one: the whole call is refused, so none may apply.
    requireInvalidInput(
        admin.call(u"sandbox.configure"_s, {{u"faults"_s, QJsonObject{{u"serverErrorRate"_s, 1}}},
                                            {u"failNext"_s, QJsonArray{u"meteorStrike"_s}}}),
        u"failNext"_s);
    requireInvalidInput(
        admin.call(u"sandbox.configure"_s, {{u"failNext"_s, QJsonArray{u"serverError"_s}},
                                            {u"maxIncrementalSyncRecords"_s, 5},
                                            {u"syncTokenLifetimeSeconds"_s, u"soon"_s}}),
        u"syncTokenLifetimeSeconds"_s);
    CHECK(configure(admin, {}) == before);
    requireSuccess(admin.call(u"organization.info"_s));
}

TEST_CASE("The --rate-limit flag answers a burst beyond a key's budget with 429", "[api][faults]")
{
    SandboxProcess limited(SandboxProcess::defaultArguments(10)
                           + QStringList{u"--rate-limit"_s, u"5"_s});
    TestClient admin = adminClient(limited);
    const QJsonObject created =
        results(admin, u"apiKey.create"_s,
                {{u"title"_s, u"Bursty"_s}, {u"scopes"_s, QJsonArray{u"organizationRead"_s}}})
            .toObject();
    TestClient bursty(limited.baseUrl(), created.value(u"key"_s).toString());

    std::vector<QNetworkReply *> burst;
    for (int i = 0; i < 20; ++i)
        burst.push_back(bursty.start(u"organization.info"_s));
    int served = 0;
    int refused = 0;
    for (QNetworkReply *pending : burst) {
        const ApiReply reply = bursty.wait(pending);
        if (reply.httpStatus == 429) {
            requireError(reply, 429, u"rate_limit_exceeded"_s);
            CHECK(reply.header("Retry-After").toInt() >= 1);
            ++refused;
        } else {
            requireSuccess(reply);
            ++served;
        }
    }
    CHECK(served >= 5);
    CHECK(refused >= 1);
    CHECK(served + refused == 20);

    // The budget is per key: the admin key, used once, is still served.
    requireSuccess(admin.call(u"organization.info"_s));
}
