#pragma once

#include "IntegrationHealth.h"
#include "models/core/LoadStatus.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace Tessera {

class ApiCall;
class ApiClient;

// The health of every enabled integration (integrationHealth.list), refreshed on a timer that
// waits longer while nobody looks and never starts a request while one runs. When a refresh
// fails the last answer stays readable but counts as stale (isStale()), never as current.
class HealthBoard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthBoard)
public:
    explicit HealthBoard(ApiClient *client, QObject *parent = nullptr);

    LoadStatus *status() const { return m_status; }
    const QList<IntegrationHealth> &integrations() const { return m_integrations; }
    const IntegrationHealth *integration(const QString &integrationId) const;
    // When the backend derived the answer shown (its checkedAt).
    QDateTime checkedAt() const { return m_checkedAt; }
    // The last refresh failed: what is shown is older than it looks.
    bool isStale() const { return m_status->state() == LoadState::Failed && m_status->hasLoaded(); }

    // Asks now unless a request is already running; the timer restarts from its answer.
    void refresh();
    // Starts refreshing every `intervalMs` while watched, every `idleIntervalMs` otherwise.
    void startAutoRefresh(int intervalMs = 30'000, int idleIntervalMs = 300'000);
    void stopAutoRefresh();
    // Takes an answer as if it had arrived (the bench measures the view with it).
    void apply(const QJsonObject &results);
    // The view is on screen (true) or hidden, minimised, behind another view (false).
    void setWatched(bool watched);
    bool isWatched() const { return m_watched; }
    int currentIntervalMs() const { return m_watched ? m_intervalMs : m_idleIntervalMs; }
    bool isRequestRunning() const { return !m_call.isNull(); }

Q_SIGNALS:
    void changed();
    // Integrations that were not failing in the previous answer and are now (names).
    void newlyFailing(const QStringList &names);

private:
    void onFinished();
    void scheduleNext();

    QPointer<ApiClient> m_client;
    LoadStatus *m_status;
    QPointer<ApiCall> m_call;
    QTimer m_timer;
    QList<IntegrationHealth> m_integrations;
    QDateTime m_checkedAt;
    int m_intervalMs = 30'000;
    int m_idleIntervalMs = 300'000;
    bool m_autoRefresh = false;
    bool m_watched = true;
};

} // namespace Tessera
