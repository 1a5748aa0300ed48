// Outbound webhooks: management, signed pings and events, retries, fan-out, redelivery and
// deletion, over real HTTP both ways (a sandbox with --time-scale 0.001 and a receiver here).
#include "ApiHelpers.h"
#include "tests/support/WebhookReceiver.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QMessageAuthenticationCode>
#include <QStringBuilder>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"webhooks"_s,
                         SandboxProcess::defaultArguments(200)
                             << u"--time-scale"_s << u"0.001"_s);
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QJsonObject createWebhook(TestClient &client, const QString &type, const QString &url,
                          const QString &secret = u"test-secret"_s)
{
    return results(client, u"webhook.create"_s,
                   {{u"webhookType"_s, type}, {u"requestUrl"_s, url}, {u"secretToken"_s, secret}})
        .toObject();
}

QJsonObject webhookInfo(TestClient &client, const QJsonObject &webhook)
{
    return results(client, u"webhook.info"_s, {{u"webhookId"_s, webhook.value(u"id"_s)}})
        .toObject();
}

void deleteWebhook(TestClient &client, const QJsonObject &webhook)
{
    results(client, u"webhook.delete"_s, {{u"webhookId"_s, webhook.value(u"id"_s)}});
}

QJsonArray deliveriesOf(TestClient &client, const QJsonObject &webhook)
{
    return walkAll(client, u"webhookDelivery.list"_s, {{u"webhookId"_s, webhook.value(u"id"_s)}})
        .records;
}

QByteArray expectedSignature(const QByteArray &secret, const QByteArray &body)
{
    return QByteArrayLiteral("sha256=")
        + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

} // namespace

TEST_CASE("webhook.create returns the secret once and the ping is signed", "[webhooks]")
{
    TestClient client = adminClient(sandbox());
    WebhookReceiver receiver;

    const QJsonObject created =
        createWebhook(client, u"applicationUpdate"_s, receiver.url(), u"ping-secret"_s);
    CHECK(created.value(u"secretToken"_s) == QJsonValue(u"ping-secret"_s));
    CHECK(created.value(u"enabled"_s) == QJsonValue(true));
    CHECK(created.value(u"webhookType"_s) == QJsonValue(u"applicationUpdate"_s));
    CHECK(created.value(u"requestUrl"_s) == QJsonValue(receiver.url()));
    REQUIRE_FALSE(created.value(u"id"_s).toString().isEmpty());

    const QJsonObject info = webhookInfo(client, created);
    CHECK_FALSE(info.contains(u"secretToken"_s));
    CHECK(info.value(u"id"_s) == created.value(u"id"_s));
    const QJsonArray listed = walkAll(client, u"webhook.list"_s).records;
    CHECK(where(listed, u"id"_s, created.value(u"id"_s)).size() == 1);
    for (const QJsonValue webhook : listed)
        CHECK_FALSE(webhook.toObject().contains(u"secretToken"_s));

    REQUIRE(waitUntil([&receiver] { return receiver.pings() >= 1; }));
    const Received ping = receiver.requests.first();
    CHECK(ping.method == "POST");
    CHECK(ping.path == "/hook");
    CHECK(ping.headers.value("content-type") == "application/json");
    CHECK(ping.headers.value("ashby-signature") == expectedSignature("ping-secret", ping.body));
    CHECK(ping.json().value(u"data"_s).toObject()
          == QJsonObject{{u"webhookActionType"_s, u"ping"_s}});
    CHECK_FALSE(ping.actionId().isEmpty());
    CHECK_FALSE(ping.body.contains("ping-secret"));

    // The delivery log records the ping, never the secret.
    REQUIRE(waitUntil([&] { return deliveriesOf(client, created).size() == 1; }));
    const QJsonObject logged = deliveriesOf(client, created).first().toObject();
    CHECK(logged.value(u"statusCode"_s) == QJsonValue(200));
    CHECK(logged.value(u"attempt"_s) == QJsonValue(1));
    CHECK(webhookInfo(client, created).value(u"enabled"_s) == QJsonValue(true));

    SECTION("invalid input")
    {
        requireInvalidInput(client.call(u"webhook.create"_s, {{u"webhookType"_s, u"nope"_s},
                                                              {u"requestUrl"_s, receiver.url()},
                                                              {u"secretToken"_s, u"s"_s}}),
                            u"webhookType"_s);
        requireInvalidInput(client.call(u"webhook.create"_s,
                                        {{u"webhookType"_s, u"offerCreate"_s},
                                         {u"requestUrl"_s, u"ftp://example.com/x"_s},
                                         {u"secretToken"_s, u"s"_s}}),
                            u"requestUrl"_s);
        requireInvalidInput(
            client.call(u"webhook.update"_s, {{u"webhookId"_s, created.value(u"id"_s)}}));
    }
    deleteWebhook(client, created);
}

TEST_CASE("a ping answered with 500 disables the webhook with a reason", "[webhooks]")
{
    TestClient client = adminClient(sandbox());
    WebhookReceiver receiver;
    receiver.pingStatus = 500;

    const QJsonObject created = createWebhook(client, u"applicationUpdate"_s, receiver.url());
    CHECK(created.value(u"enabled"_s) == QJsonValue(false)); // answered after the ping
    CHECK(created.value(u"lastError"_s).toString().contains(u"500"_s));
    CHECK(webhookInfo(client, created).value(u"enabled"_s) == QJsonValue(false));
    const QJsonObject info = webhookInfo(client, created);
    CHECK(info.value(u"lastError"_s).toString().contains(u"500"_s));
    settle(300);
    CHECK(receiver.requests.size() == 1); // a ping is not retried

    // Re-enabling pings again; a good answer keeps it enabled and clears the reason.
    receiver.pingStatus = 200;
    const QJsonObject enabled =
        results(client, u"webhook.update"_s,
                {{u"webhookId"_s, created.value(u"id"_s)}, {u"enabled"_s, true}})
            .toObject();
    CHECK(enabled.value(u"enabled"_s) == QJsonValue(true));
    CHECK(receiver.requests.size() == 2);
    const QJsonObject after = webhookInfo(client, created);
    CHECK(after.value(u"enabled"_s) == QJsonValue(true));
    CHECK_FALSE(after.contains(u"lastError"_s));
    deleteWebhook(client, created);
}

TEST_CASE("a failing receiver is retried with growing delays and 410 is final", "[webhooks]")
{
    TestClient client = adminClient(sandbox());
    WebhookReceiver receiver;

    SECTION("500 is retried")
    {
        const QJsonObject webhook =
            createWebhook(client, u"candidateStageChange"_s, receiver.url());
        REQUIRE(waitUntil([&receiver] { return receiver.pings() == 1; }));
        receiver.queued = {500, 500, 500, 500};
        changeStage(client, takeMove(client, false));
        REQUIRE(waitUntil([&receiver] { return receiver.events().size() == 5; }));
        const QList<Received> events = receiver.events();
        for (const Received &event : events) {
            CHECK(event.body == events.first().body); // one body, one webhookActionId
            CHECK(event.headers.value("ashby-signature")
                  == expectedSignature("test-secret", event.body));
        }
        // Retry n waits (2^n - 1) x 10 s x 0.001: 10, 30, 70, 150 ms (minus a little jitter).
        for (int retry = 1; retry < 5; ++retry) {
            INFO("retry " << retry);
            const qint64 gap = events.at(retry).atMs - events.at(retry - 1).atMs;
            CHECK(gap >= ((1 << retry) - 1) * 10 - 3);
        }
        CHECK(events.at(4).atMs - events.at(3).atMs > events.at(1).atMs - events.at(0).atMs);
        settle(300);
        CHECK(receiver.events().size() == 5); // the 200 ended the chain

        REQUIRE(waitUntil([&] { return deliveriesOf(client, webhook).size() == 6; }));
        const QJsonArray attempts = where(deliveriesOf(client, webhook), u"action"_s,
                                          QJsonValue(u"candidateStageChange"_s));
        REQUIRE(attempts.size() == 5);
        for (int i = 0; i < 5; ++i) {
            const QJsonObject attempt = attempts.at(i).toObject();
            CHECK(attempt.value(u"attempt"_s) == QJsonValue(i + 1));
            CHECK(attempt.value(u"statusCode"_s) == QJsonValue(i < 4 ? 500 : 200));
            CHECK(attempt.value(u"webhookActionId"_s) == QJsonValue(events.first().actionId()));
            CHECK_FALSE(attempt.contains(u"requestBody"_s));
            if (i < 4)
                CHECK_FALSE(attempt.value(u"error"_s).toString().isEmpty());
        }
        const QJsonObject detail =
            results(client, u"webhookDelivery.info"_s,
                    {{u"deliveryId"_s, attempts.first().toObject().value(u"id"_s)}})
                .toObject();
        CHECK(detail.value(u"requestBody"_s).toString().toUtf8() == events.first().body);
        CHECK(detail.value(u"responseSnippet"_s) == QJsonValue(u"status 500"_s));
        deleteWebhook(client, webhook);
    }

    SECTION("410 is not retried")
    {
        const QJsonObject webhook =
            createWebhook(client, u"candidateStageChange"_s, receiver.url());
        REQUIRE(waitUntil([&receiver] { return receiver.pings() == 1; }));
        receiver.queued = {410};
        changeStage(client, takeMove(client, false));
        REQUIRE(waitUntil([&receiver] { return receiver.events().size() == 1; }));
        settle(400);
        CHECK(receiver.events().size() == 1);
        REQUIRE(waitUntil([&] { return deliveriesOf(client, webhook).size() == 2; }));
        CHECK(deliveriesOf(client, webhook).last().toObject().value(u"statusCode"_s)
              == QJsonValue(410));
        deleteWebhook(client, webhook);
    }
}

TEST_CASE("a stage change fans out with one webhookActionId and Hired adds candidateHire",
          "[webhooks]")
{
    TestClient client = adminClient(sandbox());
    WebhookReceiver receiver;
    const QJsonArray webhooks{
        createWebhook(client, u"candidateStageChange"_s, receiver.url(u"/stage"_s)),
        createWebhook(client, u"applicationUpdate"_s, receiver.url(u"/update"_s)),
        createWebhook(client, u"candidateHire"_s, receiver.url(u"/hire"_s))};
    REQUIRE(waitUntil([&receiver] { return receiver.pings() == 3; }));

    const QJsonObject moved = changeStage(client, takeMove(client, false));
    REQUIRE(waitUntil([&receiver] { return receiver.events().size() == 2; }));
    settle(200);
    QList<Received> events = receiver.events();
    REQUIRE(events.size() == 2);
    QSet<QByteArray> paths;
    for (const Received &event : events) {
        paths.insert(event.path);
        CHECK(event.actionId() == events.first().actionId());
        CHECK(event.json().value(u"data"_s).toObject().value(u"application"_s).toObject()
              == moved);
    }
    CHECK(paths == QSet<QByteArray>{"/stage", "/update"});
    CHECK(events.first().action() != events.last().action());

    receiver.requests.clear();
    const QJsonObject hired = changeStage(client, takeMove(client, true));
    CHECK(hired.value(u"status"_s) == QJsonValue(u"Hired"_s));
    REQUIRE(waitUntil([&receiver] { return receiver.events().size() == 3; }));
    settle(200);
    events = receiver.events();
    REQUIRE(events.size() == 3);
    QStringList actions;
    for (const Received &event : events) {
        actions << event.action();
        CHECK(event.actionId() == events.first().actionId());
        const QHash<QString, QByteArray> pathOf{{u"candidateHire"_s, "/hire"},
                                               {u"applicationUpdate"_s, "/update"},
                                               {u"candidateStageChange"_s, "/stage"}};
        CHECK(event.path == pathOf.value(event.action()));
        const QJsonObject data = event.json().value(u"data"_s).toObject();
        CHECK(data.value(u"application"_s).toObject() == hired);
        if (event.action() == u"candidateHire"_s) {
            CHECK(data.contains(u"offer"_s));
            if (data.value(u"offer"_s).isObject())
                CHECK(data.value(u"offer"_s).toObject().value(u"acceptanceStatus"_s)
                      == QJsonValue(u"Accepted"_s));
        }
    }
    actions.sort();
    CHECK(actions == QStringList{u"applicationUpdate"_s, u"candidateHire"_s,
                                 u"candidateStageChange"_s});
    for (const QJsonValue webhook : webhooks)
        deleteWebhook(client, webhook.toObject());
}

TEST_CASE("webhookDelivery.redeliver sends the same webhookActionId again", "[webhooks]")
{
    TestClient client = adminClient(sandbox());
    WebhookReceiver receiver;
    const QJsonObject webhook = createWebhook(client, u"applicationUpdate"_s, receiver.url());
    REQUIRE(waitUntil([&receiver] { return receiver.pings() == 1; }));
    changeStage(client, takeMove(client, false));
    REQUIRE(waitUntil([&receiver] { return receiver.events().size() == 1; }));
    REQUIRE(waitUntil([&] { return deliveriesOf(client, webhook).size() == 2; }));
    const QJsonObject first = where(deliveriesOf(client, webhook), u"action"_s,
                                    QJsonValue(u"applicationUpdate"_s))
                                  .first()
                                  .toObject();

    const QJsonObject answer =
        results(client, u"webhookDelivery.redeliver"_s, {{u"deliveryId"_s, first.value(u"id"_s)}})
            .toObject();
    CHECK(answer.value(u"webhookActionId"_s) == first.value(u"webhookActionId"_s));
    REQUIRE(waitUntil([&receiver] { return receiver.events().size() == 2; }));
    const QList<Received> events = receiver.events();
    CHECK(events.at(1).body == events.at(0).body);
    CHECK(events.at(1).actionId() == first.value(u"webhookActionId"_s).toString());
    REQUIRE(waitUntil([&] { return deliveriesOf(client, webhook).size() == 3; }));
    CHECK(where(deliveriesOf(client, webhook), u"webhookActionId"_s,
                first.value(u"webhookActionId"_s))
              .size()
          == 2);

    requireError(client.call(u"webhookDelivery.redeliver"_s,
                             {{u"deliveryId"_s, u"00000000-0000-4000-8000-000000000000"_s}}),
                 200, u"webhook_delivery_not_found"_s);
    deleteWebhook(client, webhook);
}

TEST_CASE("webhook.delete stops deliveries", "[webhooks]")
{
    TestClient client = adminClient(sandbox());
    WebhookReceiver receiver;
    const QJsonObject webhook = createWebhook(client, u"applicationUpdate"_s, receiver.url());
    REQUIRE(waitUntil([&receiver] { return receiver.pings() == 1; }));

    // A chain of retries stops with the webhook.
    receiver.defaultStatus = 500;
    changeStage(client, takeMove(client, false));
    REQUIRE(waitUntil([&receiver] { return receiver.events().size() >= 2; }));
    const QJsonObject deleted =
        results(client, u"webhook.delete"_s, {{u"webhookId"_s, webhook.value(u"id"_s)}})
            .toObject();
    CHECK(deleted == QJsonObject{{u"webhookId"_s, webhook.value(u"id"_s)}});
    const qsizetype atDelete = receiver.events().size();
    settle(1'000);
    CHECK(receiver.events().size() <= atDelete + 1); // at most one already in flight

    requireError(client.call(u"webhook.info"_s, {{u"webhookId"_s, webhook.value(u"id"_s)}}), 200,
                 u"webhook_not_found"_s);
    requireError(client.call(u"webhook.delete"_s, {{u"webhookId"_s, webhook.value(u"id"_s)}}),
                 200, u"webhook_not_found"_s);
    CHECK(where(walkAll(client, u"webhook.list"_s).records, u"id"_s, webhook.value(u"id"_s))
              .isEmpty());

    // New events do not reach it.
    const qsizetype before = receiver.requests.size();
    changeStage(client, takeMove(client, false));
    settle(300);
    CHECK(receiver.requests.size() == before);
}

TEST_CASE("webhook.ping sends a signed test ping and logs it under the id it answered",
          "[webhooks]")
{
    TestClient client = adminClient(sandbox());
    WebhookReceiver receiver;
    const QJsonObject created = createWebhook(client, u"offerCreate"_s, receiver.url());
    REQUIRE(waitUntil([&receiver] { return receiver.pings() == 1; })); // the create ping
    const QString webhookId = created.value(u"id"_s).toString();

    SECTION("a good answer is logged as a success")
    {
        const QJsonObject queued =
            results(client, u"webhook.ping"_s, {{u"webhookId"_s, webhookId}}).toObject();
        CHECK(queued.value(u"status"_s) == u"queued"_s);
        CHECK(queued.value(u"action"_s) == u"ping"_s);
        const QString deliveryId = queued.value(u"deliveryId"_s).toString();
        REQUIRE_FALSE(deliveryId.isEmpty());
        REQUIRE(waitUntil([&receiver] { return receiver.pings() == 2; }));
        const Received ping = receiver.requests.last();
        CHECK(ping.actionId() == queued.value(u"webhookActionId"_s).toString());
        CHECK(ping.headers.value("ashby-signature")
              == expectedSignature("test-secret", ping.body));

        ApiReply info;
        REQUIRE(waitUntil([&] {
            info = client.call(u"webhookDelivery.info"_s, {{u"deliveryId"_s, deliveryId}});
            return info.isSuccess();
        }));
        const QJsonObject row = info.resultObject();
        CHECK(row.value(u"webhookId"_s) == webhookId);
        CHECK(row.value(u"statusCode"_s).toInt() == 200);
        CHECK(row.value(u"success"_s) == QJsonValue(true));
        CHECK(row.value(u"latencyMs"_s).toInteger(-1) >= 0);
        CHECK(row.value(u"responseSnippet"_s) == u"status 200"_s);
    }

    SECTION("a failed test ping is logged but does not disable the webhook")
    {
        receiver.pingStatus = 500;
        const QString deliveryId =
            results(client, u"webhook.ping"_s, {{u"webhookId"_s, webhookId}})
                .toObject().value(u"deliveryId"_s).toString();
        ApiReply info;
        REQUIRE(waitUntil([&] {
            info = client.call(u"webhookDelivery.info"_s, {{u"deliveryId"_s, deliveryId}});
            return info.isSuccess();
        }));
        CHECK(info.resultObject().value(u"success"_s) == QJsonValue(false));
        CHECK(info.resultObject().value(u"error"_s).toString().contains(u"500"_s));
        settle(100);
        CHECK(webhookInfo(client, created).value(u"enabled"_s) == QJsonValue(true));
        CHECK(receiver.pings() == 2); // not retried
    }

    SECTION("a disabled webhook can be pinged; a deleted one cannot")
    {
        results(client, u"webhook.update"_s, {{u"webhookId"_s, webhookId}, {u"enabled"_s, false}});
        results(client, u"webhook.ping"_s, {{u"webhookId"_s, webhookId}});
        REQUIRE(waitUntil([&receiver] { return receiver.pings() == 2; }));
        deleteWebhook(client, created);
        requireError(client.call(u"webhook.ping"_s, {{u"webhookId"_s, webhookId}}), 200,
                     u"webhook_not_found"_s);
        return; // already deleted
    }
    deleteWebhook(client, created);
}
