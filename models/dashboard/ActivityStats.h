#pragma once

#include "DeliveryStats.h"
#include "models/core/LoadStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <array>

namespace Tessera {

class ApiCall;
class ApiClient;

// Runs and checks by status over the dashboard's period (activity.stats), for its bar chart.
class ActivityStats final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityStats)
public:
    // The statuses in the answer's order: requested, started, in_progress, completed,
    // cancelled, failed.
    static const QStringList &statuses();
    using Counts = std::array<int, 6>;
    struct Integration
    {
        QString integrationId;
        QString kind;
        Counts counts{};
        int stuck = 0;
    };

    explicit ActivityStats(ApiClient *client, QObject *parent = nullptr);

    LoadStatus *status() const { return m_status; }
    DeliveryStats::Range range() const { return m_range; }
    void setRange(DeliveryStats::Range range); // loads the new range
    // The span the last request asked for.
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    const Counts &totals() const { return m_totals; }
    int total() const;
    int stuck() const { return m_stuck; }
    const QList<Integration> &byIntegration() const { return m_byIntegration; }
    bool isStale() const { return m_status->state() == LoadState::Failed && m_status->hasLoaded(); }

    // Asks for the current range unless a request for it already runs.
    void refresh();
    void apply(const QJsonObject &results);

Q_SIGNALS:
    void changed();

private:
    static Counts countsOf(const QJsonObject &counts);

    QPointer<ApiClient> m_client;
    LoadStatus *m_status;
    QPointer<ApiCall> m_call;
    DeliveryStats::Range m_range = DeliveryStats::Range::Day;
    Counts m_totals{};
    int m_stuck = 0;
    QDateTime m_from;
    QDateTime m_to;
    QList<Integration> m_byIntegration;
};

} // namespace Tessera
