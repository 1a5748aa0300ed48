// Idempotency-Key over real HTTP (docs/API.md §1.10): a write is applied once per key and API
// key; a repeat gets the first answer; another body under the same key is 409; reads ignore it.
// The server is asked what was applied.
#include "ApiHelpers.h"

#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"idempotency"_s, SandboxProcess::defaultArguments(40));
}

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

ApiReply post(TestClient &client, const QString &method, const QJsonObject &body,
              const QByteArray &idempotencyKey)
{
    QNetworkRequest request = client.request(method);
    request.setRawHeader("Authorization", client.authorization());
    if (!idempotencyKey.isNull())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    return client.wait(
        client.manager().post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

QString candidateId(TestClient &admin)
{
    const QJsonArray page = results(admin, u"candidate.list"_s, {{u"limit"_s, 1}}).toArray();
    REQUIRE(page.size() == 1);
    return page.first().toObject().value(u"id"_s).toString();
}

int notesWithText(TestClient &admin, const QString &candidate, const QString &text)
{
    int count = 0;
    for (const QJsonValue note : walkAll(admin, u"candidate.listNotes"_s,
                                         {{u"candidateId"_s, candidate}}).records)
        if (QJsonDocument(note.toObject()).toJson().contains(text.toUtf8()))
            ++count;
    return count;
}

QJsonObject noteBody(const QString &candidate, const QString &text)
{
    return {{u"candidateId"_s, candidate}, {u"note"_s, text}};
}

} // namespace

TEST_CASE("Idempotency-Key: the same key and body get the first answer, applied once",
          "[api][idempotency]")
{
    TestClient admin = adminClient(sandbox());
    const QString candidate = candidateId(admin);
    const QString text = u"once %1"_s.arg(QUuid::createUuid().toString());
    const QByteArray key = newKey();

    const ApiReply first = post(admin, u"candidate.createNote"_s, noteBody(candidate, text), key);
    requireSuccess(first);
    CHECK(first.header("Idempotent-Replayed").isEmpty());
    const ApiReply again = post(admin, u"candidate.createNote"_s, noteBody(candidate, text), key);
    requireSuccess(again);
    CHECK(again.header("Idempotent-Replayed") == "true");
    CHECK(again.body == first.body); // the same note id, the same request id
    CHECK(notesWithText(admin, candidate, text) == 1);

    // Without a key, the same write is a new write.
    requireSuccess(post(admin, u"candidate.createNote"_s, noteBody(candidate, text), {}));
    CHECK(notesWithText(admin, candidate, text) == 2);
}

TEST_CASE("Idempotency-Key: the same key with another body or method is 409 and applies nothing",
          "[api][idempotency]")
{
    TestClient admin = adminClient(sandbox());
    const QString candidate = candidateId(admin);
    const QString text = u"first %1"_s.arg(QUuid::createUuid().toString());
    const QString other = u"other %1"_s.arg(QUuid::createUuid().toString());
    const QByteArray key = newKey();
    requireSuccess(post(admin, u"candidate.createNote"_s, noteBody(candidate, text), key));

    const ApiReply reused = post(admin, u"candidate.createNote"_s, noteBody(candidate, other), key);
    requireError(reused, 409, u"idempotency_key_reused"_s);
    CHECK(reused.errorMessage().contains(u"new key"_s));
    CHECK(notesWithText(admin, candidate, other) == 0);

    const ApiReply otherMethod =
        post(admin, u"candidate.update"_s, {{u"candidateId"_s, candidate}}, key);
    requireError(otherMethod, 409, u"idempotency_key_reused"_s);
    CHECK(notesWithText(admin, candidate, text) == 1);
}

TEST_CASE("Idempotency-Key: keys are per API key", "[api][idempotency]")
{
    TestClient admin = adminClient(sandbox());
    const QString candidate = candidateId(admin);
    const QJsonObject created = results(admin, u"apiKey.create"_s,
                                        {{u"title"_s, u"second writer"_s},
                                         {u"scopePreset"_s, u"readWriteAll"_s}})
                                    .toObject();
    TestClient second(sandbox().baseUrl(), created.value(u"key"_s).toString());
    const QString text = u"per key %1"_s.arg(QUuid::createUuid().toString());
    const QByteArray key = newKey();
    requireSuccess(post(admin, u"candidate.createNote"_s, noteBody(candidate, text), key));
    const ApiReply fromSecond =
        post(second, u"candidate.createNote"_s, noteBody(candidate, text), key);
    requireSuccess(fromSecond);
    CHECK(fromSecond.header("Idempotent-Replayed").isEmpty());
    CHECK(notesWithText(admin, candidate, text) == 2);
}

TEST_CASE("Idempotency-Key: reads ignore it, a malformed one is refused", "[api][idempotency]")
{
    TestClient admin = adminClient(sandbox());
    const QByteArray key = newKey();
    const ApiReply list = post(admin, u"job.list"_s, {{u"limit"_s, 1}}, key);
    requireSuccess(list);
    const ApiReply listOther = post(admin, u"candidate.list"_s, {{u"limit"_s, 2}}, key);
    requireSuccess(listOther); // not a reuse: reads are not recorded
    CHECK(listOther.header("Idempotent-Replayed").isEmpty());
    CHECK(listOther.resultArray().size() == 2);

    const ApiReply tooLong =
        post(admin, u"candidate.createNote"_s, noteBody(candidateId(admin), u"x"_s),
             QByteArray(300, 'k'));
    requireError(tooLong, 400, u"invalid_input"_s);
    CHECK(tooLong.errorMessage().contains(u"Idempotency-Key"_s));
}

TEST_CASE("dropAfterApply applies the write and answers nothing, the repeat gets the answer",
          "[api][idempotency][faults]")
{
    TestClient admin = adminClient(sandbox());
    const QString candidate = candidateId(admin);
    const QString text = u"dropped answer %1"_s.arg(QUuid::createUuid().toString());
    const QByteArray key = newKey();
    requireSuccess(admin.call(u"sandbox.configure"_s,
                              {{u"failNext"_s, QJsonArray{u"dropAfterApply"_s}}}));
    // Raw bytes: QNetworkAccessManager would resend the POST by itself when the connection
    // closes without an answer (the very reason for the key).
    QByteArray request = rawPostRequest(sandbox().baseUrl(), u"candidate.createNote"_s,
                                        QJsonDocument(noteBody(candidate, text))
                                            .toJson(QJsonDocument::Compact),
                                        sandbox().adminKey());
    request.insert(request.indexOf("\r\n") + 2, "Idempotency-Key: " + key + "\r\n");
    const RawExchange lost = exchangeRaw(sandbox().baseUrl(), request, 5000);
    REQUIRE(lost.connected);
    CHECK(lost.closedByPeer);
    CHECK(lost.received.isEmpty());
    CHECK(notesWithText(admin, candidate, text) == 1); // applied all the same

    const ApiReply repeat = post(admin, u"candidate.createNote"_s, noteBody(candidate, text), key);
    requireSuccess(repeat);
    CHECK(repeat.header("Idempotent-Replayed") == "true");
    CHECK(notesWithText(admin, candidate, text) == 1);
}

TEST_CASE("sandbox.configure sets and reports dropAfterApplyRate", "[api][idempotency][faults]")
{
    TestClient admin = adminClient(sandbox());
    const ApiReply set = admin.call(u"sandbox.configure"_s,
                                    {{u"faults"_s, QJsonObject{{u"dropAfterApplyRate"_s, 0.25}}}});
    requireSuccess(set);
    CHECK(set.resultObject().value(u"faults"_s).toObject().value(u"dropAfterApplyRate"_s)
          == QJsonValue(0.25));
    requireError(admin.call(u"sandbox.configure"_s,
                            {{u"faults"_s, QJsonObject{{u"dropAfterApplyRate"_s, 2}}}}),
                 200, u"invalid_input"_s);
    requireSuccess(admin.call(u"sandbox.configure"_s,
                              {{u"faults"_s, QJsonObject{{u"dropAfterApplyRate"_s, 0}}}}));
}

TEST_CASE("Idempotency-Key: a repeat while the first still waits for a partner is 409 in use",
          "[api][idempotency]")
{
    TestClient admin = adminClient(sandbox());
    const QString atsKey = results(admin, u"apiKey.create"_s,
                                   {{u"title"_s, u"Willo in use"_s},
                                    {u"scopePreset"_s, u"integration:willo"_s}})
                               .toObject()
                               .value(u"key"_s)
                               .toString();
    // partnerConsole.willo.connect waits for Willo's own call to this API, which the latency
    // holds back; the first request is still open when the repeat comes.
    requireSuccess(admin.call(u"sandbox.configure"_s,
                              {{u"faults"_s, QJsonObject{{u"latencyMs"_s, 1500}}}}));
    const QByteArray key = newKey();
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"atsApiKey"_s, atsKey}}).toJson(QJsonDocument::Compact);
    auto send = [&admin, &key, &body] {
        QNetworkRequest request = admin.request(u"partnerConsole.willo.connect"_s);
        request.setRawHeader("Authorization", admin.authorization());
        request.setRawHeader("Idempotency-Key", key);
        return admin.manager().post(request, body);
    };
    QNetworkReply *first = send();
    REQUIRE(waitUntil([first] { return first->isRunning(); }));
    QTest::qWait(200); // the first request has reached the server
    const ApiReply repeat = admin.wait(send());
    const ApiReply firstReply = admin.wait(first);
    requireSuccess(admin.call(u"sandbox.configure"_s,
                              {{u"faults"_s, QJsonObject{{u"latencyMs"_s, 0}}}}));
    requireSuccess(firstReply);
    requireError(repeat, 409, u"idempotency_key_in_use"_s);
    // Once answered, the repeat gets the first answer.
    QNetworkRequest request = admin.request(u"partnerConsole.willo.connect"_s);
    request.setRawHeader("Authorization", admin.authorization());
    request.setRawHeader("Idempotency-Key", key);
    const ApiReply replay = admin.wait(admin.manager().post(request, body));
    requireSuccess(replay);
    CHECK(replay.header("Idempotent-Replayed") == "true");
    CHECK(replay.body == firstReply.body);
}
