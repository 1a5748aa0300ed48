// The backend dies while a request is in flight.
#include "ClientFixture.h"

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

TEST_CASE("a server killed mid-request ends the call once with a transport error", "[client]")
{
    SandboxProcess sandbox(SandboxProcess::defaultArguments(20));
    ClientFixture fixture(sandbox);
    fixture.configure({{u"faults"_s, QJsonObject{{u"latencyMs"_s, 5000}}}});

    QObject context;
    int finished = 0;
    ApiError error;
    ApiCall *call = fixture.client->call(u"job.list"_s, {}, &context);
    QObject::connect(call, &ApiCall::finished, &context, [&finished, &error, call] {
        ++finished;
        error = call->error();
    });
    QTest::qWait(300); // the request is being "processed"
    sandbox.kill();

    // Retries meet a closed port; the call still ends, once, well before its timeout.
    REQUIRE(QTest::qWaitFor([&finished] { return finished > 0; }, 8000));
    QTest::qWait(100);
    CHECK(finished == 1);
    CHECK(error.kind() == ApiError::Kind::Transport);
    CHECK(error.isTransient());
    CHECK_FALSE(error.userMessage().isEmpty());
    CHECK(fixture.client->connectionState() == ApiClient::ConnectionState::Offline);
}
