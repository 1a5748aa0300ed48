#include "DeliveryStats.h"

#include "StatsWindow.h"
#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

int msOrNone(const QJsonValue &value)
{
    return value.isDouble() ? qRound(value.toDouble()) : -1;
}

} // namespace

DeliveryStats::DeliveryStats(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_status(new LoadStatus(this))
{
    connect(m_status, &LoadStatus::stateChanged, this, &DeliveryStats::changed);
}

int DeliveryStats::bucketSeconds(Range range)
{
    switch (range) {
    case Range::Day: return 3600;
    case Range::Week: return 6 * 3600;
    case Range::Month: break;
    }
    return 86400;
}

int DeliveryStats::rangeSeconds(Range range)
{
    switch (range) {
    case Range::Day: return 86400;
    case Range::Week: return 7 * 86400;
    case Range::Month: break;
    }
    return 30 * 86400;
}

void DeliveryStats::setRange(Range range)
{
    if (range == m_range)
        return;
    m_range = range;
    delete m_call; // the old range's answer is of no use any more
    refresh();
}

void DeliveryStats::refresh()
{
    if (m_call || !m_client)
        return;
    const StatsWindow window = StatsWindow::lastInBuckets(m_range);
    m_status->begin();
    m_call = m_client->call(u"webhookDelivery.stats"_s,
                            {{u"from"_s, window.from.toString(Qt::ISODate)},
                             {u"to"_s, window.to.toString(Qt::ISODate)},
                             {u"bucketSeconds"_s, bucketSeconds(m_range)}},
                            this);
    ApiCall *call = m_call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_call = nullptr;
        if (call->error().isError())
            m_status->fail(call->error());
        else
            apply(call->results().toObject());
    });
}

void DeliveryStats::apply(const QJsonObject &results)
{
    QList<Bucket> buckets;
    const QJsonArray list = results.value("buckets"_L1).toArray();
    buckets.reserve(list.size());
    for (const auto &value : list) {
        const QJsonObject bucket = value.toObject();
        buckets.append({QDateTime::fromString(bucket.value("start"_L1).toString(), Qt::ISODateWithMs),
                        bucket.value("delivered"_L1).toInt(), bucket.value("failed"_L1).toInt(),
                        msOrNone(bucket.value("p50Ms"_L1)), msOrNone(bucket.value("p95Ms"_L1))});
    }
    const QJsonObject totals = results.value("totals"_L1).toObject();
    m_totals = {totals.value("delivered"_L1).toInt(), totals.value("failed"_L1).toInt(),
                msOrNone(totals.value("p50Ms"_L1)), msOrNone(totals.value("p95Ms"_L1))};
    m_buckets = std::move(buckets);
    m_failureReasons.clear();
    for (const auto &value : results.value("failureReasons"_L1).toArray()) {
        const QJsonObject reason = value.toObject();
        m_failureReasons.append({reason.value("reason"_L1).toString(),
                                 reason.value("count"_L1).toInteger()});
    }
    const bool wasReady = m_status->state() == LoadState::Ready;
    m_status->succeed(); // emits changed() unless it already was Ready
    if (wasReady)
        Q_EMIT changed();
}

} // namespace Tessera
