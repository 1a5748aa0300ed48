// The console's ApiClient against a real sandbox, with the sandbox's faults driving the errors.
#include "ClientFixture.h"
#include "tests/support/Waiting.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {
SandboxProcess &sandbox()
{
    return sharedSandbox(u"client"_s, SandboxProcess::defaultArguments(120));
}
} // namespace

TEST_CASE("a read succeeds and finishes exactly once", "[client]")
{
    ClientFixture fixture(sandbox());
    const auto outcome = fixture.run(u"job.list"_s);
    CHECK_FALSE(outcome.error.isError());
    CHECK(outcome.finishedSignals == 1);
    CHECK(outcome.attempts == 1);
    CHECK(outcome.envelope.value(u"results"_s).toArray().size() > 10);
    CHECK(fixture.client->connectionState() == ApiClient::ConnectionState::Online);
}

TEST_CASE("a read is retried after 5xx and then succeeds", "[client][faults]")
{
    ClientFixture fixture(sandbox());
    fixture.failNext({u"serverError"_s, u"serverError"_s});
    QSignalSpy scheduled(fixture.client.get(), &ApiClient::retryScheduled);
    const auto outcome = fixture.run(u"candidate.list"_s, {{u"limit"_s, 5}});
    CHECK_FALSE(outcome.error.isError());
    CHECK(outcome.attempts == 3);
    CHECK(outcome.retryDelays.size() == 2);
    CHECK(scheduled.count() == 2);
    CHECK(outcome.finishedSignals == 1);
}

TEST_CASE("retries stop after the last attempt with the server's error", "[client][faults]")
{
    ClientFixture fixture(sandbox());
    fixture.failNext({u"serverError"_s, u"serverError"_s, u"serverError"_s, u"serverError"_s,
                      u"serverError"_s});
    const auto outcome = fixture.run(u"job.list"_s);
    REQUIRE(outcome.error.isError());
    CHECK(outcome.error.kind() == ApiError::Kind::HttpStatus);
    CHECK(outcome.error.httpStatus() == 503);
    CHECK(outcome.error.code() == u"internal_error"_s);
    CHECK(outcome.attempts == ClientFixture::fastRetries().maxReadAttempts);
    CHECK_FALSE(outcome.error.userMessage().isEmpty());
}

TEST_CASE("429 is retried after the Retry-After the server sent", "[client][faults]")
{
    ClientFixture fixture(sandbox());
    fixture.configure({{u"faults"_s, QJsonObject{{u"retryAfterSeconds"_s, 1}}},
                       {u"failNext"_s, QJsonArray{u"rateLimit"_s}}});
    QElapsedTimer timer;
    timer.start();
    const auto outcome = fixture.run(u"job.list"_s);
    CHECK_FALSE(outcome.error.isError());
    CHECK(outcome.attempts == 2);
    REQUIRE(outcome.retryDelays.size() == 1);
    CHECK(outcome.retryDelays.first() == 1000); // Retry-After, not the 20 ms backoff
    CHECK(timer.elapsed() >= 1000);
}

TEST_CASE("a write is never retried after a first answer of server error", "[client][faults]")
{
    ClientFixture fixture(sandbox());
    fixture.failNext({u"serverError"_s});
    const QString email = u"no-retry-%1@example.com"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const auto outcome = fixture.run(u"candidate.create"_s,
                                     {{u"name"_s, u"Write Once"_s}, {u"email"_s, email}});
    REQUIRE(outcome.error.isError());
    CHECK(outcome.error.httpStatus() == 503);
    CHECK(outcome.attempts == 1);
    const ApiReply found = fixture.admin.call(u"candidate.search"_s, {{u"email"_s, email}});
    CHECK(found.resultArray().isEmpty());
}

TEST_CASE("a write sent again after 429 goes on through a server error and is applied once",
          "[client][faults]")
{
    ClientFixture fixture(sandbox());
    fixture.failNext({u"rateLimit"_s, u"serverError"_s});
    const QString email = u"retry-on-%1@example.com"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const auto outcome = fixture.run(u"candidate.create"_s,
                                     {{u"name"_s, u"Sent Again"_s}, {u"email"_s, email}});
    CHECK_FALSE(outcome.error.isError());
    CHECK(outcome.attempts == 3);
    const ApiReply found = fixture.admin.call(u"candidate.search"_s, {{u"email"_s, email}});
    CHECK(found.resultArray().size() == 1);
}

TEST_CASE("a write is retried after 429, which the server sends before acting", "[client][faults]")
{
    ClientFixture fixture(sandbox());
    fixture.failNext({u"rateLimit"_s});
    const QString email = u"retry-429-%1@example.com"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const auto outcome = fixture.run(u"candidate.create"_s,
                                     {{u"name"_s, u"Rate Limited"_s}, {u"email"_s, email}});
    CHECK_FALSE(outcome.error.isError());
    CHECK(outcome.attempts == 2);
    const ApiReply found = fixture.admin.call(u"candidate.search"_s, {{u"email"_s, email}});
    CHECK(found.resultArray().size() == 1); // exactly one candidate, not two
}

TEST_CASE("a body that is not JSON is a MalformedBody error with its offset", "[client][faults]")
{
    ClientFixture fixture(sandbox());
    fixture.failNext({u"malformedBody"_s});
    auto options = ClientFixture::fastRetries();
    options.maxReadAttempts = 1;
    fixture.client->setOptions(options);
    const auto outcome = fixture.run(u"job.list"_s);
    REQUIRE(outcome.error.isError());
    CHECK(outcome.error.kind() == ApiError::Kind::MalformedBody);
    CHECK(outcome.error.parseOffset() > 0);
    CHECK(outcome.error.userMessage().contains(QString::number(outcome.error.parseOffset())));
}

TEST_CASE("no answer within the timeout is a Timeout error", "[client][faults]")
{
    ClientFixture fixture(sandbox());
    fixture.configure({{u"faults"_s, QJsonObject{{u"latencyMs"_s, 1500}}}});
    auto options = ClientFixture::fastRetries();
    options.timeoutMs = 300;
    options.maxReadAttempts = 2;
    fixture.client->setOptions(options);
    const auto outcome = fixture.run(u"job.list"_s);
    REQUIRE(outcome.error.isError());
    CHECK(outcome.error.kind() == ApiError::Kind::Timeout);
    CHECK(outcome.attempts == 2);
    CHECK(fixture.client->connectionState() == ApiClient::ConnectionState::Offline);
}

TEST_CASE("a dropped connection is recovered for reads", "[client][faults]")
{
    ClientFixture fixture(sandbox());
    fixture.failNext({u"dropConnection"_s, u"dropConnection"_s, u"dropConnection"_s});
    const auto outcome = fixture.run(u"job.list"_s);
    CHECK_FALSE(outcome.error.isError());
    CHECK(outcome.finishedSignals == 1);
    // QNetworkAccessManager itself resends once on a closed keep-alive connection; the client's
    // own retries cover the rest.
    CHECK(outcome.attempts >= 2);
}

TEST_CASE("a logical error keeps its code, message and request id", "[client]")
{
    ClientFixture fixture(sandbox());
    const auto outcome = fixture.run(u"job.info"_s,
                                     {{u"id"_s, u"00000000-0000-4000-8000-000000000000"_s}});
    REQUIRE(outcome.error.kind() == ApiError::Kind::Logical);
    CHECK(outcome.error.code() == u"job_not_found"_s);
    CHECK_FALSE(outcome.error.requestId().isEmpty());
    CHECK(outcome.error.details().contains(outcome.error.requestId()));
    CHECK(outcome.attempts == 1);
}

TEST_CASE("a missing permission names the permission and is not a rejected key", "[client]")
{
    ClientFixture fixture(sandbox());
    const ApiReply created = fixture.admin.call(
        u"apiKey.create"_s,
        {{u"title"_s, u"read candidates only"_s}, {u"scopes"_s, QJsonArray{u"candidatesRead"_s}}});
    REQUIRE(created.isSuccess());
    fixture.client->setApiKey(created.resultObject().value(u"key"_s).toString());
    const auto outcome = fixture.run(u"job.list"_s);
    REQUIRE(outcome.error.kind() == ApiError::Kind::Forbidden);
    CHECK(outcome.error.missingPermission() == u"jobsRead"_s);
    CHECK_FALSE(outcome.error.isKeyRejected());
    CHECK(outcome.error.userMessage().contains(u"jobsRead"_s));
}

TEST_CASE("a key revoked mid-session is reported as rejected", "[client]")
{
    ClientFixture fixture(sandbox());
    const ApiReply created = fixture.admin.call(
        u"apiKey.create"_s,
        {{u"title"_s, u"soon revoked"_s}, {u"scopes"_s, QJsonArray{u"jobsRead"_s}}});
    REQUIRE(created.isSuccess());
    fixture.client->setApiKey(created.resultObject().value(u"key"_s).toString());
    CHECK_FALSE(fixture.run(u"job.list"_s).error.isError());

    const ApiReply revoked = fixture.admin.call(
        u"apiKey.revoke"_s, {{u"apiKeyId"_s, created.resultObject().value(u"id"_s)}});
    REQUIRE(revoked.isSuccess());
    QSignalSpy state(fixture.client.get(), &ApiClient::connectionStateChanged);
    const auto outcome = fixture.run(u"job.list"_s);
    REQUIRE(outcome.error.kind() == ApiError::Kind::Forbidden);
    CHECK(outcome.error.isKeyRejected());
    CHECK(outcome.attempts == 1);
    CHECK(fixture.client->connectionState() == ApiClient::ConnectionState::KeyRejected);
    CHECK(state.count() == 1);
}

TEST_CASE("cancel finishes once with Cancelled, and a destroyed context finishes nothing", "[client]")
{
    ClientFixture fixture(sandbox());
    fixture.configure({{u"faults"_s, QJsonObject{{u"latencyMs"_s, 800}}}});

    QObject context;
    int finished = 0;
    ApiCall *call = fixture.client->call(u"job.list"_s, {}, &context);
    QObject::connect(call, &ApiCall::finished, &context, [&finished, call] {
        ++finished;
        CHECK(call->error().kind() == ApiError::Kind::Cancelled);
    });
    call->cancel();
    CHECK(finished == 1); // at once, from cancel()

    int orphanFinished = 0;
    {
        QObject shortLived;
        ApiCall *orphan = fixture.client->call(u"job.list"_s, {}, &shortLived);
        QObject::connect(orphan, &ApiCall::finished, &context, [&orphanFinished] { ++orphanFinished; });
    }
    // A later call on the same client is answered after the latency: by then the cancelled and
    // the orphaned calls' answers, had they been let through, would have arrived first.
    bool later = false;
    QObject::connect(fixture.client->call(u"job.list"_s, {}, &context), &ApiCall::finished,
                     &context, [&later] { later = true; });
    REQUIRE(waitUntil([&later] { return later; }));
    CHECK(finished == 1);
    CHECK(orphanFinished == 0);
}
