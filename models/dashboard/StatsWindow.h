#pragma once

#include "DeliveryStats.h"

#include <QDateTime>

namespace Tessera {

// The span a dashboard figure asks the backend for: the last 24 h, 7 days or 30 days up to now,
// or, in whole buckets, up to the end of the current bucket, so that every bar of a chart covers
// the same span on every refresh. DeliveryStats, ActivityStats and FailedDeliveries share it.
struct StatsWindow final
{
    QDateTime from;
    QDateTime to;

    static StatsWindow last(DeliveryStats::Range range);
    static StatsWindow lastInBuckets(DeliveryStats::Range range);
};

} // namespace Tessera
