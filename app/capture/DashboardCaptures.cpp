#include "DashboardCaptures.h"

#include "CaptureSession.h"

#include "models/api/ApiCall.h"
#include "models/core/LoadStatus.h"
#include "models/dashboard/DeliveryStats.h"
#include "models/dashboard/FailedDeliveries.h"
#include "models/dashboard/HealthBoard.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/dashboard/FailuresPanel.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

DashboardCaptures::DashboardCaptures(CaptureSession *session, QObject *parent)
    : CaptureScene(session, parent)
{
}

void DashboardCaptures::start()
{
    if (!session()->context() || !session()->view<DashboardView>(MainWindow::View::Dashboard)) {
        Q_EMIT finished(Then::Last);
        return;
    }
    call(u"integration.enable"_s, {{u"integrationId"_s, u"humaans"_s}}, [this] {
        call(u"partnerConsole.setDown"_s, {{u"partnerId"_s, u"humaans"_s}, {u"down"_s, true}},
             [this] { captureWhenFailing(); });
    });
}

void DashboardCaptures::call(const QString &method, const QJsonObject &body,
                             const std::function<void()> &next)
{
    session()->call(method, body, [this, method, next](ApiCall *apiCall) {
        if (!session()->failed(apiCall, method + u" failed"_s))
            next();
    });
}

void DashboardCaptures::captureWhenFailing()
{
    auto *dashboard = session()->view<DashboardView>(MainWindow::View::Dashboard);
    dashboard->refresh();
    HealthBoard *board = dashboard->board();
    DeliveryStats *stats = dashboard->stats();
    const auto ready = [board, stats] {
        const IntegrationHealth *humaans = board->integration(u"humaans"_s);
        return board->status()->state() == LoadState::Ready
            && stats->status()->state() == LoadState::Ready && humaans
            && humaans->state != IntegrationHealth::State::Ok;
    };
    // The failures table over 30 days, so it has rows (seeded failures are spread over the
    // month).
    FailedDeliveries *failures = dashboard->failures()->model();
    dashboard->failures()->setRange(int(DeliveryStats::Range::Month));
    const auto allReady = [ready, failures] {
        return ready() && failures->status()->state() == LoadState::Ready
            && !failures->isFetching();
    };
    session()->whenReady(allReady, u"the dashboard did not show Humaans failing"_s,
                         [this, dashboard] {
        if (!session()->saveView(MainWindow::View::Dashboard, u"dashboard"_s))
            return;
        dashboard->showFailures();
        if (!session()->saveSettled(session()->window(), u"dashboard-failures"_s))
            return;
        call(u"partnerConsole.setDown"_s, {{u"partnerId"_s, u"humaans"_s}, {u"down"_s, false}},
             [this] { Q_EMIT finished(Then::Next); });
    }, {board->status(), stats->status(), failures->status()});
}

} // namespace Tessera
