// Request limits over real HTTP: bodies over --max-body-bytes are answered 413 without being
// read, over-long fields are invalid_input naming the field, and a body that is not an object
// says so.
#include "ApiHelpers.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

constexpr int smallLimit = 4096;

SandboxProcess &sandbox()
{
    return sharedSandbox(u"limits"_s, SandboxProcess::defaultArguments(20));
}

// A sandbox with a small body limit, to check the boundary cheaply.
SandboxProcess &smallSandbox()
{
    return sharedSandbox(u"limits-small"_s, SandboxProcess::defaultArguments(5)
                                                << u"--max-body-bytes"_s
                                                << QString::number(smallLimit));
}

void requireStillServing(TestClient &client)
{
    requireSuccess(client.call(u"apiKey.info"_s));
}

// A JSON object of exactly `size` bytes: {"id":"x"} padded with spaces.
QByteArray objectOfSize(qsizetype size)
{
    QByteArray body = R"({"id":"x")";
    body += QByteArray(size - body.size() - 1, ' ');
    body += '}';
    return body;
}

QString candidateId(TestClient &admin)
{
    const QJsonArray page = results(admin, u"candidate.list"_s, {{u"limit"_s, 1}}).toArray();
    REQUIRE_FALSE(page.isEmpty());
    return page.first().toObject().value(u"id"_s).toString();
}

qsizetype noteCount(TestClient &admin, const QString &id)
{
    return walkAll(admin, u"candidate.listNotes"_s, {{u"candidateId"_s, id}}).records.size();
}

// The answer's text holds no trace of SQL or of the code that failed.
void requireNoInternals(const ApiReply &reply)
{
    const QString text = QString::fromUtf8(reply.json.toJson());
    INFO(text.toStdString());
    for (const QString &marker : {u"SQL"_s, u"sqlite"_s, u"LIKE"_s, u"SELECT"_s, u".cpp"_s,
                                  u"std::"_s, u"Tessera::"_s})
        CHECK_FALSE(text.contains(marker, Qt::CaseInsensitive));
}

} // namespace

TEST_CASE("A body over the limit is answered 413 with the error envelope and nothing is stored",
          "[api][limits]")
{
    TestClient admin = adminClient(sandbox());
    const QString id = candidateId(admin);
    const qsizetype notesBefore = noteCount(admin, id);
    const QString note(2 * 1024 * 1024, u'n'); // 2 MiB, over the default 1 MiB
    const ApiReply reply = admin.call(u"candidate.createNote"_s,
                                      {{u"candidateId"_s, id}, {u"note"_s, note}});
    requireError(reply, 413, u"request_too_large"_s);
    CHECK(reply.errorMessage().contains(u"at most 1048576 bytes"_s));
    CHECK(noteCount(admin, id) == notesBefore);

    // 20 MB is answered at once, without waiting for the body (a raw client: an HTTP client
    // such as QNetworkAccessManager reports an answer during its upload as a network error).
    const QByteArray name = R"({"name":")" + QByteArray(20 * 1000 * 1000, 'a') + R"("})";
    QElapsedTimer timer;
    timer.start();
    const RawExchange exchange = exchangeRaw(
        sandbox().baseUrl(),
        rawPostRequest(sandbox().baseUrl(), u"candidate.create"_s, name, admin.apiKey()), 20'000);
    INFO(exchange.received.left(400).toStdString());
    CHECK(exchange.closedByPeer);
    CHECK(exchange.received.startsWith("HTTP/1.1 413 "));
    CHECK(exchange.received.contains(R"("code":"request_too_large")"));
    CHECK(exchange.received.contains("The request body is 20000011 bytes"));
    CHECK(timer.elapsed() < 10'000);
    requireStillServing(admin);
}

TEST_CASE("The limit is set by --max-body-bytes, and a body of exactly that size passes",
          "[api][limits]")
{
    TestClient admin = adminClient(smallSandbox());
    // job.info answers job_not_found for "x": the body was read and parsed.
    requireError(admin.postRaw(u"job.info"_s, objectOfSize(smallLimit), admin.authorization()),
                 200, u"job_not_found"_s);
    const ApiReply over =
        admin.postRaw(u"job.info"_s, objectOfSize(smallLimit + 1), admin.authorization());
    requireError(over, 413, u"request_too_large"_s);
    CHECK(over.errorMessage().contains(u"%1 bytes; this sandbox accepts at most %2 bytes"_s.arg(
        smallLimit + 1).arg(smallLimit)));
    requireStillServing(admin);
}

TEST_CASE("A declared Content-Length of 99,999,999,999 is answered 413 at once, unread",
          "[api][limits]")
{
    TestClient admin = adminClient(sandbox());
    QByteArray request = rawPostRequest(sandbox().baseUrl(), u"candidate.create"_s, "{",
                                        admin.apiKey());
    request.replace("Content-Length: 1\r\n", "Content-Length: 99999999999\r\n");
    REQUIRE(request.contains("Content-Length: 99999999999\r\n"));
    QElapsedTimer timer;
    timer.start();
    const RawExchange exchange = exchangeRaw(sandbox().baseUrl(), request, 10'000);
    const qint64 elapsedMs = timer.elapsed();
    INFO(exchange.received.toStdString());
    REQUIRE(exchange.connected);
    CHECK(exchange.closedByPeer); // answered and closed, not left waiting for 93 GiB
    CHECK(elapsedMs < 5'000);
    CHECK(exchange.received.startsWith("HTTP/1.1 413 "));
    CHECK(exchange.received.contains("Connection: close"));
    const QByteArray body = exchange.received.mid(exchange.received.indexOf("\r\n\r\n") + 4);
    const QJsonObject envelope = QJsonDocument::fromJson(body).object();
    CHECK(envelope.value(u"success"_s) == QJsonValue(false));
    CHECK(envelope.value(u"errorInfo"_s).toObject().value(u"code"_s)
          == QJsonValue(u"request_too_large"_s));
    CHECK(envelope.value(u"errorInfo"_s).toObject().value(u"message"_s).toString()
              .contains(u"99999999999 bytes"_s));
    requireStillServing(admin);
}

TEST_CASE("A chunked body, a bad Content-Length and a huge head are refused with the envelope",
          "[api][limits]")
{
    TestClient admin = adminClient(sandbox());
    const QByteArray start = QByteArray("POST /apiKey.info HTTP/1.1\r\nHost: x\r\nAuthorization: "
                                        + admin.authorization() + "\r\n");
    const struct
    {
        QByteArray bytes;
        QByteArray status;
        QByteArray code;
    } cases[] = {
        {start + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", "411",
         "invalid_input"},
        {start + "Content-Length: twelve\r\n\r\n{}", "400", "invalid_input"},
        {start + "X-Padding: " + QByteArray(70 * 1024, 'p') + "\r\n\r\n", "431",
         "request_too_large"},
    };
    for (const auto &refused : cases) {
        const RawExchange exchange = exchangeRaw(sandbox().baseUrl(), refused.bytes, 10'000);
        INFO(exchange.received.left(400).toStdString());
        CHECK(exchange.closedByPeer);
        CHECK(exchange.received.startsWith(QByteArray("HTTP/1.1 " + refused.status + ' ')));
        CHECK(exchange.received.contains(QByteArray("\"code\":\"" + refused.code + '"')));
    }
    requireStillServing(admin);
}

TEST_CASE("Over-long names, notes, URLs and search text are invalid_input naming the field",
          "[api][limits]")
{
    TestClient admin = adminClient(sandbox());
    const QString id = candidateId(admin);
    const qsizetype notesBefore = noteCount(admin, id);

    requireInvalidInput(admin.call(u"candidate.create"_s, {{u"name"_s, QString(256, u'a')}}),
                        u"name"_s);
    requireInvalidInput(admin.call(u"candidate.update"_s,
                                   {{u"candidateId"_s, id}, {u"name"_s, QString(300, u'b')}}),
                        u"name"_s);
    requireInvalidInput(admin.call(u"candidate.create"_s,
                                   {{u"name"_s, u"Long Link"_s},
                                    {u"linkedInUrl"_s, QString(u"https://linkedin.com/in/"_s
                                                               + QString(2048, u'x'))}}),
                        u"linkedInUrl"_s);
    requireInvalidInput(admin.call(u"candidate.createNote"_s,
                                   {{u"candidateId"_s, id}, {u"note"_s, QString(100'001, u'n')}}),
                        u"note"_s);
    requireInvalidInput(
        admin.call(u"candidate.createNote"_s,
                   {{u"candidateId"_s, id},
                    {u"note"_s, QJsonObject{{u"type"_s, u"text/html"_s},
                                            {u"value"_s, QString(100'001, u'h')}}}}),
        u"note"_s);
    CHECK(noteCount(admin, id) == notesBefore);

    // Was a 500 from SQLite ("LIKE or GLOB pattern too complex").
    const ApiReply search =
        admin.call(u"candidate.search"_s, {{u"name"_s, QString(50'000, u'%')}});
    requireInvalidInput(search, u"name"_s);
    requireNoInternals(search);
    CHECK(search.errorMessage().contains(u"at most 255"_s));

    // At the limits everything works.
    const ApiReply longest = admin.call(u"candidate.search"_s, {{u"name"_s, QString(255, u'%')}});
    requireSuccess(longest);
    requireNoInternals(longest);
    requireSuccess(admin.call(u"candidate.createNote"_s,
                              {{u"candidateId"_s, id}, {u"note"_s, QString(100'000, u'n')}}));
    CHECK(noteCount(admin, id) == notesBefore + 1);
}

TEST_CASE("A body that is a JSON string says the body must be a JSON object", "[api][limits]")
{
    TestClient admin = adminClient(sandbox());
    for (const QByteArray &body : {QByteArray("\"hello\""), QByteArray(" [1]"), QByteArray("7")}) {
        INFO(body.toStdString());
        const ApiReply reply = admin.postRaw(u"candidate.list"_s, body, admin.authorization());
        requireInvalidInput(reply);
        CHECK(reply.errorMessage().contains(u"The request body must be a JSON object"_s));
    }
}
