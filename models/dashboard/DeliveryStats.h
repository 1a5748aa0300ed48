#pragma once

#include "models/core/LoadStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace Tessera {

class ApiCall;
class ApiClient;

// Webhook delivery outcomes over time (webhookDelivery.stats) for the dashboard's charts: the
// last 24 h in hours, 7 days in 6-hour steps or 30 days in days.
class DeliveryStats final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryStats)
public:
    enum class Range { Day, Week, Month };
    struct Bucket
    {
        QDateTime start;
        int delivered = 0;
        int failed = 0;
        int p50Ms = -1; // -1: no delivery in the bucket
        int p95Ms = -1;
    };
    struct Totals
    {
        int delivered = 0;
        int failed = 0;
        int p50Ms = -1;
        int p95Ms = -1;
    };

    struct ReasonCount
    {
        QString reason; // a failure reason code (FailureReasons)
        qint64 count = 0;
    };

    explicit DeliveryStats(ApiClient *client, QObject *parent = nullptr);

    LoadStatus *status() const { return m_status; }
    Range range() const { return m_range; }
    void setRange(Range range); // loads the new range
    static int bucketSeconds(Range range);
    static int rangeSeconds(Range range);
    const QList<Bucket> &buckets() const { return m_buckets; }
    const Totals &totals() const { return m_totals; }
    // The failure reasons of the period, most frequent first.
    const QList<ReasonCount> &failureReasons() const { return m_failureReasons; }
    bool isStale() const { return m_status->state() == LoadState::Failed && m_status->hasLoaded(); }

    // Asks for the current range unless a request for it already runs.
    void refresh();
    // Takes an answer as if it had arrived (the bench measures the view with it).
    void apply(const QJsonObject &results);

Q_SIGNALS:
    void changed();

private:
    QPointer<ApiClient> m_client;
    LoadStatus *m_status;
    QPointer<ApiCall> m_call;
    Range m_range = Range::Day;
    QList<Bucket> m_buckets;
    Totals m_totals;
    QList<ReasonCount> m_failureReasons;
};

} // namespace Tessera
