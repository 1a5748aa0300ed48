#include "ActivityStats.h"

#include "StatsWindow.h"
#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"

#include <QDateTime>
#include <QJsonArray>

#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

ActivityStats::ActivityStats(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_status(new LoadStatus(this))
{
    connect(m_status, &LoadStatus::stateChanged, this, &ActivityStats::changed);
}

const QStringList &ActivityStats::statuses()
{
    static const QStringList list{u"requested"_s, u"started"_s,   u"in_progress"_s,
                                  u"completed"_s, u"cancelled"_s, u"failed"_s};
    return list;
}

int ActivityStats::total() const
{
    return std::accumulate(m_totals.begin(), m_totals.end(), 0);
}

void ActivityStats::setRange(DeliveryStats::Range range)
{
    if (range == m_range)
        return;
    m_range = range;
    delete m_call; // the old range's answer is of no use any more
    refresh();
}

void ActivityStats::refresh()
{
    if (m_call || !m_client)
        return;
    const StatsWindow window = StatsWindow::last(m_range);
    m_from = window.from;
    m_to = window.to;
    m_status->begin();
    m_call = m_client->call(u"activity.stats"_s,
                            {{u"from"_s, m_from.toString(Qt::ISODateWithMs)},
                             {u"to"_s, m_to.toString(Qt::ISODateWithMs)}},
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

ActivityStats::Counts ActivityStats::countsOf(const QJsonObject &counts)
{
    Counts result{};
    for (int i = 0; i < int(result.size()); ++i)
        result[size_t(i)] = counts.value(statuses().at(i)).toInt();
    return result;
}

void ActivityStats::apply(const QJsonObject &results)
{
    m_totals = countsOf(results.value("totals"_L1).toObject());
    m_stuck = results.value("stuck"_L1).toInt();
    m_byIntegration.clear();
    for (const auto &value : results.value("byIntegration"_L1).toArray()) {
        const QJsonObject entry = value.toObject();
        m_byIntegration.append({entry.value("integrationId"_L1).toString(),
                                entry.value("kind"_L1).toString(),
                                countsOf(entry.value("counts"_L1).toObject()),
                                entry.value("stuck"_L1).toInt()});
    }
    const bool wasReady = m_status->state() == LoadState::Ready;
    m_status->succeed();
    if (wasReady)
        Q_EMIT changed();
}

} // namespace Tessera
