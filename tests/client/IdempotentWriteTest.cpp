// Exactly-once writes: the console's ApiClient against a real sandbox that applies a write and
// then drops the connection without answering (the dropAfterApply fault). The client sends the
// write again with the same Idempotency-Key; the server counts what was applied.
#include "ClientFixture.h"

#include "models/api/ApiProtocol.h"

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"client-idempotent"_s, SandboxProcess::defaultArguments(40));
}

QString someCandidateId(TestClient &admin)
{
    const ApiReply reply = admin.call(u"candidate.list"_s, {{u"limit"_s, 1}});
    REQUIRE(reply.isSuccess());
    const QString id = reply.resultArray().first().toObject().value(u"id"_s).toString();
    REQUIRE_FALSE(id.isEmpty());
    return id;
}

// Asks the server, not the client: the notes whose text is `text`.
int notesWithText(TestClient &admin, const QString &candidateId, const QString &text)
{
    const ApiReply reply = admin.call(u"candidate.listNotes"_s,
                                      {{u"candidateId"_s, candidateId}, {u"limit"_s, 100}});
    REQUIRE(reply.isSuccess());
    int count = 0;
    for (const QJsonValue note : reply.resultArray())
        if (QJsonDocument(note.toObject()).toJson().contains(text.toUtf8()))
            ++count;
    return count;
}

int keysTitled(TestClient &admin, const QString &title)
{
    const ApiReply reply = admin.call(u"apiKey.list"_s, {{u"limit"_s, 100}});
    REQUIRE(reply.isSuccess());
    int count = 0;
    for (const QJsonValue key : reply.resultArray())
        if (key.toObject().value(u"title"_s).toString() == title)
            ++count;
    return count;
}

} // namespace

TEST_CASE("every write carries an Idempotency-Key, the same on every attempt, reads carry none",
          "[client][idempotency]")
{
    ClientFixture fixture(sandbox());
    QObject context;
    ApiCall *write = fixture.client->call(u"candidate.createNote"_s, {}, &context);
    ApiCall *read = fixture.client->call(u"job.list"_s, {}, &context);
    CHECK(QUuid::fromString(QString::fromLatin1(write->idempotencyKey())).isNull() == false);
    CHECK(read->idempotencyKey().isEmpty());
    ApiCall *other = fixture.client->call(u"candidate.createNote"_s, {}, &context);
    CHECK(other->idempotencyKey() != write->idempotencyKey());
    write->cancel();
    read->cancel();
    other->cancel();
}

TEST_CASE("candidate.createNote whose answer is lost after it was applied: one note",
          "[client][idempotency][faults]")
{
    ClientFixture fixture(sandbox());
    const QString candidateId = someCandidateId(fixture.admin);
    const QString text = u"exactly-once note %1"_s.arg(QUuid::createUuid().toString());
    fixture.failNext({u"dropAfterApply"_s, u"dropAfterApply"_s});

    const auto outcome = fixture.run(u"candidate.createNote"_s,
                                     {{u"candidateId"_s, candidateId}, {u"note"_s, text}});
    INFO(outcome.error.userMessage().toStdString());
    REQUIRE_FALSE(outcome.error.isError());
    CHECK(outcome.finishedSignals == 1);
    CHECK(outcome.envelope.value(u"results"_s).toObject().value(u"id"_s).isString());
    // Both queued faults were used up: the write reached the server at least three times.
    const ApiReply configured = fixture.admin.call(u"sandbox.configure"_s, {});
    CHECK(configured.resultObject().value(u"queuedFaults"_s).toInt() == 0);
    CHECK(notesWithText(fixture.admin, candidateId, text) == 1);
}

TEST_CASE("apiKey.create whose answer is lost after it was applied: one key, and its secret works",
          "[client][idempotency][faults]")
{
    ClientFixture fixture(sandbox());
    const QString title = u"exactly-once key %1"_s.arg(QUuid::createUuid().toString());
    fixture.failNext({u"dropAfterApply"_s});

    const auto outcome = fixture.run(u"apiKey.create"_s,
                                     {{u"title"_s, title}, {u"scopePreset"_s, u"readAll"_s}});
    INFO(outcome.error.userMessage().toStdString());
    REQUIRE_FALSE(outcome.error.isError());
    CHECK(keysTitled(fixture.admin, title) == 1);
    // The replayed answer holds the secret of the one key that exists.
    const QString secret =
        outcome.envelope.value(u"results"_s).toObject().value(u"key"_s).toString();
    REQUIRE_FALSE(secret.isEmpty());
    TestClient withNewKey(sandbox().baseUrl(), secret);
    CHECK(withNewKey.call(u"job.list"_s, {{u"limit"_s, 1}}).isSuccess());
}

TEST_CASE("a write that is dropped before it is applied is retried and applied once",
          "[client][idempotency][faults]")
{
    ClientFixture fixture(sandbox());
    const QString candidateId = someCandidateId(fixture.admin);
    const QString text = u"dropped-before note %1"_s.arg(QUuid::createUuid().toString());
    fixture.failNext({u"dropConnection"_s, u"dropConnection"_s});
    const auto outcome = fixture.run(u"candidate.createNote"_s,
                                     {{u"candidateId"_s, candidateId}, {u"note"_s, text}});
    REQUIRE_FALSE(outcome.error.isError());
    CHECK(notesWithText(fixture.admin, candidateId, text) == 1);
}

TEST_CASE("after a lost answer, 429, 5xx and a cut body do not end the write: one note, reported",
          "[client][idempotency][faults]")
{
    // Found by the fault soak: the first attempt was applied but its answer lost; the repeats
    // then met a 429, a 503 and a body cut short. Giving up there showed the admin an error
    // for a note that was saved, and their retry (a new key) saved it twice.
    ClientFixture fixture(sandbox());
    const QString candidateId = someCandidateId(fixture.admin);
    const QString text = u"lost then refused %1"_s.arg(QUuid::createUuid().toString());
    fixture.failNext({u"dropAfterApply"_s, u"rateLimit"_s, u"serverError"_s, u"malformedBody"_s});
    const auto outcome = fixture.run(u"candidate.createNote"_s,
                                     {{u"candidateId"_s, candidateId}, {u"note"_s, text}});
    INFO(outcome.error.userMessage().toStdString());
    REQUIRE_FALSE(outcome.error.isError());
    CHECK(outcome.finishedSignals == 1);
    // Every fault was used up (the server saw at least five requests; QNetworkAccessManager
    // may have resent the dropped one itself, unseen by the call).
    const ApiReply configured = fixture.admin.call(u"sandbox.configure"_s, {});
    CHECK(configured.resultObject().value(u"queuedFaults"_s).toInt() == 0);
    CHECK(outcome.attempts >= 4);
    CHECK(notesWithText(fixture.admin, candidateId, text) == 1);
}

TEST_CASE("a write that keeps losing its connection ends once with a transport error",
          "[client][idempotency][faults]")
{
    ClientFixture fixture(sandbox());
    const QString candidateId = someCandidateId(fixture.admin);
    const QString text = u"always dropped %1"_s.arg(QUuid::createUuid().toString());
    fixture.failNext(QStringList(12, u"dropAfterApply"_s));
    const auto outcome = fixture.run(u"candidate.createNote"_s,
                                     {{u"candidateId"_s, candidateId}, {u"note"_s, text}});
    REQUIRE(outcome.error.isError());
    CHECK(outcome.error.kind() == ApiError::Kind::Transport);
    CHECK(outcome.attempts == ClientFixture::fastRetries().maxDroppedWriteAttempts);
    CHECK(outcome.finishedSignals == 1);
    fixture.resetFaults(); // the faults left would hit the check below
    CHECK(notesWithText(fixture.admin, candidateId, text) == 1); // applied once all the same
}
