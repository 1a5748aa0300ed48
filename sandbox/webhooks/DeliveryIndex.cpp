#include "DeliveryIndex.h"

#include "DeliveryLog.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/store/Records.h"
#include "sandbox/store/Store.h"

#include <QJsonArray>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

constexpr qint64 maxBuckets = 2000;

// Nearest rank: the smallest latency with at least q of the attempts at or below it.
QJsonValue percentile(std::vector<int> &latencies, double q)
{
    if (latencies.empty())
        return QJsonValue::Null;
    const auto rank = static_cast<size_t>(std::ceil(q * double(latencies.size())));
    const size_t index = std::clamp<size_t>(rank, 1, latencies.size()) - 1;
    std::nth_element(latencies.begin(), latencies.begin() + qsizetype(index), latencies.end());
    return latencies[index];
}

QJsonObject figures(qint64 delivered, qint64 failed, std::vector<int> &latencies)
{
    QJsonObject out{{u"delivered"_s, delivered}, {u"failed"_s, failed}};
    out.insert(u"p50Ms"_s, percentile(latencies, 0.50));
    out.insert(u"p95Ms"_s, percentile(latencies, 0.95));
    return out;
}

} // namespace

int DeliveryIndex::intern(QStringList &names, QHash<QString, int> &index, const QString &name)
{
    if (name.isEmpty())
        return -1;
    const auto found = index.constFind(name);
    if (found != index.constEnd())
        return *found;
    names << name;
    index.insert(name, int(names.size() - 1));
    return int(names.size() - 1);
}

void DeliveryIndex::add(qint64 timeMs, const QString &webhookId, const QString &integrationId,
                        const QString &action, const QString &reason, int latencyMs)
{
    if (!m_loaded)
        return; // load() reads it from the store
    Entry entry;
    entry.timeMs = timeMs;
    entry.latencyMs = latencyMs;
    entry.webhook = intern(m_webhooks, m_webhookIndex, webhookId);
    entry.integration = intern(m_integrations, m_integrationIndex, integrationId);
    entry.action = qint16(intern(m_actions, m_actionIndex, action));
    entry.reason = qint8(intern(m_reasons, m_reasonIndex, reason));
    // Attempts are logged when they finish, so one may start before the last logged one.
    const auto at = std::upper_bound(m_entries.begin(), m_entries.end(), timeMs,
                                     [](qint64 time, const Entry &e) { return time < e.timeMs; });
    const auto index = at - m_entries.begin();
    m_entries.insert(at, entry);
    summarize(size_t(index));
}

void DeliveryIndex::summarize(size_t at)
{
    const Entry &entry = m_entries[at];
    if (entry.webhook < 0)
        return;
    if (size_t(entry.webhook) >= m_summaries.size())
        m_summaries.resize(size_t(entry.webhook) + 1);
    Outcomes &summary = m_summaries[size_t(entry.webhook)];
    summary.lastAttemptMs = std::max(summary.lastAttemptMs, entry.timeMs);
    const bool last = at + 1 == m_entries.size();
    if (entry.reason >= 0) {
        // A failure older than the last success is not part of the failing run at the end.
        if (summary.lastSuccessMs > entry.timeMs)
            return;
        ++summary.failedInARow;
        if (summary.failingSinceMs == 0 || entry.timeMs < summary.failingSinceMs)
            summary.failingSinceMs = entry.timeMs;
        return;
    }
    if (entry.timeMs < summary.lastSuccessMs)
        return;
    summary.lastSuccessMs = entry.timeMs;
    summary.failedInARow = 0;
    summary.failingSinceMs = 0;
    if (last)
        return;
    // Logged out of order: the webhook's later attempts are the failing run now (few: only
    // attempts that finished while this one ran).
    for (size_t i = at + 1; i < m_entries.size(); ++i) {
        const Entry &later = m_entries[i];
        if (later.webhook != entry.webhook || later.reason < 0)
            continue;
        ++summary.failedInARow;
        if (summary.failingSinceMs == 0)
            summary.failingSinceMs = later.timeMs;
    }
}

void DeliveryIndex::load()
{
    if (m_loaded)
        return;
    const QVariant handle = m_store.database.connection().driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        throw std::runtime_error("the store is not an SQLite connection");
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    static const char sql[] = "SELECT created_ms, webhook_id, integration_id, reason, latency_ms, "
                              "action FROM webhook_deliveries ORDER BY created_ms";
    sqlite3_stmt *query = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &query, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string("SQL prepare failed: ") + sqlite3_errmsg(db));
    m_loaded = true;
    const auto text = [query](int column) {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(query, column));
        return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(query, column)) : QString();
    };
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(query)) == SQLITE_ROW) {
        Entry entry;
        entry.timeMs = sqlite3_column_int64(query, 0);
        entry.webhook = intern(m_webhooks, m_webhookIndex, text(1));
        if (sqlite3_column_type(query, 2) != SQLITE_NULL)
            entry.integration = intern(m_integrations, m_integrationIndex, text(2));
        if (sqlite3_column_type(query, 3) != SQLITE_NULL)
            entry.reason = qint8(intern(m_reasons, m_reasonIndex, text(3)));
        entry.latencyMs = sqlite3_column_int(query, 4);
        if (sqlite3_column_type(query, 5) != SQLITE_NULL)
            entry.action = qint16(intern(m_actions, m_actionIndex, text(5)));
        m_entries.push_back(entry);
        summarize(m_entries.size() - 1);
    }
    const QByteArray error = sqlite3_errmsg(db);
    sqlite3_finalize(query);
    if (step != SQLITE_DONE) {
        m_loaded = false;
        m_entries.clear();
        m_summaries.clear();
        throw std::runtime_error("reading the delivery log failed: " + error.toStdString());
    }
}

QJsonObject DeliveryIndex::stats(const QJsonObject &request)
{
    const qint64 from = DeliveryLog::requiredTime(request, u"from"_s);
    const qint64 to = DeliveryLog::requiredTime(request, u"to"_s);
    if (from >= to)
        throw ApiFailure::invalidInput(u"Field \"from\" must be before \"to\"."_s);
    const QJsonValue secondsValue = request.value(u"bucketSeconds"_s);
    const double seconds = secondsValue.toDouble(-1);
    if (!secondsValue.isDouble() || seconds != std::floor(seconds) || seconds < 60)
        throw ApiFailure::invalidInput(
            u"Field \"bucketSeconds\" must be a whole number of seconds, at least 60."_s);
    const qint64 bucketMs = qint64(seconds) * 1000;
    const qint64 bucketCount = (to - from + bucketMs - 1) / bucketMs;
    if (bucketCount > maxBuckets)
        throw ApiFailure::invalidInput(
            u"From \"from\" to \"to\" are %1 buckets of %2 s; at most %3 are allowed. Choose a "
            "larger \"bucketSeconds\" or a shorter range."_s.arg(bucketCount)
                .arg(qint64(seconds))
                .arg(maxBuckets));
    const auto webhookId = DeliveryLog::optionalText(request, u"webhookId"_s);
    const auto integrationId = DeliveryLog::optionalText(request, u"integrationId"_s);
    load();
    // An id never logged matches nothing (-2 is no interned index).
    const int webhook = webhookId ? m_webhookIndex.value(*webhookId, -2) : -1;
    const int integration = integrationId ? m_integrationIndex.value(*integrationId, -2) : -1;

    const auto byTime = [](const Entry &e, qint64 time) { return e.timeMs < time; };
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), from, byTime);
    const auto end = std::lower_bound(it, m_entries.end(), to, byTime);

    std::vector<qint64> reasonCounts(size_t(m_reasons.size()), 0);
    std::vector<int> all;
    all.reserve(size_t(end - it));
    std::vector<int> latencies;
    qint64 totalDelivered = 0;
    qint64 totalFailed = 0;
    QJsonArray buckets;
    for (qint64 i = 0; i < bucketCount; ++i) {
        const qint64 bucketEnd = std::min(to, from + (i + 1) * bucketMs);
        qint64 delivered = 0;
        qint64 failed = 0;
        latencies.clear();
        for (; it != end && it->timeMs < bucketEnd; ++it) {
            if ((webhook != -1 && it->webhook != webhook)
                || (integration != -1 && it->integration != integration))
                continue;
            if (it->reason < 0) {
                ++delivered;
            } else {
                ++failed;
                ++reasonCounts[size_t(it->reason)];
            }
            latencies.push_back(it->latencyMs);
        }
        totalDelivered += delivered;
        totalFailed += failed;
        all.insert(all.end(), latencies.begin(), latencies.end());
        QJsonObject bucket = figures(delivered, failed, latencies);
        bucket.insert(u"start"_s, Records::isoTime(from + i * bucketMs));
        buckets.append(bucket);
    }

    std::vector<std::pair<qint64, QString>> reasons;
    for (size_t r = 0; r < reasonCounts.size(); ++r)
        if (reasonCounts[r] > 0)
            reasons.emplace_back(reasonCounts[r], m_reasons.at(qsizetype(r)));
    std::sort(reasons.begin(), reasons.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QJsonArray reasonList;
    for (const auto &[count, reason] : reasons)
        reasonList.append(QJsonObject{{u"reason"_s, reason}, {u"count"_s, count}});
    return {{u"buckets"_s, buckets},
            {u"totals"_s, figures(totalDelivered, totalFailed, all)},
            {u"failureReasons"_s, reasonList}};
}

qint64 DeliveryIndex::count(const CountFilter &filter, const QStringList &liveWebhookIds)
{
    load();
    // An id never logged matches nothing (-2 is no interned index); -1 is "any".
    const auto wanted = [](const QHash<QString, int> &index, const std::optional<QString> &name) {
        return name ? index.value(*name, -2) : -1;
    };
    const int reason = wanted(m_reasonIndex, filter.reason);
    const int webhook = wanted(m_webhookIndex, filter.webhookId);
    const int integration = wanted(m_integrationIndex, filter.integrationId);
    const int action = wanted(m_actionIndex, filter.event);
    if (reason == -2 || webhook == -2 || integration == -2 || action == -2
        || (filter.deliveredOnly && filter.reason))
        return 0;
    std::vector<char> live(size_t(m_webhooks.size()), 0);
    for (const QString &id : liveWebhookIds)
        if (const int at = m_webhookIndex.value(id, -1); at >= 0)
            live[size_t(at)] = 1;

    const auto byTime = [](const Entry &e, qint64 time) { return e.timeMs < time; };
    const auto begin = filter.fromMs
        ? std::lower_bound(m_entries.begin(), m_entries.end(), *filter.fromMs, byTime)
        : m_entries.begin();
    const auto end = filter.toMs ? std::lower_bound(begin, m_entries.end(), *filter.toMs, byTime)
                                 : m_entries.end();
    qint64 matched = 0;
    for (auto it = begin; it != end; ++it) {
        if ((webhook != -1 && it->webhook != webhook)
            || (integration != -1 && it->integration != integration)
            || (action != -1 && it->action != action) || (reason != -1 && it->reason != reason)
            || (filter.deliveredOnly && it->reason >= 0) || it->webhook < 0
            || !live[size_t(it->webhook)])
            continue;
        ++matched;
    }
    return matched;
}

QHash<QString, DeliveryIndex::Outcomes> DeliveryIndex::outcomesSince(qint64 fromMs)
{
    load();
    std::vector<Outcomes> all = m_summaries;
    const auto byTime = [](const Entry &e, qint64 time) { return e.timeMs < time; };
    for (auto it = std::lower_bound(m_entries.begin(), m_entries.end(), fromMs, byTime);
         it != m_entries.end(); ++it) {
        if (it->webhook >= 0)
            (it->reason < 0 ? all[size_t(it->webhook)].delivered
                            : all[size_t(it->webhook)].failed) += 1;
    }
    QHash<QString, Outcomes> byId;
    byId.reserve(qsizetype(all.size()));
    for (size_t webhook = 0; webhook < all.size(); ++webhook)
        byId.insert(m_webhooks.at(qsizetype(webhook)), all[webhook]);
    return byId;
}

} // namespace Tessera::Sandbox
