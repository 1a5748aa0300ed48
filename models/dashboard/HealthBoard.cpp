#include "HealthBoard.h"

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

HealthBoard::HealthBoard(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_status(new LoadStatus(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HealthBoard::refresh);
    // A failed refresh changes what the cards say (stale) as much as an answer does.
    connect(m_status, &LoadStatus::stateChanged, this, &HealthBoard::changed);
}

const IntegrationHealth *HealthBoard::integration(const QString &integrationId) const
{
    for (const IntegrationHealth &health : m_integrations)
        if (health.integrationId == integrationId)
            return &health;
    return nullptr;
}

void HealthBoard::refresh()
{
    if (m_call || !m_client)
        return; // never stacks: the running request's answer schedules the next one
    m_timer.stop();
    m_status->begin();
    m_call = m_client->call(u"integrationHealth.list"_s, {}, this);
    connect(m_call, &ApiCall::finished, this, &HealthBoard::onFinished);
}

void HealthBoard::onFinished()
{
    ApiCall *call = m_call;
    m_call = nullptr;
    if (!call)
        return;
    if (call->error().isError()) {
        m_status->fail(call->error());
        scheduleNext();
        return;
    }
    apply(call->results().toObject());
    scheduleNext();
}

void HealthBoard::apply(const QJsonObject &results)
{
    QSet<QString> wasFailing;
    for (const IntegrationHealth &health : std::as_const(m_integrations))
        if (health.state == IntegrationHealth::State::Failing)
            wasFailing.insert(health.integrationId);
    const bool first = !m_status->hasLoaded();
    QList<IntegrationHealth> next;
    const QJsonArray list = results.value("integrations"_L1).toArray();
    for (const auto &value : list)
        next.append(IntegrationHealth::fromJson(value.toObject()));
    QStringList newlyFailingNames;
    for (const IntegrationHealth &health : std::as_const(next))
        if (!first && health.state == IntegrationHealth::State::Failing
            && !wasFailing.contains(health.integrationId))
            newlyFailingNames.append(health.name);
    m_integrations = std::move(next);
    m_checkedAt = QDateTime::fromString(results.value("checkedAt"_L1).toString(), Qt::ISODateWithMs);
    const bool wasReady = m_status->state() == LoadState::Ready;
    m_status->succeed(); // emits changed() unless it already was Ready
    if (wasReady)
        Q_EMIT changed();
    if (!newlyFailingNames.isEmpty())
        Q_EMIT newlyFailing(newlyFailingNames);
}

void HealthBoard::startAutoRefresh(int intervalMs, int idleIntervalMs)
{
    m_intervalMs = intervalMs;
    m_idleIntervalMs = idleIntervalMs;
    m_autoRefresh = true;
    if (!m_call)
        scheduleNext();
}

void HealthBoard::stopAutoRefresh()
{
    m_autoRefresh = false;
    m_timer.stop();
}

void HealthBoard::setWatched(bool watched)
{
    if (m_watched == watched)
        return;
    m_watched = watched;
    if (!m_autoRefresh || m_call)
        return;
    // Coming back after a long absence: what is shown may be minutes old, so ask now.
    if (watched && (!m_status->hasLoaded()
                    || m_status->updatedAt().msecsTo(QDateTime::currentDateTimeUtc()) > m_intervalMs))
        refresh();
    else
        scheduleNext();
}

void HealthBoard::scheduleNext()
{
    if (m_autoRefresh)
        m_timer.start(currentIntervalMs());
}

} // namespace Tessera
