#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace Tessera::Bench {

struct DashboardRenderRun
{
    double ms = 0;    // answers applied to the models until the view has painted them
    double cpuMs = 0; // GUI-thread CPU time of the same
    int paints = 0;   // paint events the view's window received
};

// The dashboard's own part of "data in → painted view": fetches integrationHealth.list and the
// 30-day webhookDelivery.stats once (not timed), then per run hands both answers to a shown
// DashboardView's models and times until everything they changed has been laid out and painted.
// Between runs (not timed) the models get an empty answer, so each run redraws every card and
// chart point.
QList<DashboardRenderRun> measureDashboardRender(const QUrl &baseUrl, const QString &apiKey,
                                                 int runs);

} // namespace Tessera::Bench
