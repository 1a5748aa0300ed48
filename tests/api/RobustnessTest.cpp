// Malformed requests: bad JSON, wrong field types, wrong HTTP verbs, and raw TCP garbage.
// After each, the server must keep serving.
#include "ApiHelpers.h"

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"robustness"_s, SandboxProcess::defaultArguments(20));
}

void requireStillServing(TestClient &client)
{
    const QJsonObject organization = results(client, u"organization.info"_s).toObject();
    CHECK(organization.value(u"name"_s) == QJsonValue(u"Northwind Robotics"_s));
}

// Sends `bytes` on a fresh connection and gives the server a moment to answer or hang up.
void sendRaw(const QUrl &baseUrl, const QByteArray &bytes)
{
    const RawExchange exchange = exchangeRaw(baseUrl, bytes, 500);
    REQUIRE(exchange.connected);
}

} // namespace

TEST_CASE("A body that is not a JSON object is invalid_input", "[api][robustness]")
{
    TestClient admin = adminClient(sandbox());
    const QByteArray auth = admin.authorization();
    for (const QByteArray &body :
         {QByteArray("not json"), QByteArray("[1,2]"), QByteArray("\"str\""), QByteArray("42"),
          QByteArray("{\"id\": "), QByteArray("null")}) {
        INFO("body " << body.toStdString());
        requireInvalidInput(admin.postRaw(u"job.info"_s, body, auth));
        requireStillServing(admin);
    }
}

TEST_CASE("A field of the wrong type is invalid_input naming the field", "[api][robustness]")
{
    TestClient admin = adminClient(sandbox());
    requireInvalidInput(admin.call(u"job.info"_s, {{u"id"_s, 5}}), u"id"_s);
    requireStillServing(admin);
    requireInvalidInput(admin.call(u"candidate.list"_s, {{u"limit"_s, true}}), u"limit"_s);
    requireStillServing(admin);
    requireInvalidInput(admin.call(u"job.list"_s, {{u"status"_s, u"Open"_s}}), u"status"_s);
    requireInvalidInput(admin.call(u"job.list"_s, {{u"status"_s, QJsonArray{1, 2}}}), u"status"_s);
    requireInvalidInput(admin.call(u"interviewPlan.list"_s, {{u"includeArchived"_s, u"yes"_s}}),
                        u"includeArchived"_s);
    requireInvalidInput(admin.call(u"candidate.create"_s, {{u"name"_s, QJsonArray{}}}), u"name"_s);
    requireInvalidInput(admin.call(u"candidate.list"_s, {{u"createdAfter"_s, u"yesterday"_s}}),
                        u"createdAfter"_s);
    requireStillServing(admin);
}

TEST_CASE("A missing required field is invalid_input naming the field", "[api][robustness]")
{
    TestClient admin = adminClient(sandbox());
    requireInvalidInput(admin.call(u"job.info"_s), u"id"_s);
    requireInvalidInput(admin.call(u"job.info"_s, {{u"id"_s, QJsonValue::Null}}), u"id"_s);
    requireInvalidInput(admin.call(u"job.info"_s, {{u"id"_s, u"  "_s}}), u"id"_s);
    requireInvalidInput(admin.call(u"application.listHistory"_s), u"applicationId"_s);
}

TEST_CASE("An empty body counts as {}", "[api][robustness]")
{
    TestClient admin = adminClient(sandbox());
    const ApiReply reply = admin.postRaw(u"organization.info"_s, {}, admin.authorization());
    requireSuccess(reply);
}

TEST_CASE("Deeply nested JSON is refused without harm", "[api][robustness]")
{
    TestClient admin = adminClient(sandbox());
    const int depth = 100'000;
    const QByteArray body = "{\"id\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}";
    requireInvalidInput(admin.postRaw(u"job.info"_s, body, admin.authorization()));
    requireStillServing(admin);
}

TEST_CASE("A GET is answered 405 with the error envelope", "[api][robustness]")
{
    TestClient admin = adminClient(sandbox());
    requireError(admin.get(u"organization.info"_s), 405, u"invalid_input"_s);
    requireStillServing(admin);
}

TEST_CASE("An unknown method is answered 404 unknown_method", "[api][robustness]")
{
    TestClient admin = adminClient(sandbox());
    const ApiReply reply = admin.call(u"candidate.teleport"_s);
    requireError(reply, 404, u"unknown_method"_s);
    CHECK(reply.errorMessage().contains(u"candidate.teleport"_s));
    requireError(admin.call(QString()), 404, u"unknown_method"_s);
}

TEST_CASE("Every answer carries the Ashby headers", "[api][robustness]")
{
    TestClient admin = adminClient(sandbox());
    for (const ApiReply &reply : {admin.call(u"organization.info"_s), admin.call(u"job.info"_s),
                                  admin.call(u"nope.nope"_s)}) {
        INFO(reply.describe());
        CHECK(reply.header("Content-Type").startsWith("application/json"));
        CHECK_FALSE(reply.header("Ashby-Version").isEmpty());
    }
}

TEST_CASE("Raw TCP garbage does not take the server down", "[api][robustness]")
{
    TestClient admin = adminClient(sandbox());
    const QUrl url = sandbox().baseUrl();

    SECTION("binary junk")
    {
        sendRaw(url, QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\x00\xff\xfe", 14)
                         + QByteArray(4096, '\xab'));
    }
    SECTION("a request line that is not HTTP")
    {
        sendRaw(url, "HELLO THERE\r\n\r\n");
    }
    SECTION("a header line without end")
    {
        sendRaw(url, "POST /organization.info HTTP/1.1\r\nHost: x\r\nX-Long: "
                         + QByteArray(256 * 1024, 'a'));
    }
    SECTION("a body shorter than its Content-Length, then a hang-up")
    {
        sendRaw(url,
                "POST /organization.info HTTP/1.1\r\nHost: x\r\nContent-Length: 999999\r\n\r\n{");
    }
    SECTION("a connection that sends nothing")
    {
        sendRaw(url, {});
    }
    requireStillServing(admin);
    CHECK(sandbox().isRunning());
}
