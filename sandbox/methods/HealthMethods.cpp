#include "MethodContext.h"

#include "models/api/ApiProtocol.h"
#include "sandbox/activities/CandidateActivities.h"
#include "sandbox/integrations/IntegrationCatalog.h"
#include "sandbox/partners/PartnerHub.h"
#include "sandbox/partners/StandIn.h"
#include "sandbox/server/MethodRegistry.h"
#include "sandbox/store/Records.h"
#include "sandbox/store/Store.h"
#include "sandbox/webhooks/DeliveryIndex.h"
#include "sandbox/webhooks/DeliveryLog.h"
#include "sandbox/webhooks/WebhookDispatcher.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

// Reason codes of integrationHealth.list (docs/API.md "Integration health").
namespace Reason {
const QString deliveriesFailing = u"deliveries_failing"_s;
const QString keyRevoked = u"key_revoked"_s;
const QString partnerUnavailable = u"partner_unavailable"_s;
const QString syncOverdue = u"sync_overdue"_s;
const QString stuckRuns = u"stuck_runs"_s;
const QString notChecked = u"not_checked"_s;
} // namespace Reason

constexpr qint64 hourMs = 3600LL * 1000;
constexpr int failedInARowDegraded = 3;
constexpr int failedInARowFailing = 10;
constexpr double failedShareDegraded = 0.2;
constexpr qint64 syncGraceIntervals = 2; // a due sync this many intervals late is overdue

enum class State { Ok, Degraded, Failing, Unknown };

QString stateName(State state)
{
    switch (state) {
    case State::Ok: return u"ok"_s;
    case State::Degraded: return u"degraded"_s;
    case State::Failing: return u"failing"_s;
    case State::Unknown: break;
    }
    return u"unknown"_s;
}

QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(Records::isoTime(ms)) : QJsonValue(QJsonValue::Null);
}

struct Health
{
    State state = State::Ok;
    QJsonArray reasons;
    qint64 lastSuccessMs = 0;
    qint64 lastCheckedMs = 0;
    qint64 failingDeliveries = 0;
    qint64 nextSyncDueMs = 0;
    qint64 stuckRuns = 0;
    qint64 checkedWithinMs = hourMs; // older than this, nothing counts as checked recently

    void add(State severity, const QString &code, const QString &message, qint64 sinceMs,
             QJsonObject fix)
    {
        if (int(severity) > int(state) || state == State::Unknown)
            state = severity;
        reasons.append(QJsonObject{{u"code"_s, code},
                                   {u"message"_s, message},
                                   {u"since"_s, timeOrNull(sinceMs)},
                                   {u"fix"_s, fix}});
    }
};

using RecentOutcomes = QHash<QString, DeliveryIndex::Outcomes>;

void checkDeliveries(Health &health, const QList<StoredDocument> &webhooks,
                     const RecentOutcomes &recent, const IntegrationEntry &entry)
{
    for (const StoredDocument &row : webhooks) {
        const QString url = row.doc.value(u"requestUrl"_s).toString();
        if (DeliveryLog::integrationOfUrl(url) != entry.id)
            continue;
        const QString webhookId = row.doc.value(u"id"_s).toString();
        const DeliveryIndex::Outcomes seen = recent.value(webhookId);
        health.lastSuccessMs = std::max(health.lastSuccessMs, seen.lastSuccessMs);
        health.lastCheckedMs = std::max(health.lastCheckedMs, seen.lastAttemptMs);
        const qint64 lastHour = seen.delivered + seen.failed;
        const bool shareFailing =
            lastHour > 0 && double(seen.failed) > failedShareDegraded * double(lastHour);
        if (seen.failedInARow < failedInARowDegraded && !shareFailing)
            continue;
        health.failingDeliveries += seen.failed;
        const bool failing = seen.failedInARow >= failedInARowFailing
            || (lastHour >= failedInARowDegraded && seen.delivered == 0);
        const QString type = row.doc.value(u"webhookType"_s).toString();
        const QString message =
            seen.failedInARow >= failedInARowDegraded
                ? u"The last %1 deliveries of the %2 webhook to %3 failed. Check that %3 is "
                  "reachable and that the secret token matches, then redeliver them."_s
                      .arg(seen.failedInARow).arg(type, entry.name)
                : u"%1 of %2 deliveries of the %3 webhook to %4 failed in the last hour. Check "
                  "that %4 is reachable, then redeliver the failed ones."_s
                      .arg(seen.failed).arg(lastHour).arg(type, entry.name);
        health.add(failing ? State::Failing : State::Degraded, Reason::deliveriesFailing, message,
                   seen.failingSinceMs,
                   {{u"kind"_s, u"webhook"_s}, {u"webhookId"_s, webhookId}});
    }
}

void addKeyReason(Health &health, const Store &store, const IntegrationEntry &entry,
                  const QString &keyId)
{
    const auto key = store.apiKeys.find(keyId);
    if (key && !key->isRevoked())
        return;
    const QString message =
        key ? u"The Ashby API key \"%1\" that %2 uses was revoked. Create a new key and "
              "connect %2 again with it."_s.arg(key->title, entry.name)
            : u"The Ashby API key that %1 uses no longer exists. Create a new key and connect "
              "%1 again with it."_s.arg(entry.name);
    health.add(State::Failing, Reason::keyRevoked, message, key ? key->revokedMs : 0,
               {{u"kind"_s, u"apiKey"_s}, {u"apiKeyId"_s, keyId}});
}

// The key the stand-in holds and the one selected in the settings must be active; of the keys
// made for the partner, one active is enough (as integration.list's "needs attention").
void checkKeys(Health &health, Store &store, PartnerHub &partners, const IntegrationEntry &entry,
               const QJsonObject &settings)
{
    QStringList used;
    if (StandIn *standIn = partners.find(entry.id))
        if (const auto held = store.apiKeys.findBySecret(standIn->heldAtsKey()))
            used << held->id;
    used << settings.value(u"atsApiKeyId"_s).toString();
    used.removeAll(QString());
    used.removeDuplicates();
    for (const QString &keyId : used)
        addKeyReason(health, store, entry, keyId);
    if (!used.isEmpty())
        return;
    QString lastRevoked;
    qint64 lastRevokedMs = -1;
    for (const ApiKeyRecord &key : store.apiKeys.list()) {
        if (key.integrationPartner.compare(entry.name, Qt::CaseInsensitive) != 0)
            continue;
        if (!key.isRevoked())
            return;
        if (key.revokedMs > lastRevokedMs) {
            lastRevokedMs = key.revokedMs;
            lastRevoked = key.id;
        }
    }
    if (!lastRevoked.isEmpty())
        addKeyReason(health, store, entry, lastRevoked);
}

// A partner that syncs on a schedule: its syncs are checks too, and a due sync that is late by
// more than the grace is overdue.
void checkSync(Health &health, const StandIn &standIn, const IntegrationEntry &entry, qint64 nowMs)
{
    const auto schedule = standIn.syncSchedule();
    if (!schedule)
        return;
    health.nextSyncDueMs = schedule->nextDueMs;
    health.lastSuccessMs = std::max(health.lastSuccessMs, schedule->lastSyncedMs);
    health.lastCheckedMs = std::max({health.lastCheckedMs, schedule->lastEndedMs,
                                     schedule->lastSyncedMs});
    const qint64 graceMs = syncGraceIntervals * schedule->intervalMs;
    health.checkedWithinMs = std::max(hourMs, schedule->intervalMs + graceMs);
    if (nowMs - schedule->nextDueMs <= graceMs)
        return;
    const QString message =
        schedule->lastSyncedMs > 0
            ? u"%1 has not synced since %2; its next sync was due at %3. Open the %1 setup to "
              "see why the sync stopped, then connect %1 again."_s
                  .arg(entry.name, Records::isoTime(schedule->lastSyncedMs),
                       Records::isoTime(schedule->nextDueMs))
            : u"%1 has not finished a sync since it was connected at %2. Open the %1 setup to "
              "see why the sync stopped, then connect %1 again."_s
                  .arg(entry.name, Records::isoTime(schedule->nextDueMs));
    health.add(State::Degraded, Reason::syncOverdue, message, schedule->nextDueMs,
               {{u"kind"_s, u"wizard"_s}, {u"integrationId"_s, entry.id}});
}

// Runs of the integration that sat in one status longer than their limit (§3.15 stuck); the
// fix opens the one stuck longest.
void checkStuckRuns(Health &health, const Store &store, const IntegrationEntry &entry,
                    qint64 nowMs)
{
    QJsonObject oldest;
    qint64 oldestSinceMs = 0;
    for (const StoredDocument &row : store.candidateActivities.select(
             u"json_extract(doc, '$.integrationId') = ? AND json_extract(doc, '$.status') NOT IN "
             "('completed', 'cancelled', 'failed')"_s,
             {entry.id})) {
        if (!CandidateActivities::isStuck(row.doc, nowMs))
            continue;
        ++health.stuckRuns;
        const qint64 sinceMs = CandidateActivities::stuckSinceMs(row.doc);
        if (oldest.isEmpty() || sinceMs < oldestSinceMs) {
            oldest = row.doc;
            oldestSinceMs = sinceMs;
        }
    }
    if (health.stuckRuns == 0)
        return;
    const QString message =
        health.stuckRuns == 1
            ? u"1 %1 run is stuck: it has not moved on for longer than %1 runs may take. Open "
              "the candidate's activities to see where it stopped, then cancel it or ask %1 "
              "about it."_s.arg(entry.name)
            : u"%1 %2 runs are stuck: they have not moved on for longer than %2 runs may take. "
              "Open the candidates' activities, starting with the oldest, then cancel them or "
              "ask %2 about them."_s.arg(health.stuckRuns).arg(entry.name);
    health.add(State::Degraded, Reason::stuckRuns, message, oldestSinceMs,
               {{u"kind"_s, u"activity"_s},
                {u"activityId"_s, oldest.value(u"id"_s)},
                {u"applicationId"_s, oldest.value(u"applicationId"_s)},
                {u"candidateId"_s, oldest.value(u"candidateId"_s)}});
}

QJsonObject healthOf(Store &store, PartnerHub &partners, const QList<StoredDocument> &webhooks,
                     const RecentOutcomes &recent, const IntegrationEntry &entry,
                     const QJsonObject &stored, qint64 nowMs)
{
    Health health;
    checkDeliveries(health, webhooks, recent, entry);
    checkKeys(health, store, partners, entry, stored.value(u"settings"_s).toObject());
    const StandIn *standIn = partners.find(entry.id);
    if (standIn && standIn->isDown())
        health.add(State::Failing, Reason::partnerUnavailable,
                   u"%1 does not answer. Check %1's service status, then open the %1 setup "
                   "and run the connection test again."_s.arg(entry.name),
                   0, {{u"kind"_s, u"wizard"_s}, {u"integrationId"_s, entry.id}});
    if (standIn)
        checkSync(health, *standIn, entry, nowMs);
    checkStuckRuns(health, store, entry, nowMs);
    if (health.reasons.isEmpty() && nowMs - health.lastCheckedMs > health.checkedWithinMs) {
        health.state = State::Unknown;
        health.reasons.append(QJsonObject{
            {u"code"_s, Reason::notChecked},
            {u"message"_s,
             u"Nothing was delivered to %1 in the last hour, so its state is not known. Run "
             "the integration test to check it now."_s.arg(entry.name)},
            {u"since"_s, timeOrNull(health.lastCheckedMs)},
            {u"fix"_s, QJsonObject{{u"kind"_s, u"test"_s}, {u"integrationId"_s, entry.id}}}});
    }
    return {{u"integrationId"_s, entry.id},
            {u"name"_s, entry.name},
            {u"state"_s, stateName(health.state)},
            {u"reasons"_s, health.reasons},
            {u"lastSuccessAt"_s, timeOrNull(health.lastSuccessMs)},
            {u"lastCheckedAt"_s, timeOrNull(health.lastCheckedMs)},
            {u"nextSyncDueAt"_s, timeOrNull(health.nextSyncDueMs)},
            {u"failingDeliveries"_s, health.failingDeliveries},
            {u"stuckRuns"_s, health.stuckRuns}};
}

} // namespace

void registerHealthMethods(MethodRegistry &registry, MethodContext &context)
{
    Store &store = context.store;
    PartnerHub &partners = context.partners;
    WebhookDispatcher &webhooks = context.webhooks;

    // Derived at read time from facts; nothing here is stored.
    registry.add(u"integrationHealth.list"_s, u"organizationRead"_s,
                 [&store, &partners, &webhooks](const MethodCall &call) {
        QJsonArray integrations;
        // Read once for every integration: the webhooks and each one's outcomes (the index
        // keeps a summary per webhook, so this never walks the whole log).
        const QList<StoredDocument> hooks = store.webhooks.select(u"is_deleted = 0"_s);
        const RecentOutcomes recent =
            webhooks.deliveryIndex().outcomesSince(call.nowMs() - hourMs);
        for (const IntegrationEntry &entry : IntegrationCatalog::all()) {
            const auto stored = store.integrations.find(entry.id);
            if (!stored || stored->value(u"state"_s).toString() != u"enabled"_s)
                continue;
            integrations.append(
                healthOf(store, partners, hooks, recent, entry, *stored, call.nowMs()));
        }
        return Protocol::successEnvelope(
            QJsonObject{{u"integrations"_s, integrations},
                        {u"checkedAt"_s, Records::isoTime(call.nowMs())}});
    });
}

} // namespace Tessera::Sandbox
