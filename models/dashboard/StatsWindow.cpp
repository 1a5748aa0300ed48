#include "StatsWindow.h"

namespace Tessera {

StatsWindow StatsWindow::last(DeliveryStats::Range range)
{
    const QDateTime to = QDateTime::currentDateTimeUtc();
    return {to.addSecs(-DeliveryStats::rangeSeconds(range)), to};
}

StatsWindow StatsWindow::lastInBuckets(DeliveryStats::Range range)
{
    const qint64 step = DeliveryStats::bucketSeconds(range);
    const qint64 end = (QDateTime::currentSecsSinceEpoch() / step + 1) * step;
    const QDateTime to = QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
    return {to.addSecs(-DeliveryStats::rangeSeconds(range)), to};
}

} // namespace Tessera
