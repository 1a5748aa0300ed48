#include "MethodContext.h"

#include "models/api/ApiProtocol.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/server/DeferredAnswer.h"
#include "sandbox/server/MethodRegistry.h"
#include "sandbox/server/Pager.h"
#include "sandbox/store/Records.h"
#include "sandbox/store/Store.h"
#include "sandbox/webhooks/DeliveryIndex.h"
#include "sandbox/webhooks/DeliveryLog.h"
#include "sandbox/webhooks/WebhookDispatcher.h"
#include "sandbox/webhooks/WebhookTypes.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace Code = Tessera::Protocol::ErrorCode;

namespace Tessera::Sandbox {

namespace {

// What info, update and list answer: the stored webhook without its secret.
QJsonObject webhookView(const QJsonObject &doc)
{
    QJsonObject view{{u"id"_s, doc.value(u"id"_s)},
                     {u"enabled"_s, doc.value(u"enabled"_s)},
                     {u"requestUrl"_s, doc.value(u"requestUrl"_s)},
                     {u"webhookType"_s, doc.value(u"webhookType"_s)}};
    if (doc.contains(u"lastError"_s))
        view.insert(u"lastError"_s, doc.value(u"lastError"_s));
    return view;
}

// A logged attempt as webhookDelivery.list shows it (body and headers only in
// webhookDelivery.info). Attempts logged before integrationId was recorded answer null.
QJsonObject deliverySummary(const QJsonObject &doc)
{
    QJsonObject summary = doc;
    summary.remove(u"requestBody"_s);
    summary.remove(u"requestHeaders"_s);
    if (!summary.contains(u"integrationId"_s))
        summary.insert(u"integrationId"_s, QJsonValue::Null);
    return summary;
}

QJsonObject deliveryInfo(QJsonObject doc)
{
    if (!doc.contains(u"integrationId"_s))
        doc.insert(u"integrationId"_s, QJsonValue::Null);
    if (!doc.contains(u"requestHeaders"_s))
        doc.insert(u"requestHeaders"_s, QJsonValue::Null); // logged before headers were kept
    return doc;
}

bool orderIsNewestFirst(const MethodCall &call)
{
    const QString order = call.optionalString(u"order"_s).value_or(u"oldestFirst"_s);
    if (order != u"oldestFirst"_s && order != u"newestFirst"_s)
        throw ApiFailure::invalidInput(
            u"Field \"order\" must be \"oldestFirst\" or \"newestFirst\"."_s);
    return order == u"newestFirst"_s;
}

QString checkedType(const QString &type)
{
    if (!WebhookTypes::all().contains(type))
        throw ApiFailure::invalidInput(
            u"Field \"webhookType\" must be one of %1."_s.arg(WebhookTypes::all().join(u", "_s)));
    return type;
}

QString checkedUrl(const QString &url)
{
    if (!WebhookTypes::isHttpUrl(url))
        throw ApiFailure::invalidInput(
            u"Field \"requestUrl\" must be an absolute http or https URL, e.g. "
            "\"https://example.com/ashby\"."_s);
    return url;
}

QString checkedSecret(const QString &secret)
{
    if (secret.isEmpty())
        throw ApiFailure::invalidInput(u"Field \"secretToken\" must not be empty."_s);
    return secret;
}

QJsonObject requireWebhook(Store &store, const QString &id)
{
    const auto doc = store.webhooks.find(id);
    if (!doc || doc->contains(u"deletedAt"_s))
        throw ApiFailure::notFound(Code::webhookNotFound, u"webhook"_s, id);
    return *doc;
}

QJsonObject requireDelivery(Store &store, const QString &id)
{
    const auto doc = store.webhookDeliveries.find(id);
    if (!doc)
        throw ApiFailure::notFound(Code::webhookDeliveryNotFound, u"webhook delivery"_s, id);
    return *doc;
}

QJsonObject updated(const MethodCall &call, QJsonObject doc)
{
    const auto enabled = call.optionalBool(u"enabled"_s);
    const auto url = call.optionalString(u"requestUrl"_s);
    const auto secret = call.optionalString(u"secretToken"_s);
    if (!enabled && !url && !secret)
        throw ApiFailure::invalidInput(u"webhook.update needs at least one of \"enabled\", "
                                       "\"requestUrl\" or \"secretToken\"."_s);
    if (enabled)
        doc.insert(u"enabled"_s, *enabled);
    if (url)
        doc.insert(u"requestUrl"_s, checkedUrl(*url));
    if (secret)
        doc.insert(u"secretToken"_s, checkedSecret(*secret));
    doc.remove(u"lastError"_s); // the next ping decides again
    doc.insert(u"updatedAt"_s, Records::isoTime(call.nowMs()));
    return doc;
}

// Ashby saves a webhook whose ping fails disabled: create and update answer once the ping is
// logged, with the state it left (enabled false and lastError when it failed). The secret is in
// the answer as Ashby's schema requires.
MethodResult answerAfterPing(Store &store, WebhookDispatcher &webhooks, const MethodCall &call,
                             const QString &id)
{
    const Deferred answer = DeferredAnswer::create(call.requestId());
    webhooks.ping(id, WebhookDispatcher::PingKind::Check, [&store, answer, id] {
        try {
            const auto doc = store.webhooks.find(id);
            if (!doc) {
                answer->fail(ApiFailure::notFound(Code::webhookNotFound, u"webhook"_s, id));
                return;
            }
            QJsonObject view = webhookView(*doc);
            view.insert(u"secretToken"_s, doc->value(u"secretToken"_s));
            answer->succeed(view);
        } catch (const std::exception &error) {
            answer->fail(QString::fromLatin1(Code::internalError), QString::fromUtf8(error.what()), 500);
        }
    });
    return MethodResult(answer);
}

constexpr qsizetype maxBulkIds = 10'000;

// A dry run's count of failed or pending attempts, named to the partial index that holds every
// filtered column (SQLite's planner would otherwise pick a narrower index and read rows).
qint64 countUnsent(Store &store, const QString &where, const QVariantList &binds)
{
    QSqlQuery query(store.database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT COUNT(*) FROM webhook_deliveries INDEXED BY %1 WHERE %2"_s.arg(
            QString::fromLatin1(DeliveryLog::unsentIndex), where)))
        throw std::runtime_error("cannot count unsent deliveries: "
                                 + query.lastError().text().toStdString());
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec() || !query.next())
        throw std::runtime_error("cannot count unsent deliveries: "
                                 + query.lastError().text().toStdString());
    return query.value(0).toLongLong();
}

// The ids of the webhooks not deleted (a handful: the webhooks table, not the log).
QStringList liveWebhookIds(Store &store)
{
    QStringList ids;
    for (const StoredDocument &row : store.webhooks.select(u"is_deleted = 0"_s))
        ids << row.doc.value(u"id"_s).toString();
    return ids;
}

// A dry run's count: failed or pending attempts on their partial index; the others, unless a
// text filter must read responses, from the delivery index in memory (kept current by every
// logged attempt), since SQLite would read up to every row of the log for them.
qint64 countMatching(Store &store, DeliveryIndex &index, const DeliveryLog::Filter &filter,
                     const QString &where)
{
    if (filter.unsent)
        return countUnsent(store, where, filter.binds);
    if (!filter.text) {
        DeliveryIndex::CountFilter counted;
        counted.deliveredOnly = filter.status.has_value(); // not unsent: "delivered"
        counted.reason = filter.reason;
        counted.webhookId = filter.webhookId;
        counted.integrationId = filter.integrationId;
        counted.event = filter.event;
        counted.fromMs = filter.fromMs;
        counted.toMs = filter.toMs;
        return index.count(counted, liveWebhookIds(store));
    }
    return store.webhookDeliveries.count(where, filter.binds);
}

// The logged attempts named by deliveryIds, or matching filter, whose webhook still exists.
QList<QJsonObject> bulkTargets(Store &store, DeliveryIndex &index, const MethodCall &call,
                               bool countOnly, qint64 &count)
{
    if (const auto filterObject = call.optionalObject(u"filter"_s)) {
        DeliveryLog::Filter filter = DeliveryLog::parseFilter(*filterObject);
        // Read, not looked up: on the unsent index the webhook column is in the index; with a
        // text filter a walk of the table in order beats a million lookups by webhook.
        const QString live = (filter.unsent || filter.text ? u"+"_s : QString())
            + u"webhook_id IN (SELECT id FROM webhooks WHERE is_deleted = 0)"_s;
        const QString where = filter.where.isEmpty() ? live : filter.where + u" AND "_s + live;
        if (countOnly) {
            count = countMatching(store, index, filter, where);
            return {};
        }
        QList<QJsonObject> targets;
        for (const StoredDocument &row : store.webhookDeliveries.select(where, filter.binds,
                                                                         u"rid"_s))
            targets << row.doc;
        count = targets.size();
        return targets;
    }
    const QStringList ids = call.optionalStringList(u"deliveryIds"_s).value_or(QStringList());
    if (ids.isEmpty() || ids.size() > maxBulkIds)
        throw ApiFailure::invalidInput(
            u"Field \"deliveryIds\" must list 1 to %1 delivery ids."_s.arg(maxBulkIds));
    QList<QJsonObject> targets;
    for (const QString &id : ids) {
        const QJsonObject delivery = requireDelivery(store, id);
        requireWebhook(store, delivery.value(u"webhookId"_s).toString());
        targets << delivery;
    }
    count = targets.size();
    return targets;
}

// Each target becomes a new attempt chain, sent in the background after this answer.
MethodResult bulkRedeliver(Store &store, WebhookDispatcher &webhooks, const MethodCall &call)
{
    const bool dryRun = call.optionalBool(u"dryRun"_s).value_or(false);
    qint64 count = 0;
    const QList<QJsonObject> targets =
        bulkTargets(store, webhooks.deliveryIndex(), call, dryRun, count);
    if (dryRun)
        return Protocol::successEnvelope(QJsonObject{{u"count"_s, count}, {u"dryRun"_s, true}});
    QJsonArray newIds;
    for (const QJsonObject &delivery : targets) {
        const QString id = Records::newId();
        webhooks.redeliver(delivery, id);
        if (newIds.size() < maxBulkIds)
            newIds.append(id);
    }
    return Protocol::successEnvelope(QJsonObject{{u"count"_s, qint64(targets.size())},
                                                 {u"deliveryIds"_s, newIds}});
}

} // namespace

void registerWebhookMethods(MethodRegistry &registry, MethodContext &context)
{
    Store &store = context.store;
    const Pager &pager = context.pager;
    WebhookDispatcher &webhooks = context.webhooks;

    // The secret is in this answer (and update's, as Ashby's schema requires) only; it is stored
    // because deliveries are signed with it.
    registry.add(u"webhook.create"_s, u"apiKeysWrite"_s,
                 [&store, &webhooks](const MethodCall &call) {
        const QString type = checkedType(call.requiredString(u"webhookType"_s));
        const QString url = checkedUrl(call.requiredString(u"requestUrl"_s));
        const QString secret = checkedSecret(call.requiredString(u"secretToken"_s));
        const QString id = Records::newId();
        const QString now = Records::isoTime(call.nowMs());
        const QJsonObject doc{{u"id"_s, id},           {u"webhookType"_s, type},
                              {u"requestUrl"_s, url},  {u"enabled"_s, true},
                              {u"secretToken"_s, secret}, {u"createdAt"_s, now},
                              {u"updatedAt"_s, now}};
        store.webhooks.insert(id, call.nowMs(), doc,
                              {{u"webhook_type"_s, type}, {u"enabled"_s, 1}});
        return answerAfterPing(store, webhooks, call, id);
    });

    registry.add(u"webhook.info"_s, u"apiKeysRead"_s, [&store](const MethodCall &call) {
        return Protocol::successEnvelope(
            webhookView(requireWebhook(store, call.requiredString(u"webhookId"_s))));
    });

    registry.add(u"webhook.update"_s, u"apiKeysWrite"_s,
                 [&store, &webhooks](const MethodCall &call) -> MethodResult {
        const QString id = call.requiredString(u"webhookId"_s);
        const QJsonObject doc = updated(call, requireWebhook(store, id));
        const bool enabled = doc.value(u"enabled"_s).toBool();
        store.webhooks.update(id, doc, {{u"enabled"_s, enabled ? 1 : 0}});
        if (enabled)
            return answerAfterPing(store, webhooks, call, id);
        // Ashby's published schema answers an update with the create shape, secret included.
        QJsonObject view = webhookView(doc);
        view.insert(u"secretToken"_s, doc.value(u"secretToken"_s));
        return Protocol::successEnvelope(view);
    });

    // Marks the webhook deleted: it stops receiving at once, its delivery log stays readable.
    registry.add(u"webhook.delete"_s, u"apiKeysWrite"_s, [&store](const MethodCall &call) {
        const QString id = call.requiredString(u"webhookId"_s);
        QJsonObject doc = requireWebhook(store, id);
        doc.insert(u"enabled"_s, false);
        doc.insert(u"deletedAt"_s, Records::isoTime(call.nowMs()));
        store.webhooks.update(id, doc, {{u"enabled"_s, 0}, {u"is_deleted"_s, 1}});
        return Protocol::successEnvelope(QJsonObject{{u"webhookId"_s, id}});
    });

    // A test ping now. Handlers cannot wait for the receiver without blocking the server thread,
    // so this answers at once with the id the attempt will be logged under
    // (webhookDelivery.info answers webhook_delivery_not_found until it finished).
    registry.add(u"webhook.ping"_s, u"apiKeysWrite"_s,
                 [&store, &webhooks](const MethodCall &call) {
        const QString id = call.requiredString(u"webhookId"_s);
        const QJsonObject doc = requireWebhook(store, id);
        const auto queued = webhooks.ping(id, WebhookDispatcher::PingKind::Test);
        return Protocol::successEnvelope(
            QJsonObject{{u"webhookId"_s, id},
                        {u"deliveryId"_s, queued.deliveryId},
                        {u"webhookActionId"_s, queued.webhookActionId},
                        {u"action"_s, u"ping"_s},
                        {u"requestUrl"_s, doc.value(u"requestUrl"_s)},
                        {u"status"_s, u"queued"_s}});
    });

    registry.add(u"webhook.list"_s, u"apiKeysRead"_s, [&store, &pager](const MethodCall &call) {
        ListQuery query{&store.webhooks, u"is_deleted = 0"_s};
        query.supportsSyncToken = false;
        return pager.page(call, query, webhookView);
    });

    // Filters and order are on indexed columns (Migrations version 9); pages are keyset pages.
    registry.add(u"webhookDelivery.list"_s, u"apiKeysRead"_s,
                 [&store, &pager](const MethodCall &call) {
        const DeliveryLog::Filter filter = DeliveryLog::parseFilter(call.body());
        ListQuery query{&store.webhookDeliveries, filter.where, filter.binds};
        query.newestFirst = orderIsNewestFirst(call);
        query.supportsSyncToken = false;
        return pager.page(call, query, deliverySummary);
    });

    registry.add(u"webhookDelivery.info"_s, u"apiKeysRead"_s, [&store](const MethodCall &call) {
        return Protocol::successEnvelope(
            deliveryInfo(requireDelivery(store, call.requiredString(u"deliveryId"_s))));
    });

    // Test support for a console's local signature check: overwrites the stored body of one
    // logged attempt and leaves its requestHeaders (so the signature) as they were sent.
    registry.add(u"sandbox.tamperDelivery"_s, u"organizationWrite"_s,
                 [&store](const MethodCall &call) {
        const QString id = call.requiredString(u"deliveryId"_s);
        QJsonObject doc = requireDelivery(store, id);
        doc.insert(u"requestBody"_s, call.requiredString(u"requestBody"_s));
        store.webhookDeliveries.update(id, doc);
        return Protocol::successEnvelope(QJsonObject{{u"deliveryId"_s, id}});
    });

    registry.add(u"webhookDelivery.stats"_s, u"apiKeysRead"_s,
                 [&webhooks](const MethodCall &call) {
        return Protocol::successEnvelope(webhooks.deliveryIndex().stats(call.body()));
    });

    registry.add(u"webhookDelivery.redeliver"_s, u"apiKeysWrite"_s,
                 [&store, &webhooks](const MethodCall &call) -> MethodResult {
        const int forms = int(call.has(u"deliveryId"_s)) + int(call.has(u"deliveryIds"_s))
            + int(call.has(u"filter"_s));
        if (forms != 1)
            throw ApiFailure::invalidInput(
                u"webhookDelivery.redeliver takes exactly one of \"deliveryId\", "
                "\"deliveryIds\" or \"filter\"."_s);
        if (call.has(u"deliveryId"_s)) {
            const QJsonObject delivery =
                requireDelivery(store, call.requiredString(u"deliveryId"_s));
            requireWebhook(store, delivery.value(u"webhookId"_s).toString());
            webhooks.redeliver(delivery);
            return Protocol::successEnvelope(
                QJsonObject{{u"deliveryId"_s, delivery.value(u"id"_s)},
                            {u"webhookId"_s, delivery.value(u"webhookId"_s)},
                            {u"webhookActionId"_s, delivery.value(u"webhookActionId"_s)},
                            {u"action"_s, delivery.value(u"action"_s)}});
        }
        return bulkRedeliver(store, webhooks, call);
    });
}

} // namespace Tessera::Sandbox
