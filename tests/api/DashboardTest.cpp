// The status dashboard's API (issue 14 §1): integration health derived from facts, delivery
// statistics against a hand-computed log, list filters and keyset pages, bulk redelivery with
// dryRun, and create/update answering the real enabled. Real HTTP both ways.
#include "ApiHelpers.h"
#include "tests/support/WebhookReceiver.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"dashboard"_s,
                         SandboxProcess::defaultArguments(50) << u"--time-scale"_s << u"0.001"_s);
}

// A port nothing listens on: connections to it are refused.
QString deadUrl()
{
    return u"http://127.0.0.1:9/hook"_s;
}

QJsonObject createWebhook(TestClient &client, const QString &url)
{
    return results(client, u"webhook.create"_s,
                   {{u"webhookType"_s, u"applicationUpdate"_s},
                    {u"requestUrl"_s, url},
                    {u"secretToken"_s, u"dash-secret"_s}})
        .toObject();
}

QJsonArray deliveriesOf(TestClient &client, const QString &webhookId, QJsonObject filter = {})
{
    filter.insert(u"webhookId"_s, webhookId);
    return walkAll(client, u"webhookDelivery.list"_s, filter).records;
}

// Waits until the attempt is in the log (sent after the answer that named it), then reads it.
QJsonObject loggedAttempt(TestClient &client, const QJsonValue &deliveryId)
{
    REQUIRE(waitUntil([&] {
        return client.call(u"webhookDelivery.info"_s, {{u"deliveryId"_s, deliveryId}}).isSuccess();
    }));
    return results(client, u"webhookDelivery.info"_s, {{u"deliveryId"_s, deliveryId}}).toObject();
}

QJsonObject redeliverMatching(TestClient &client, const QJsonObject &filter, bool dryRun)
{
    QJsonObject body{{u"filter"_s, filter}};
    if (dryRun)
        body.insert(u"dryRun"_s, true);
    return results(client, u"webhookDelivery.redeliver"_s, body).toObject();
}

// Sends a test ping and waits until its attempt is in the log.
QJsonObject pingLogged(TestClient &client, const QString &webhookId)
{
    return loggedAttempt(client, results(client, u"webhook.ping"_s, {{u"webhookId"_s, webhookId}})
                                     .toObject()
                                     .value(u"deliveryId"_s));
}

QJsonObject healthOf(TestClient &client, const QString &integrationId)
{
    const QJsonObject list = results(client, u"integrationHealth.list"_s).toObject();
    CHECK_FALSE(list.value(u"checkedAt"_s).toString().isEmpty());
    for (const QJsonValue entry : list.value(u"integrations"_s).toArray())
        if (entry.toObject().value(u"integrationId"_s) == QJsonValue(integrationId))
            return entry.toObject();
    return {};
}

QStringList reasonCodes(const QJsonObject &health)
{
    QStringList codes;
    for (const QJsonValue reason : health.value(u"reasons"_s).toArray())
        codes << reason.toObject().value(u"code"_s).toString();
    return codes;
}

QJsonObject reasonOf(const QJsonObject &health, const QString &code)
{
    for (const QJsonValue reason : health.value(u"reasons"_s).toArray())
        if (reason.toObject().value(u"code"_s) == QJsonValue(code))
            return reason.toObject();
    return {};
}

qint64 msOf(const QJsonValue &iso)
{
    return QDateTime::fromString(iso.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QString isoOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// Nearest rank, as docs/API.md defines p50Ms and p95Ms.
QJsonValue nearestRank(QList<int> latencies, double q)
{
    if (latencies.isEmpty())
        return QJsonValue::Null;
    std::sort(latencies.begin(), latencies.end());
    const auto rank = qsizetype(std::ceil(q * double(latencies.size())));
    return latencies.at(std::clamp<qsizetype>(rank, 1, latencies.size()) - 1);
}

} // namespace

TEST_CASE("webhook.create and update answer after the ping with the real enabled",
          "[dashboard][webhooks]")
{
    TestClient client = adminClient(sandbox());
    const QJsonObject dead = createWebhook(client, deadUrl());
    CHECK(dead.value(u"enabled"_s) == QJsonValue(false));
    CHECK(dead.value(u"lastError"_s).toString().contains(u"127.0.0.1:9"_s));
    CHECK(dead.value(u"secretToken"_s) == QJsonValue(u"dash-secret"_s));
    // Enabling it again pings again, and the answer is the state that ping left.
    const QJsonObject retried = results(client, u"webhook.update"_s,
                                        {{u"webhookId"_s, dead.value(u"id"_s)},
                                         {u"enabled"_s, true}})
                                    .toObject();
    CHECK(retried.value(u"enabled"_s) == QJsonValue(false));

    WebhookReceiver receiver;
    const QJsonObject live = createWebhook(client, receiver.url());
    CHECK(live.value(u"enabled"_s) == QJsonValue(true));
    CHECK(receiver.pings() == 1); // answered after the receiver had the ping
    const QJsonObject moved = results(client, u"webhook.update"_s,
                                      {{u"webhookId"_s, live.value(u"id"_s)},
                                       {u"requestUrl"_s, deadUrl()}})
                                  .toObject();
    CHECK(moved.value(u"enabled"_s) == QJsonValue(false));
    for (const QJsonObject &hook : {dead, live})
        results(client, u"webhook.delete"_s, {{u"webhookId"_s, hook.value(u"id"_s)}});
}

TEST_CASE("webhookDelivery.stats matches a hand-computed small log", "[dashboard][webhooks]")
{
    TestClient client = adminClient(sandbox());
    WebhookReceiver receiver;
    const QString hookId = createWebhook(client, receiver.url()).value(u"id"_s).toString();
    for (int status : {200, 500, 200, 404, 503, 200}) {
        receiver.pingStatus = status;
        pingLogged(client, hookId);
    }
    const QJsonArray log = deliveriesOf(client, hookId);
    REQUIRE(log.size() == 7); // the create ping and six test pings

    const qint64 first = msOf(log.first().toObject().value(u"time"_s));
    const qint64 from = first - first % 60'000 - 120'000; // two empty minutes first
    const qint64 to = from + 10 * 60'000;
    QList<QList<int>> bucketLatencies(10);
    QList<int> delivered(10, 0);
    QList<int> failed(10, 0);
    QList<int> all;
    int http5xx = 0;
    int http4xx = 0;
    for (const QJsonValue value : log) {
        const QJsonObject row = value.toObject();
        const auto bucket = qsizetype((msOf(row.value(u"time"_s)) - from) / 60'000);
        REQUIRE(bucket < 10);
        const int latency = row.value(u"latencyMs"_s).toInt();
        bucketLatencies[bucket] << latency;
        all << latency;
        if (row.value(u"success"_s).toBool()) {
            ++delivered[bucket];
        } else {
            ++failed[bucket];
            const int status = row.value(u"statusCode"_s).toInt();
            (status >= 500 ? http5xx : http4xx) += 1;
        }
    }

    const QJsonObject stats = results(client, u"webhookDelivery.stats"_s,
                                      {{u"from"_s, isoOf(from)},
                                       {u"to"_s, isoOf(to)},
                                       {u"bucketSeconds"_s, 60},
                                       {u"webhookId"_s, hookId}})
                                  .toObject();
    const QJsonArray buckets = stats.value(u"buckets"_s).toArray();
    REQUIRE(buckets.size() == 10);
    for (qsizetype i = 0; i < 10; ++i) {
        INFO("bucket " << i);
        const QJsonObject bucket = buckets.at(i).toObject();
        CHECK(bucket.value(u"start"_s) == QJsonValue(isoOf(from + i * 60'000)));
        CHECK(bucket.value(u"delivered"_s).toInt() == delivered.at(i));
        CHECK(bucket.value(u"failed"_s).toInt() == failed.at(i));
        CHECK(bucket.value(u"p50Ms"_s) == nearestRank(bucketLatencies.at(i), 0.5));
        CHECK(bucket.value(u"p95Ms"_s) == nearestRank(bucketLatencies.at(i), 0.95));
    }
    CHECK(buckets.at(0).toObject().value(u"p50Ms"_s).isNull()); // empty, with zeros
    CHECK(buckets.at(0).toObject().value(u"delivered"_s) == QJsonValue(0));
    const QJsonObject totals = stats.value(u"totals"_s).toObject();
    CHECK(totals.value(u"delivered"_s) == QJsonValue(4));
    CHECK(totals.value(u"failed"_s) == QJsonValue(3));
    CHECK(totals.value(u"p50Ms"_s) == nearestRank(all, 0.5));
    CHECK(totals.value(u"p95Ms"_s) == nearestRank(all, 0.95));
    CHECK(stats.value(u"failureReasons"_s).toArray()
          == QJsonArray({QJsonObject{{u"reason"_s, u"http_5xx"_s}, {u"count"_s, http5xx}},
                         QJsonObject{{u"reason"_s, u"http_4xx"_s}, {u"count"_s, http4xx}}}));

    // A refused connection is its own reason.
    results(client, u"webhook.update"_s, {{u"webhookId"_s, hookId}, {u"requestUrl"_s, deadUrl()}});
    const QJsonObject refused = results(client, u"webhookDelivery.stats"_s,
                                        {{u"from"_s, isoOf(from)},
                                         {u"to"_s, isoOf(QDateTime::currentMSecsSinceEpoch()
                                                         + 60'000)},
                                         {u"bucketSeconds"_s, 3600},
                                         {u"webhookId"_s, hookId}})
                                    .toObject();
    CHECK(refused.value(u"totals"_s).toObject().value(u"failed"_s) == QJsonValue(4));
    CHECK(refused.value(u"failureReasons"_s).toArray().contains(
        QJsonObject{{u"reason"_s, u"connection_refused"_s}, {u"count"_s, 1}}));

    // Bad input says what to change.
    const auto rejected = [&client](const QJsonObject &body, const QString &words) {
        const ApiReply reply = client.call(u"webhookDelivery.stats"_s, body);
        requireError(reply, 200, u"invalid_input"_s);
        CHECK(reply.errorMessage().contains(words));
    };
    rejected({{u"from"_s, isoOf(from)}, {u"to"_s, isoOf(to)}, {u"bucketSeconds"_s, 30}},
             u"at least 60"_s);
    rejected({{u"from"_s, isoOf(from)}, {u"to"_s, isoOf(from + 2001LL * 60'000)},
              {u"bucketSeconds"_s, 60}},
             u"at most 2000"_s);
    rejected({{u"from"_s, isoOf(to)}, {u"to"_s, isoOf(from)}, {u"bucketSeconds"_s, 60}},
             u"before"_s);
    rejected({{u"from"_s, u"yesterday"_s}, {u"to"_s, isoOf(to)}, {u"bucketSeconds"_s, 60}},
             u"ISO 8601"_s);
    results(client, u"webhook.delete"_s, {{u"webhookId"_s, hookId}});
}

TEST_CASE("webhookDelivery.list filters, orders and pages by key", "[dashboard][webhooks]")
{
    TestClient client = adminClient(sandbox());
    WebhookReceiver receiver;
    const QString hookId = createWebhook(client, receiver.url()).value(u"id"_s).toString();
    for (int status : {500, 200, 418, 200}) {
        receiver.pingStatus = status;
        pingLogged(client, hookId);
    }
    const QJsonArray all = deliveriesOf(client, hookId);
    REQUIRE(all.size() == 5);

    const QJsonArray failedRows = deliveriesOf(client, hookId, {{u"status"_s, u"failed"_s}});
    CHECK(failedRows.size() == 2);
    for (const QJsonValue row : failedRows)
        CHECK(row.toObject().value(u"success"_s) == QJsonValue(false));
    CHECK(deliveriesOf(client, hookId, {{u"status"_s, u"delivered"_s}}).size() == 3);
    CHECK(deliveriesOf(client, hookId, {{u"status"_s, u"pending"_s}}).isEmpty()); // pings never retry
    CHECK(deliveriesOf(client, hookId, {{u"event"_s, u"ping"_s}}).size() == 5);
    CHECK(deliveriesOf(client, hookId, {{u"event"_s, u"candidateHire"_s}}).isEmpty());
    const QJsonArray teapot = deliveriesOf(client, hookId, {{u"text"_s, u"status 418"_s}});
    REQUIRE(teapot.size() == 1);
    CHECK(teapot.first().toObject().value(u"statusCode"_s) == QJsonValue(418));
    CHECK(teapot.first().toObject().value(u"integrationId"_s).isNull());

    const QJsonValue third = all.at(2).toObject().value(u"time"_s);
    const QJsonArray fromThird = deliveriesOf(client, hookId, {{u"from"_s, third}});
    CHECK(idsOf(fromThird) == idsOf(all).mid(2));
    const QJsonArray beforeThird = deliveriesOf(client, hookId, {{u"to"_s, third}});
    CHECK(idsOf(beforeThird) == idsOf(all).mid(0, 2));

    // Keyset pages of two, newest first, are the log reversed.
    const Walk newest = walkAll(client, u"webhookDelivery.list"_s,
                                {{u"webhookId"_s, hookId}, {u"order"_s, u"newestFirst"_s}}, 2);
    CHECK(newest.pages == 3);
    QStringList reversed = idsOf(all);
    std::reverse(reversed.begin(), reversed.end());
    CHECK(idsOf(newest.records) == reversed);

    // A cursor belongs to its filters; bad filters say what is allowed.
    const QJsonObject page = client.call(u"webhookDelivery.list"_s,
                                         {{u"webhookId"_s, hookId}, {u"limit"_s, 2}})
                                 .envelope();
    requireError(client.call(u"webhookDelivery.list"_s,
                             {{u"webhookId"_s, hookId},
                              {u"status"_s, u"failed"_s},
                              {u"cursor"_s, page.value(u"nextCursor"_s)}}),
                 200, u"invalid_input"_s);
    requireError(client.call(u"webhookDelivery.list"_s, {{u"status"_s, u"lost"_s}}), 200,
                 u"invalid_input"_s);
    requireError(client.call(u"webhookDelivery.list"_s, {{u"order"_s, u"random"_s}}), 200,
                 u"invalid_input"_s);

    // info has the exact signature header, which verifies over the body.
    const QJsonObject info = results(client, u"webhookDelivery.info"_s,
                                     {{u"deliveryId"_s, all.at(1).toObject().value(u"id"_s)}})
                                 .toObject();
    const QByteArray body = info.value(u"requestBody"_s).toString().toUtf8();
    CHECK(info.value(u"requestHeaders"_s).toObject().value(u"Ashby-Signature"_s).toString()
          == QString::fromLatin1("sha256="
                                 + QMessageAuthenticationCode::hash(body, "dash-secret",
                                                                    QCryptographicHash::Sha256)
                                       .toHex()));
    // sandbox.tamperDelivery changes the stored body only: the signature no longer matches it.
    results(client, u"sandbox.tamperDelivery"_s,
            {{u"deliveryId"_s, info.value(u"id"_s)}, {u"requestBody"_s, u"{\"tampered\":true}"_s}});
    const QJsonObject tampered = results(client, u"webhookDelivery.info"_s,
                                         {{u"deliveryId"_s, info.value(u"id"_s)}})
                                     .toObject();
    CHECK(tampered.value(u"requestBody"_s) == QJsonValue(u"{\"tampered\":true}"_s));
    CHECK(tampered.value(u"requestHeaders"_s) == info.value(u"requestHeaders"_s));
    results(client, u"webhook.delete"_s, {{u"webhookId"_s, hookId}});
}

TEST_CASE("bulk redelivery by ids and by filter, with dryRun first", "[dashboard][webhooks]")
{
    TestClient client = adminClient(sandbox());
    WebhookReceiver receiver;
    const QString hookId = createWebhook(client, receiver.url()).value(u"id"_s).toString();
    receiver.pingStatus = 500;
    const QJsonObject a = pingLogged(client, hookId);
    const QJsonObject b = pingLogged(client, hookId);
    const QJsonObject c = pingLogged(client, hookId);
    receiver.pingStatus = 200;
    REQUIRE(receiver.requests.size() == 4);

    // By ids: each a new attempt with the same webhookActionId.
    const QJsonObject byIds = results(client, u"webhookDelivery.redeliver"_s,
                                      {{u"deliveryIds"_s, QJsonArray{a.value(u"id"_s),
                                                                     b.value(u"id"_s)}}})
                                  .toObject();
    CHECK(byIds.value(u"count"_s) == QJsonValue(2));
    const QJsonArray newIds = byIds.value(u"deliveryIds"_s).toArray();
    REQUIRE(newIds.size() == 2);
    for (qsizetype i = 0; i < 2; ++i) {
        REQUIRE(waitUntil([&] {
            return client.call(u"webhookDelivery.info"_s, {{u"deliveryId"_s, newIds.at(i)}}).isSuccess();
        }));
        const QJsonObject attempt = results(client, u"webhookDelivery.info"_s,
                                            {{u"deliveryId"_s, newIds.at(i)}})
                                        .toObject();
        CHECK(attempt.value(u"webhookActionId"_s)
              == (i == 0 ? a : b).value(u"webhookActionId"_s));
        CHECK(attempt.value(u"success"_s) == QJsonValue(true));
    }
    REQUIRE(receiver.requests.size() == 6);

    // By filter: dryRun counts (c is the only failed one left unresent, but a and b still are
    // failed attempts in the log), then the same filter resends exactly that many.
    const QJsonObject filter{{u"webhookId"_s, hookId}, {u"status"_s, u"failed"_s}};
    const QJsonObject dry = redeliverMatching(client, filter, true);
    CHECK(dry.value(u"count"_s) == QJsonValue(3));
    CHECK_FALSE(dry.contains(u"deliveryIds"_s));
    const QJsonObject real = redeliverMatching(client, filter, false);
    CHECK(real.value(u"count"_s) == QJsonValue(3));
    const QJsonArray realIds = real.value(u"deliveryIds"_s).toArray();
    REQUIRE(realIds.size() == 3);
    for (const QJsonValue id : realIds)
        REQUIRE(waitUntil([&] {
            return client.call(u"webhookDelivery.info"_s, {{u"deliveryId"_s, id}}).isSuccess();
        }));
    // The dry run was answered before the real run was asked, so had it sent anything, its
    // attempts would be logged by now: the receiver saw exactly the real run.
    CHECK(receiver.requests.size() == 9);
    CHECK(deliveriesOf(client, hookId).size() == 9);
    CHECK(c.value(u"success"_s) == QJsonValue(false));

    requireError(client.call(u"webhookDelivery.redeliver"_s,
                             {{u"deliveryIds"_s, QJsonArray{}}}),
                 200, u"invalid_input"_s);
    requireError(client.call(u"webhookDelivery.redeliver"_s,
                             {{u"deliveryId"_s, a.value(u"id"_s)}, {u"filter"_s, filter}}),
                 200, u"invalid_input"_s);
    requireError(client.call(u"webhookDelivery.redeliver"_s,
                             {{u"deliveryIds"_s, QJsonArray{u"no-such-delivery"_s}}}),
                 200, u"webhook_delivery_not_found"_s);
    results(client, u"webhook.delete"_s, {{u"webhookId"_s, hookId}});
}

TEST_CASE("the failure reason: on every row, as a list filter and as a redeliver filter",
          "[dashboard][webhooks]")
{
    TestClient client = adminClient(sandbox());
    WebhookReceiver receiver;
    const QString hookId = createWebhook(client, receiver.url()).value(u"id"_s).toString();
    for (int status : {500, 404, 200, 503, 418}) {
        receiver.pingStatus = status;
        pingLogged(client, hookId);
    }
    receiver.pingStatus = 200;
    // The log by hand: the create ping (200), then 500, 404, 200, 503, 418.
    const QJsonArray log = deliveriesOf(client, hookId);
    REQUIRE(log.size() == 6);
    const QList<int> codes{200, 500, 404, 200, 503, 418};
    const QStringList reasons{QString(), u"http_5xx"_s, u"http_4xx"_s, QString(), u"http_5xx"_s,
                              u"http_4xx"_s};
    for (qsizetype i = 0; i < log.size(); ++i) {
        INFO("row " << i);
        const QJsonObject row = log.at(i).toObject();
        CHECK(row.value(u"statusCode"_s) == QJsonValue(codes.at(i)));
        CHECK(row.value(u"status"_s)
              == QJsonValue(reasons.at(i).isEmpty() ? u"delivered"_s : u"failed"_s));
        CHECK(row.value(u"reason"_s)
              == (reasons.at(i).isEmpty() ? QJsonValue() : QJsonValue(reasons.at(i))));
    }
    const QStringList ids = idsOf(log);
    const QJsonArray server = deliveriesOf(client, hookId, {{u"reason"_s, u"http_5xx"_s}});
    CHECK(idsOf(server) == QStringList{ids.at(1), ids.at(4)});
    const QJsonArray client4xx = deliveriesOf(
        client, hookId, {{u"reason"_s, u"http_4xx"_s}, {u"status"_s, u"failed"_s},
                         {u"order"_s, u"newestFirst"_s}});
    CHECK(idsOf(client4xx) == QStringList{ids.at(5), ids.at(2)});
    CHECK(deliveriesOf(client, hookId, {{u"reason"_s, u"timeout"_s}}).isEmpty());
    CHECK(deliveriesOf(client, hookId, {{u"reason"_s, u"http_5xx"_s},
                                        {u"status"_s, u"delivered"_s}})
              .isEmpty());
    // The codes are the ones webhookDelivery.stats counts.
    const qint64 first = msOf(log.first().toObject().value(u"time"_s));
    const QJsonObject stats = results(client, u"webhookDelivery.stats"_s,
                                      {{u"from"_s, isoOf(first - 60'000)},
                                       {u"to"_s, isoOf(QDateTime::currentMSecsSinceEpoch()
                                                       + 60'000)},
                                       {u"bucketSeconds"_s, 3600},
                                       {u"webhookId"_s, hookId}})
                                  .toObject();
    CHECK(stats.value(u"failureReasons"_s).toArray()
          == QJsonArray({QJsonObject{{u"reason"_s, u"http_4xx"_s}, {u"count"_s, 2}},
                         QJsonObject{{u"reason"_s, u"http_5xx"_s}, {u"count"_s, 2}}}));

    const ApiReply bad = client.call(u"webhookDelivery.list"_s, {{u"reason"_s, u"http_999"_s}});
    requireError(bad, 200, u"invalid_input"_s);
    CHECK(bad.errorMessage().contains(u"\"reason\" must be one of http_3xx, http_4xx"_s));

    // Redeliver by reason: the dry run counts the two 5xx attempts and sends nothing (the real
    // run right after sends exactly two, which the receiver and the log show).
    const QJsonObject filter{{u"webhookId"_s, hookId}, {u"reason"_s, u"http_5xx"_s}};
    const QJsonObject dry = redeliverMatching(client, filter, true);
    CHECK(dry.value(u"count"_s) == QJsonValue(2));
    requireError(client.call(u"webhookDelivery.redeliver"_s,
                             {{u"filter"_s, QJsonObject{{u"reason"_s, u"slow"_s}}},
                              {u"dryRun"_s, true}}),
                 200, u"invalid_input"_s);
    const qsizetype received = receiver.requests.size();
    const QJsonObject real = redeliverMatching(client, filter, false);
    CHECK(real.value(u"count"_s) == QJsonValue(2));
    const QJsonArray newIds = real.value(u"deliveryIds"_s).toArray();
    REQUIRE(newIds.size() == 2);
    QStringList resentActions;
    for (const QJsonValue id : newIds) {
        const QJsonObject attempt = loggedAttempt(client, id);
        CHECK(attempt.value(u"status"_s) == QJsonValue(u"delivered"_s));
        CHECK(attempt.value(u"reason"_s).isNull());
        resentActions << attempt.value(u"webhookActionId"_s).toString();
    }
    std::sort(resentActions.begin(), resentActions.end());
    QStringList expectedActions{server.at(0).toObject().value(u"webhookActionId"_s).toString(),
                                server.at(1).toObject().value(u"webhookActionId"_s).toString()};
    std::sort(expectedActions.begin(), expectedActions.end());
    CHECK(resentActions == expectedActions);
    CHECK(receiver.requests.size() == received + 2);
    CHECK(deliveriesOf(client, hookId, {{u"reason"_s, u"http_5xx"_s}}).size() == 2);
    CHECK(deliveriesOf(client, hookId, {{u"status"_s, u"delivered"_s}}).size() == 4);
    results(client, u"webhook.delete"_s, {{u"webhookId"_s, hookId}});
}

TEST_CASE("integration health: unknown, each reason, and recovery", "[dashboard][health]")
{
    SandboxProcess own(SandboxProcess::defaultArguments(20) << u"--time-scale"_s << u"0.001"_s);
    TestClient client = adminClient(own);
    requireSuccess(client.call(u"integration.enable"_s, {{u"integrationId"_s, u"humaans"_s}}));

    // Nothing checked yet: unknown, and the fix is a test run.
    QJsonObject health = healthOf(client, u"humaans"_s);
    REQUIRE_FALSE(health.isEmpty());
    CHECK(health.value(u"name"_s) == QJsonValue(u"Humaans"_s));
    CHECK(health.value(u"state"_s) == QJsonValue(u"unknown"_s));
    CHECK(reasonCodes(health) == QStringList{u"not_checked"_s});
    CHECK(reasonOf(health, u"not_checked"_s).value(u"fix"_s).toObject()
          == QJsonObject{{u"kind"_s, u"test"_s}, {u"integrationId"_s, u"humaans"_s}});
    CHECK(health.value(u"lastCheckedAt"_s).isNull());
    CHECK(health.value(u"stuckRuns"_s) == QJsonValue(0));

    // A webhook to the partner's URL that answers: ok, with the times of that answer.
    WebhookReceiver receiver;
    const QString hookId = createWebhook(client, receiver.url(u"/partners/humaans/hook"_s))
                               .value(u"id"_s)
                               .toString();
    health = healthOf(client, u"humaans"_s);
    CHECK(health.value(u"state"_s) == QJsonValue(u"ok"_s));
    CHECK(health.value(u"reasons"_s).toArray().isEmpty());
    CHECK_FALSE(health.value(u"lastSuccessAt"_s).isNull());
    CHECK(health.value(u"lastCheckedAt"_s) == health.value(u"lastSuccessAt"_s));

    // Three failures in a row: degraded; ten: failing, the fix names the webhook.
    receiver.pingStatus = 503;
    QJsonObject firstFailure;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject attempt = pingLogged(client, hookId);
        if (i == 0)
            firstFailure = attempt;
    }
    health = healthOf(client, u"humaans"_s);
    CHECK(health.value(u"state"_s) == QJsonValue(u"degraded"_s));
    const QJsonObject failing = reasonOf(health, u"deliveries_failing"_s);
    CHECK(failing.value(u"fix"_s).toObject()
          == QJsonObject{{u"kind"_s, u"webhook"_s}, {u"webhookId"_s, hookId}});
    CHECK(failing.value(u"since"_s) == firstFailure.value(u"time"_s));
    CHECK(failing.value(u"message"_s).toString().contains(u"The last 3 deliveries"_s));
    CHECK(health.value(u"failingDeliveries"_s) == QJsonValue(3));
    for (int i = 0; i < 7; ++i)
        pingLogged(client, hookId);
    CHECK(healthOf(client, u"humaans"_s).value(u"state"_s) == QJsonValue(u"failing"_s));

    // Recovery: a success ends the run, but 10 of 12 in the hour still degrade it, until
    // successes bring the failed share to 20 % or less.
    receiver.pingStatus = 200;
    pingLogged(client, hookId);
    health = healthOf(client, u"humaans"_s);
    CHECK(health.value(u"state"_s) == QJsonValue(u"degraded"_s));
    CHECK(reasonOf(health, u"deliveries_failing"_s).value(u"message"_s).toString()
              .contains(u"10 of 12"_s));
    for (int i = 0; i < 38; ++i)
        pingLogged(client, hookId);
    health = healthOf(client, u"humaans"_s);
    CHECK(health.value(u"state"_s) == QJsonValue(u"ok"_s)); // 10 of 50
    CHECK(health.value(u"failingDeliveries"_s) == QJsonValue(0));

    // A revoked key made for the partner (its only one): failing, the fix names the key.
    const QJsonObject key = results(client, u"apiKey.create"_s,
                                    {{u"title"_s, u"Humaans sync"_s},
                                     {u"integrationPartner"_s, u"Humaans"_s},
                                     {u"scopes"_s, QJsonArray{u"candidatesRead"_s}}})
                                .toObject();
    CHECK(healthOf(client, u"humaans"_s).value(u"state"_s) == QJsonValue(u"ok"_s));
    results(client, u"apiKey.revoke"_s, {{u"apiKeyId"_s, key.value(u"id"_s)}});
    health = healthOf(client, u"humaans"_s);
    CHECK(health.value(u"state"_s) == QJsonValue(u"failing"_s));
    CHECK(reasonOf(health, u"key_revoked"_s).value(u"fix"_s).toObject()
          == QJsonObject{{u"kind"_s, u"apiKey"_s}, {u"apiKeyId"_s, key.value(u"id"_s)}});
    CHECK(reasonOf(health, u"key_revoked"_s).value(u"message"_s).toString()
              .contains(u"Humaans sync"_s));
    results(client, u"apiKey.create"_s,
            {{u"title"_s, u"Humaans sync 2"_s},
             {u"integrationPartner"_s, u"Humaans"_s},
             {u"scopes"_s, QJsonArray{u"candidatesRead"_s}}});
    CHECK(healthOf(client, u"humaans"_s).value(u"state"_s) == QJsonValue(u"ok"_s));

    // The partner down: failing with the wizard as the fix; up again: ok.
    requireSuccess(client.call(u"partnerConsole.setDown"_s,
                               {{u"partnerId"_s, u"humaans"_s}, {u"down"_s, true}}));
    health = healthOf(client, u"humaans"_s);
    CHECK(health.value(u"state"_s) == QJsonValue(u"failing"_s));
    CHECK(reasonOf(health, u"partner_unavailable"_s).value(u"fix"_s).toObject()
          == QJsonObject{{u"kind"_s, u"wizard"_s}, {u"integrationId"_s, u"humaans"_s}});
    requireSuccess(client.call(u"partnerConsole.setDown"_s,
                               {{u"partnerId"_s, u"humaans"_s}, {u"down"_s, false}}));
    CHECK(healthOf(client, u"humaans"_s).value(u"state"_s) == QJsonValue(u"ok"_s));

    // Only enabled integrations are listed; a reader without organizationRead is refused.
    requireSuccess(client.call(u"integration.disable"_s, {{u"integrationId"_s, u"humaans"_s}}));
    CHECK(healthOf(client, u"humaans"_s).isEmpty());
}

TEST_CASE("the deliveries seed is a history the stats and filters read", "[dashboard][seed]")
{
    SandboxProcess own(SandboxProcess::defaultArguments(20) << u"--deliveries"_s << u"3000"_s);
    TestClient client = adminClient(own);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject stats = results(client, u"webhookDelivery.stats"_s,
                                      {{u"from"_s, isoOf(now - 31LL * 24 * 3600 * 1000)},
                                       {u"to"_s, isoOf(now + 60'000)},
                                       {u"bucketSeconds"_s, 86400}})
                                  .toObject();
    const QJsonObject totals = stats.value(u"totals"_s).toObject();
    CHECK(totals.value(u"delivered"_s).toInt() + totals.value(u"failed"_s).toInt() == 3000);
    CHECK(totals.value(u"failed"_s).toInt() > 0);
    CHECK(totals.value(u"delivered"_s).toInt() > totals.value(u"failed"_s).toInt());
    QStringList reasons;
    for (const QJsonValue reason : stats.value(u"failureReasons"_s).toArray())
        reasons << reason.toObject().value(u"reason"_s).toString();
    for (const QString &reason : {u"http_4xx"_s, u"http_5xx"_s, u"timeout"_s})
        CHECK(reasons.contains(reason));
    // Every day of the 30 has deliveries: only the day before them and the last minute's bucket
    // after the start are empty.
    const QJsonArray days = stats.value(u"buckets"_s).toArray();
    REQUIRE(days.size() == 32);
    for (qsizetype day = 1; day < 31; ++day)
        CHECK(days.at(day).toObject().value(u"delivered"_s).toInt() > 0);
    CHECK(days.at(0).toObject().value(u"delivered"_s) == QJsonValue(0));

    const QJsonObject page = client.call(u"webhookDelivery.list"_s,
                                         {{u"integrationId"_s, u"juro"_s},
                                          {u"status"_s, u"failed"_s},
                                          {u"order"_s, u"newestFirst"_s}})
                                 .envelope();
    const QJsonArray rows = page.value(u"results"_s).toArray();
    REQUIRE_FALSE(rows.isEmpty());
    for (const QJsonValue row : rows) {
        CHECK(row.toObject().value(u"integrationId"_s) == QJsonValue(u"juro"_s));
        CHECK(row.toObject().value(u"success"_s) == QJsonValue(false));
    }
    CHECK(msOf(rows.first().toObject().value(u"time"_s))
          >= msOf(rows.last().toObject().value(u"time"_s)));
}

TEST_CASE("Willo re-syncs at its plan's interval, and a late sync is sync_overdue until it "
          "syncs again", "[dashboard][health]")
{
    // Scale syncs every 5 minutes: 300 ms at this time scale.
    SandboxProcess own(SandboxProcess::defaultArguments(20) << u"--time-scale"_s << u"0.001"_s);
    TestClient client = adminClient(own);
    requireSuccess(client.call(u"integration.enable"_s, {{u"integrationId"_s, u"willo"_s}}));
    CHECK(healthOf(client, u"willo"_s).value(u"nextSyncDueAt"_s).isNull()); // not connected
    const QJsonObject key = results(client, u"apiKey.create"_s,
                                    {{u"title"_s, u"Willo"_s},
                                     {u"scopePreset"_s, u"integration:willo"_s}})
                                .toObject();
    results(client, u"partnerConsole.willo.connect"_s,
            {{u"atsApiKey"_s, key.value(u"key"_s)}, {u"plan"_s, u"Scale"_s}});
    QJsonObject status;
    REQUIRE(waitUntil([&] {
        status = results(client, u"partnerConsole.willo.status"_s).toObject();
        return status.value(u"lastSyncedAt"_s).isString();
    }));
    const qint64 firstSync = msOf(status.value(u"lastSyncedAt"_s));
    CHECK(msOf(status.value(u"nextSyncDueAt"_s)) == firstSync + 300);

    // Synced: ok, the sync is its last success, the next one due an interval after it.
    QJsonObject health = healthOf(client, u"willo"_s);
    CHECK(health.value(u"state"_s) == QJsonValue(u"ok"_s));
    CHECK(health.value(u"reasons"_s).toArray().isEmpty());
    CHECK(msOf(health.value(u"nextSyncDueAt"_s)) == msOf(health.value(u"lastSuccessAt"_s)) + 300);
    CHECK(msOf(health.value(u"lastCheckedAt"_s)) >= msOf(health.value(u"lastSuccessAt"_s)));

    // It syncs again by itself, no sooner than the interval.
    REQUIRE(waitUntil([&] {
        status = results(client, u"partnerConsole.willo.status"_s).toObject();
        return msOf(status.value(u"lastSyncedAt"_s)) > firstSync;
    }));
    CHECK(msOf(status.value(u"lastSyncedAt"_s)) - firstSync >= 300);

    // Down: the due sync cannot run; more than two intervals late it is overdue.
    requireSuccess(client.call(u"partnerConsole.setDown"_s,
                               {{u"partnerId"_s, u"willo"_s}, {u"down"_s, true}}));
    REQUIRE(waitUntil([&] {
        health = healthOf(client, u"willo"_s);
        return reasonCodes(health).contains(u"sync_overdue"_s);
    }));
    const QJsonObject overdue = reasonOf(health, u"sync_overdue"_s);
    CHECK(reasonCodes(health) == QStringList{u"partner_unavailable"_s, u"sync_overdue"_s});
    CHECK(overdue.value(u"fix"_s).toObject()
          == QJsonObject{{u"kind"_s, u"wizard"_s}, {u"integrationId"_s, u"willo"_s}});
    CHECK(overdue.value(u"since"_s) == health.value(u"nextSyncDueAt"_s));
    CHECK(overdue.value(u"message"_s).toString().startsWith(u"Willo has not synced since "_s));
    CHECK(QDateTime::currentMSecsSinceEpoch() - msOf(health.value(u"nextSyncDueAt"_s)) > 600);
    const QJsonValue lastBeforeDown = health.value(u"lastSuccessAt"_s);

    // Up again: the next try syncs, and the reason is gone.
    requireSuccess(client.call(u"partnerConsole.setDown"_s,
                               {{u"partnerId"_s, u"willo"_s}, {u"down"_s, false}}));
    REQUIRE(waitUntil([&] {
        health = healthOf(client, u"willo"_s);
        return !reasonCodes(health).contains(u"sync_overdue"_s);
    }));
    CHECK(health.value(u"state"_s) == QJsonValue(u"ok"_s));
    CHECK(msOf(health.value(u"lastSuccessAt"_s)) > msOf(lastBeforeDown));
    CHECK(msOf(health.value(u"nextSyncDueAt"_s)) == msOf(health.value(u"lastSuccessAt"_s)) + 300);

    // Disconnected: no schedule any more.
    results(client, u"partnerConsole.willo.disconnect"_s);
    CHECK(healthOf(client, u"willo"_s).value(u"nextSyncDueAt"_s).isNull());
}

TEST_CASE("Schema 11 fills in the integration of deliveries logged without it, schema 12 their "
          "status and reason",
          "[dashboard][webhooks]")
{
    SandboxProcess own(SandboxProcess::defaultArguments(20) << u"--time-scale"_s << u"0.001"_s);
    TestClient client = adminClient(own);
    WebhookReceiver receiver;
    const QString partnerHook = createWebhook(client, receiver.url(u"/partners/sora/hook"_s))
                                    .value(u"id"_s).toString();
    const QString ownHook = createWebhook(client, receiver.url()).value(u"id"_s).toString();
    receiver.pingStatus = 500;
    pingLogged(client, partnerHook);
    receiver.pingStatus = 200;
    pingLogged(client, partnerHook);
    pingLogged(client, ownHook);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject range{{u"from"_s, isoOf(now - 3600'000)},
                            {u"to"_s, isoOf(now + 3600'000)},
                            {u"bucketSeconds"_s, 3600},
                            {u"integrationId"_s, u"sora"_s}};
    const auto soraTotals = [&range](TestClient &on) {
        return results(on, u"webhookDelivery.stats"_s, range).toObject()
            .value(u"totals"_s).toObject();
    };
    const QJsonObject before = soraTotals(client);
    REQUIRE(before.value(u"delivered"_s) == QJsonValue(2)); // the create ping and one more
    REQUIRE(before.value(u"failed"_s) == QJsonValue(1));

    // What schema 10 left: no integration on any row, nor in the documents; the oldest two
    // attempts did not record their URL either (their webhook's is what says it then). Nor
    // did the documents carry status and reason (schema 12 copies them from the columns).
    REQUIRE(own.stop());
    editDatabase(own.dataDir(), {
        u"UPDATE webhook_deliveries SET integration_id = NULL, "
        "doc = json_remove(doc, '$.integrationId', '$.status', '$.reason')"_s,
        u"DROP INDEX webhook_deliveries_reason"_s,
        u"DROP INDEX webhook_deliveries_reason_count"_s,
        u"DROP INDEX webhook_deliveries_unsent"_s, // schema 13
        u"UPDATE webhook_deliveries SET doc = json_remove(doc, '$.requestUrl') "
        "WHERE rid IN (SELECT rid FROM webhook_deliveries ORDER BY rid LIMIT 2)"_s,
        u"DROP INDEX candidate_activities_created"_s,
        u"PRAGMA user_version=10"_s,
    });
    own.restart();
    TestClient after = adminClient(own);
    CHECK(soraTotals(after) == before);
    const QJsonArray soraRows = walkAll(after, u"webhookDelivery.list"_s,
                                        {{u"integrationId"_s, u"sora"_s}}).records;
    CHECK(idsOf(soraRows) == idsOf(deliveriesOf(after, partnerHook)));
    CHECK(soraRows.size() == 3);
    for (const QJsonValue row : soraRows)
        CHECK(row.toObject().value(u"integrationId"_s) == QJsonValue(u"sora"_s));
    CHECK(soraRows.at(1).toObject().value(u"status"_s) == QJsonValue(u"failed"_s));
    CHECK(soraRows.at(1).toObject().value(u"reason"_s) == QJsonValue(u"http_5xx"_s));
    for (const qsizetype delivered : {0, 2}) {
        CHECK(soraRows.at(delivered).toObject().value(u"status"_s) == QJsonValue(u"delivered"_s));
        CHECK(soraRows.at(delivered).toObject().value(u"reason"_s).isNull());
        CHECK(soraRows.at(delivered).toObject().contains(u"reason"_s));
    }
    CHECK(idsOf(walkAll(after, u"webhookDelivery.list"_s, {{u"reason"_s, u"http_5xx"_s}}).records)
          == QStringList{soraRows.at(1).toObject().value(u"id"_s).toString()});
    const QJsonArray ownRows = deliveriesOf(after, ownHook);
    REQUIRE(ownRows.size() == 2);
    for (const QJsonValue row : ownRows)
        CHECK(row.toObject().value(u"integrationId"_s).isNull());
}

TEST_CASE("a redeliver dry run counts the rows webhookDelivery.list walks for the same filter",
          "[dashboard][seed]")
{
    SandboxProcess own(SandboxProcess::defaultArguments(20) << u"--deliveries"_s << u"3000"_s);
    TestClient client = adminClient(own);
    QString juroHook;
    QString ownHook;
    QString deleted; // the Humaans webhook: its attempts are listed, but not resent
    for (const QJsonValue hook : walkAll(client, u"webhook.list"_s).records) {
        const QString url = hook.toObject().value(u"requestUrl"_s).toString();
        const QString id = hook.toObject().value(u"id"_s).toString();
        if (url.contains(u"/partners/juro/"_s))
            juroHook = id;
        else if (url.contains(u"/partners/humaans/"_s))
            deleted = id;
        else if (url.contains(u"hooks.example.com"_s))
            ownHook = id;
    }
    REQUIRE_FALSE(juroHook.isEmpty());
    REQUIRE_FALSE(ownHook.isEmpty());
    REQUIRE_FALSE(deleted.isEmpty());
    results(client, u"webhook.delete"_s, {{u"webhookId"_s, deleted}});

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto daysAgo = [now](int days) { return isoOf(now - days * 24LL * 3600 * 1000); };
    const QList<QJsonObject> filters{
        {{u"status"_s, u"failed"_s}},
        {{u"status"_s, u"failed"_s}, {u"from"_s, daysAgo(7)}},
        {{u"status"_s, u"failed"_s}, {u"integrationId"_s, u"juro"_s}, {u"from"_s, daysAgo(30)}},
        {{u"status"_s, u"failed"_s}, {u"webhookId"_s, ownHook}},
        {{u"status"_s, u"failed"_s}, {u"webhookId"_s, juroHook}, {u"reason"_s, u"http_5xx"_s}},
        {{u"status"_s, u"failed"_s}, {u"reason"_s, u"timeout"_s}, {u"from"_s, daysAgo(20)},
         {u"to"_s, daysAgo(5)}},
        {{u"status"_s, u"failed"_s}, {u"event"_s, u"candidateHire"_s}},
        {{u"status"_s, u"failed"_s}, {u"text"_s, u"internal"_s}},
        {{u"status"_s, u"failed"_s}, {u"integrationId"_s, u"sora"_s}, {u"text"_s, u"rejected"_s}},
        {{u"status"_s, u"failed"_s}, {u"integrationId"_s, u"humaans"_s}}, // deleted: none
        {{u"status"_s, u"pending"_s}, {u"from"_s, daysAgo(30)}},
        {{u"status"_s, u"delivered"_s}, {u"integrationId"_s, u"willo"_s}, {u"from"_s, daysAgo(3)}},
        {{u"reason"_s, u"http_4xx"_s}},
        {{u"event"_s, u"offerCreate"_s}, {u"text"_s, u"ok"_s}},
        // Without status failed or pending nor text: counted by the delivery index in memory.
        {},
        {{u"integrationId"_s, u"juro"_s}},
        {{u"integrationId"_s, u"humaans"_s}},
        {{u"status"_s, u"delivered"_s}, {u"webhookId"_s, juroHook}},
        {{u"status"_s, u"delivered"_s}, {u"reason"_s, u"timeout"_s}},
        {{u"event"_s, u"candidateHire"_s}, {u"from"_s, daysAgo(10)}},
        {{u"reason"_s, u"http_5xx"_s}, {u"integrationId"_s, u"juro"_s}, {u"to"_s, daysAgo(2)}},
        {{u"webhookId"_s, ownHook}, {u"event"_s, u"offerCreate"_s}, {u"from"_s, daysAgo(25)},
         {u"to"_s, daysAgo(1)}},
    };
    qint64 failedCounted = 0;
    for (const QJsonObject &filter : filters) {
        INFO(QJsonDocument(filter).toJson(QJsonDocument::Compact).toStdString());
        qint64 walked = 0;
        for (const QJsonValue row : walkAll(client, u"webhookDelivery.list"_s, filter).records)
            if (row.toObject().value(u"webhookId"_s).toString() != deleted)
                ++walked;
        const QJsonObject dryRun = redeliverMatching(client, filter, true);
        CHECK(dryRun.value(u"count"_s).toInteger() == walked);
        if (filter.value(u"status"_s) == QJsonValue(u"failed"_s))
            failedCounted += walked;
    }
    CHECK(failedCounted > 100); // the seed's failures, not a log that matches nothing

    // A new attempt counts at once, on either path.
    const QString fresh = createWebhook(client, deadUrl()).value(u"id"_s).toString();
    for (const QJsonObject &filter : {QJsonObject{{u"webhookId"_s, fresh}},
                                      QJsonObject{{u"webhookId"_s, fresh}, {u"status"_s, u"failed"_s}},
                                      QJsonObject{{u"webhookId"_s, fresh}, {u"event"_s, u"ping"_s}}}) {
        INFO(QJsonDocument(filter).toJson(QJsonDocument::Compact).toStdString());
        CHECK(redeliverMatching(client, filter, true).value(u"count"_s).toInteger()
              == walkAll(client, u"webhookDelivery.list"_s, filter).records.size());
        CHECK(redeliverMatching(client, filter, true).value(u"count"_s).toInteger() >= 1);
    }
}
