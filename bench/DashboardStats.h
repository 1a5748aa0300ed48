#pragma once

#include <QList>
#include <QString>

namespace Tessera::Bench {

// dashboard_stats_ms (issue 14 §3): a sandbox seeded with `--deliveries N`, then
// webhookDelivery.stats over its 30 days in hourly buckets (the dashboard's widest chart, every
// attempt counted), timed from request to parsed answer over 127.0.0.1, after one warm-up call.
// On the same sandbox, dashboard_dry_run_ms: webhookDelivery.redeliver {filter, dryRun: true}
// for each filter the console's failures panel can send (status failed or pending; the last
// 24 h, 7 d or 30 d; alone or with an integration, webhook, event, reason, text or end), each
// timed `runs` times after a warm-up call.
struct DryRunFilter
{
    QString label;
    QList<double> runsMs;
    qint64 count = 0;
};

struct DashboardStatsRun
{
    qint64 seedMs = 0;      // sandbox start with the seed, to "listening"
    QList<double> runsMs;   // one per measured call
    double sandboxCpuMs = 0; // the sandbox's CPU time over the measured calls
    qint64 deliveries = 0;  // totals.delivered + totals.failed of the last answer
    QList<DryRunFilter> dryRuns;
};

// Throws std::runtime_error on failure.
DashboardStatsRun measureDashboardStats(const QString &sandboxPath, int deliveries, int runs,
                                        int timeoutMs);

} // namespace Tessera::Bench
