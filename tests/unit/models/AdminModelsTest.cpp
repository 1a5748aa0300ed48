// ApiKeysModel, WebhooksModel and WebhookDeliveriesModel against a real sandbox (and a webhook
// receiver in this process), under QAbstractItemModelTester (Fatal); the tolerant decoders.
#include "ModelTestSupport.h"
#include "tests/support/WebhookReceiver.h"

#include "models/admin/ApiKeysModel.h"
#include "models/admin/Permissions.h"
#include "models/admin/WebhookDeliveriesModel.h"
#include "models/admin/WebhooksModel.h"
#include "models/core/DisplayText.h"
#include "models/core/LoadStatus.h"

#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"admin-models"_s);
}

ApiKeysModel &loaded(ApiKeysModel &model)
{
    model.load();
    REQUIRE(waitUntil([&] { return model.status()->state() != LoadState::Loading; }));
    REQUIRE(model.status()->state() == LoadState::Ready);
    return model;
}

} // namespace

TEST_CASE("ApiKey decodes usedBy and lastUsedAt when present and tolerates their absence",
          "[models][admin]")
{
    const QJsonObject full{
        {u"id"_s, u"k1"_s}, {u"title"_s, u"Juro"_s}, {u"scopes"_s, QJsonArray{u"jobsRead"_s}},
        {u"createdAt"_s, u"2026-11-23T06:17:00.571Z"_s}, {u"lastUsedAt"_s, QJsonValue::Null},
        {u"usedBy"_s, QJsonArray{QJsonObject{{u"kind"_s, u"integration"_s},
                                             {u"id"_s, u"juro"_s}, {u"name"_s, u"Juro"_s}}}},
        {u"somethingNew"_s, 42}};
    const auto decoded = ApiKey::fromJson(full);
    REQUIRE(std::holds_alternative<ApiKey>(decoded));
    const ApiKey &key = std::get<ApiKey>(decoded);
    CHECK(key.lastUsedKnown);
    CHECK_FALSE(key.lastUsedAt.isValid());
    REQUIRE(key.usedBy.has_value());
    CHECK(key.usedBy->size() == 1);
    CHECK(ApiKeysModel::usedByText(key) == u"Juro"_s);

    const auto bare = ApiKey::fromJson({{u"id"_s, u"k2"_s}, {u"scopes"_s, QJsonArray{}}});
    REQUIRE(std::holds_alternative<ApiKey>(bare));
    CHECK_FALSE(std::get<ApiKey>(bare).usedBy.has_value());
    CHECK(ApiKeysModel::usedByText(std::get<ApiKey>(bare)) == u"—"_s);

    CHECK(std::holds_alternative<DecodeError>(ApiKey::fromJson({{u"title"_s, u"no id"_s}})));
    CHECK(std::holds_alternative<DecodeError>(
        ApiKey::fromJson({{u"id"_s, u"k3"_s}, {u"title"_s, 7}})));
}

TEST_CASE("Permission presets cover every identifier once", "[models][admin]")
{
    const QStringList read = Permissions::scopesOf(Permissions::Preset::ReadAll);
    const QStringList write = Permissions::scopesOf(Permissions::Preset::WriteAll);
    CHECK(read.size() + write.size() == Permissions::all().size());
    CHECK(Permissions::all().size() == 19);
    CHECK(read.contains(u"candidatesRead"_s));
    CHECK(write.contains(u"candidatesDelete"_s));
    CHECK(Permissions::presetOf(Permissions::all()) == Permissions::Preset::ReadWriteAll);
    CHECK(Permissions::presetOf({u"jobsRead"_s}) == Permissions::Preset::Custom);
    CHECK(Permissions::summary(read) == u"Read all"_s);
}

TEST_CASE("ApiKeysModel lists keys, creates one with its secret once, and revokes it",
          "[models][admin]")
{
    SandboxClients clients(sandbox());
    ApiKeysModel model(&clients.client);
    auto tester = fatalTester(&model);
    loaded(model);
    const int before = model.rowCount();
    REQUIRE(before >= 1); // the admin key
    CHECK(model.columnCount() == ApiKeysModel::ColumnCount);
    CHECK(model.headerData(ApiKeysModel::UsedByColumn, Qt::Horizontal).toString() == u"Used by"_s);
    // The console's own key is marked.
    REQUIRE(waitUntil([&] { return !model.ownKeyId().isEmpty(); }));
    const int own = model.rowOf(model.ownKeyId());
    REQUIRE(own >= 0);
    CHECK(model.index(own, 0).data(ApiKeysModel::OwnKeyRole).toBool());
    CHECK(model.index(own, ApiKeysModel::UsedByColumn).data().toString() == u"This console"_s);

    QSignalSpy created(&model, &ApiKeysModel::created);
    const QStringList scopes{u"jobsRead"_s, u"candidatesRead"_s};
    model.create(u"  Payroll export  "_s, u"Humaans"_s, scopes);
    REQUIRE(waitUntil([&] { return created.count() == 1; }));
    const auto key = created.first().at(0).value<ApiKey>();
    const QString secret = created.first().at(1).toString();
    CHECK(key.title == u"Payroll export"_s);
    CHECK(key.integrationPartner == u"Humaans"_s);
    REQUIRE(model.rowCount() == before + 1);
    const int row = model.rowOf(key.id);
    REQUIRE(row >= 0);
    CHECK(model.index(row, ApiKeysModel::PartnerColumn).data().toString() == u"Humaans"_s);
    CHECK(model.index(row, ApiKeysModel::ScopesColumn).data().toString() == u"2 permissions"_s);
    CHECK(model.index(row, ApiKeysModel::LastUsedColumn).data().toString() == u"Never"_s);
    // Made for Humaans: after a reload the backend names Humaans as its user.
    loaded(model);
    CHECK(model.index(model.rowOf(key.id), ApiKeysModel::UsedByColumn).data().toString()
          == u"Humaans"_s);
    for (int column = 0; column < model.columnCount(); ++column) // the model never shows it
        CHECK_FALSE(model.index(model.rowOf(key.id), column).data().toString().contains(secret));

    TestClient withNewKey(clients.sandbox.baseUrl(), secret);
    requireSuccess(withNewKey.call(u"job.list"_s, {{u"limit"_s, 1}}));
    CHECK(withNewKey.call(u"offer.list"_s).httpStatus == 403); // only what was granted

    SECTION("a refresh shows the key as the backend has it")
    {
        loaded(model);
        CHECK(model.rowOf(key.id) >= 0);
        CHECK(model.index(model.rowOf(key.id), 0).data(ApiKeysModel::ScopesRole).toStringList()
              == scopes);
    }

    SECTION("revoke removes the row and the key stops working")
    {
        QSignalSpy revoked(&model, &ApiKeysModel::revoked);
        model.revoke(key.id);
        REQUIRE(waitUntil([&] { return revoked.count() == 1; }));
        CHECK(model.rowOf(key.id) == -1);
        CHECK(model.rowCount() == before);
        CHECK(withNewKey.call(u"job.list"_s).httpStatus == 403);
        loaded(model);
        CHECK(model.rowOf(key.id) == -1);
    }
}

TEST_CASE("ApiKeysModel reports a refused create as a translated ApiError", "[models][admin]")
{
    SandboxClients clients(sandbox());
    ApiKeysModel model(&clients.client);
    auto tester = fatalTester(&model);
    loaded(model);
    const int before = model.rowCount();
    QSignalSpy failed(&model, &ApiKeysModel::createFailed);
    model.create(u"Bad"_s, {}, {u"jobs:read"_s});
    REQUIRE(waitUntil([&] { return failed.count() == 1; }));
    const auto error = failed.first().at(0).value<ApiError>();
    CHECK(error.code() == u"invalid_input"_s);
    CHECK_FALSE(error.userMessage().isEmpty());
    CHECK(model.rowCount() == before);

    QSignalSpy revokeFailed(&model, &ApiKeysModel::revokeFailed);
    model.revoke(u"00000000-0000-4000-8000-000000000000"_s);
    REQUIRE(waitUntil([&] { return revokeFailed.count() == 1; }));
    CHECK(revokeFailed.first().at(1).value<ApiError>().code() == u"api_key_not_found"_s);
}

TEST_CASE("WebhooksModel creates, pings, disables and deletes, and deliveries follow the ping",
          "[models][admin]")
{
    SandboxClients clients(sandbox());
    WebhookReceiver receiver;
    WebhooksModel webhooks(&clients.client);
    auto webhooksTester = fatalTester(&webhooks);
    webhooks.load();
    REQUIRE(waitUntil([&] { return webhooks.status()->state() == LoadState::Ready; }));
    const int before = webhooks.rowCount();

    QSignalSpy saved(&webhooks, &WebhooksModel::saved);
    webhooks.create(u"candidateHire"_s, receiver.url(), u"model-secret"_s);
    REQUIRE(waitUntil([&] { return saved.count() == 1; }));
    const QString id = saved.first().at(1).toString();
    REQUIRE(webhooks.rowCount() == before + 1);
    const int row = webhooks.rowOf(id);
    CHECK(webhooks.index(row, WebhooksModel::TypeColumn).data().toString() == u"Candidate Hired"_s);
    CHECK(webhooks.index(row, WebhooksModel::UrlColumn).data().toString() == receiver.url());
    CHECK(webhooks.index(row, WebhooksModel::EnabledColumn).data().toString() == u"Enabled"_s);
    REQUIRE(waitUntil([&] { return receiver.requests.size() == 1; })); // the create ping

    WebhookDeliveriesModel deliveries(&clients.client);
    auto deliveriesTester = fatalTester(&deliveries);
    deliveries.setPollIntervalMs(50);
    REQUIRE(waitUntil([&] {
        deliveries.setWebhookId(id);
        waitUntil([&] { return deliveries.status()->state() != LoadState::Loading; });
        return deliveries.rowCount() == 1;
    }));
    CHECK(deliveries.index(0, WebhookDeliveriesModel::ResultColumn).data().toString() == u"OK"_s);

    // A failing test ping is logged but leaves the webhook enabled.
    receiver.answerAll(503);
    QSignalSpy queued(&webhooks, &WebhooksModel::pingQueued);
    webhooks.ping(id);
    REQUIRE(waitUntil([&] { return queued.count() == 1; }));
    QSignalSpy arrived(&deliveries, &WebhookDeliveriesModel::deliveryArrived);
    deliveries.watchDelivery(queued.first().at(1).toString());
    REQUIRE(waitUntil([&] { return arrived.count() == 1; }));
    const auto attempt = arrived.first().at(0).value<WebhookDelivery>();
    CHECK_FALSE(attempt.success);
    CHECK(attempt.statusCode == 503);
    REQUIRE(deliveries.rowCount() == 2);
    CHECK(deliveries.index(0, WebhookDeliveriesModel::StatusColumn).data().toString() == u"503"_s);
    CHECK(deliveries.index(0, WebhookDeliveriesModel::ResultColumn).data().toString()
          == u"Failed"_s);
    CHECK(deliveries.index(0, WebhookDeliveriesModel::ResponseColumn).data().toString()
              .contains(u"503"_s));
    webhooks.noteDelivery(attempt);
    CHECK(webhooks.index(row, WebhooksModel::LastDeliveryColumn).data().toString()
              .startsWith(u"Failed (HTTP 503)"_s));

    SECTION("redeliver sends the logged attempt again")
    {
        receiver.answerAll(200);
        QSignalSpy redelivered(&deliveries, &WebhookDeliveriesModel::redelivered);
        deliveries.redeliver(attempt.id);
        REQUIRE(waitUntil([&] { return redelivered.count() == 1; }));
        REQUIRE(waitUntil([&] { return receiver.requests.size() == 3; }));
        CHECK(receiver.requests.last().json().value(u"webhookActionId"_s).toString()
              == attempt.webhookActionId);
    }

    SECTION("disable, then delete")
    {
        webhooks.update(id, false);
        REQUIRE(waitUntil([&] { return saved.count() == 2; }));
        CHECK(webhooks.index(row, WebhooksModel::EnabledColumn).data().toString()
              == u"Disabled"_s);
        webhooks.remove(id);
        REQUIRE(waitUntil([&] { return saved.count() == 3; }));
        CHECK(webhooks.rowOf(id) == -1);
        webhooks.load();
        REQUIRE(waitUntil([&] { return webhooks.status()->state() == LoadState::Ready; }));
        CHECK(webhooks.rowOf(id) == -1);
        return;
    }
    webhooks.remove(id);
    REQUIRE(waitUntil([&] { return webhooks.rowOf(id) == -1; }));
}

TEST_CASE("WebhooksModel reports a refused create and a failing load", "[models][admin]")
{
    SandboxClients clients(sandbox());
    WebhooksModel webhooks(&clients.client);
    auto tester = fatalTester(&webhooks);
    QSignalSpy failed(&webhooks, &WebhooksModel::actionFailed);
    webhooks.create(u"noSuchEvent"_s, u"https://example.com/hook"_s, u"s"_s);
    REQUIRE(waitUntil([&] { return failed.count() == 1; }));
    CHECK(failed.first().at(0).value<WebhooksModel::Action>() == WebhooksModel::Action::Create);
    CHECK(failed.first().at(1).value<ApiError>().code() == u"invalid_input"_s);
    CHECK(webhooks.rowCount() == 0);

    requireSuccess(clients.raw.call(u"sandbox.configure"_s,
                                    {{u"failNext"_s, QJsonArray{u"serverError"_s, u"serverError"_s,
                                                                u"serverError"_s, u"serverError"_s}}}));
    webhooks.load();
    REQUIRE(waitUntil([&] { return webhooks.status()->state() != LoadState::Loading; }));
    CHECK(webhooks.status()->state() == LoadState::Failed);
    CHECK(webhooks.status()->lastError().httpStatus() == 503);
    requireSuccess(clients.raw.call(u"sandbox.configure"_s, {{u"failNext"_s, QJsonArray{}}}));
}

TEST_CASE("WebhooksModel shows each webhook's newest attempt from a log of thousands",
          "[models][admin]")
{
    // A log of 3,000 seeded deliveries over the seeded webhooks: the model asks each webhook's
    // newest row instead of walking the log; the server's own full walk says what is newest.
    SandboxProcess &seeded = sharedSandbox(u"admin-models-log"_s,
                                           SandboxProcess::defaultArguments(30)
                                               << u"--deliveries"_s << u"3000"_s);
    SandboxClients clients(seeded);
    WebhooksModel webhooks(&clients.client);
    webhooks.load();
    REQUIRE(waitUntil([&] {
        return webhooks.status()->state() == LoadState::Ready && webhooks.hasDeliveries();
    }, 30'000));
    REQUIRE(webhooks.rowCount() > 0);

    QHash<QString, WebhookDelivery> newest;
    qsizetype total = 0;
    QString cursor;
    do {
        QJsonObject body{{u"limit"_s, 100}};
        if (!cursor.isEmpty())
            body.insert(u"cursor"_s, cursor);
        const ApiReply reply = clients.raw.call(u"webhookDelivery.list"_s, body);
        REQUIRE(reply.isSuccess());
        for (const QJsonValue value : reply.results().toArray()) {
            const auto decoded = WebhookDelivery::fromJson(value.toObject());
            REQUIRE(std::holds_alternative<WebhookDelivery>(decoded));
            const WebhookDelivery &delivery = std::get<WebhookDelivery>(decoded);
            ++total;
            if (!newest.contains(delivery.webhookId)
                || newest.value(delivery.webhookId).time <= delivery.time)
                newest.insert(delivery.webhookId, delivery);
        }
        cursor = reply.envelope().value(u"moreDataAvailable"_s).toBool()
                     ? reply.envelope().value(u"nextCursor"_s).toString()
                     : QString();
    } while (!cursor.isEmpty());
    REQUIRE(total >= 3000);

    int withDelivery = 0;
    for (int row = 0; row < webhooks.rowCount(); ++row) {
        const QString id = webhooks.webhook(row)->id;
        const QString shown = webhooks.index(row, WebhooksModel::LastDeliveryColumn).data().toString();
        if (!newest.contains(id)) {
            CHECK(shown == u"—"_s);
            continue;
        }
        ++withDelivery;
        const WebhookDelivery &last = newest.value(id);
        CAPTURE(id, shown);
        CHECK(shown.endsWith(DisplayText::dateTime(last.time)));
        CHECK(shown.startsWith(last.success ? u"OK"_s : u"Failed"_s));
    }
    CHECK(withDelivery > 0);
}
