#include "WizardCaptures.h"

#include "CaptureSession.h"
#include "WizardDriver.h"

#include "models/admin/ApiKeysModel.h"
#include "models/admin/WebhooksModel.h"
#include "models/core/LoadStatus.h"
#include "models/integrations/IntegrationsModel.h"
#include "ui/admin/ApiKeysView.h"
#include "ui/admin/WebhooksView.h"
#include "ui/marketplace/MarketplaceView.h"
#include "ui/wizards/EnableWizard.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

WizardCaptures::WizardCaptures(CaptureSession *session, QObject *parent)
    : CaptureScene(session, parent)
{
}

void WizardCaptures::start()
{
    auto *marketplace = session()->view<MarketplaceView>(MainWindow::View::Marketplace);
    if (marketplace->currentContext().partnerConsole)
        m_tour = QStringList{u"juro"_s, u"willo"_s, u"humaans"_s, u"sora"_s, u"justifacts"_s};
    tourNextWizard();
}

void WizardCaptures::tourNextWizard()
{
    if (m_tour.isEmpty()) {
        captureAfterTour();
        return;
    }
    const QString id = m_tour.takeFirst();
    EnableWizard *wizard =
        session()->view<MarketplaceView>(MainWindow::View::Marketplace)->openWizard(id);
    if (!wizard) {
        session()->fail(u"no wizard for "_s + id);
        return;
    }
    wizard->resize(860, 620);
    auto *driver = new WizardDriver(wizard, this);
    driver->setCaptureDirectory(session()->directory());
    connect(driver, &WizardDriver::finished, this,
            [this, driver, id](bool ok, const QString &message) {
                driver->deleteLater();
                if (!ok) {
                    session()->fail(u"enabling %1 failed: %2"_s.arg(id, message));
                    return;
                }
                session()->countSaved(driver->savedFiles());
                // After the wizard's own finishing signals have run.
                QMetaObject::invokeMethod(this, &WizardCaptures::tourNextWizard,
                                          Qt::QueuedConnection);
            });
    driver->start();
}

// Once the keys and webhooks are read again and every tile says Enabled, shows the grid.
void WizardCaptures::captureAfterTour()
{
    MainWindow *window = session()->window();
    auto *marketplace = session()->view<MarketplaceView>(MainWindow::View::Marketplace);
    auto *keys = session()->view<ApiKeysView>(MainWindow::View::ApiKeys);
    auto *hooks = session()->view<WebhooksView>(MainWindow::View::Webhooks);
    if (!keys || !hooks) {
        session()->fail(u"the API keys or Webhooks view is missing"_s);
        return;
    }
    keys->refresh();
    hooks->refresh();
    IntegrationsModel *integrations = marketplace->model();
    const auto settled = [keys, hooks, integrations] {
        for (const Integration &integration : integrations->integrations())
            if (!integration.isEnabled())
                return false;
        return keys->model()->status()->state() == LoadState::Ready
            && hooks->model()->status()->state() == LoadState::Ready;
    };
    const QList<QObject *> watched{keys->model()->status(), hooks->model()->status(),
                                   integrations};
    session()->whenReady(settled, u"the tour's integrations, keys or webhooks did not settle"_s,
                         [this, window, marketplace] {
        marketplace->openPanel(u"willo"_s);
        if (!session()->saveSettled(window, u"marketplace-enabled"_s)
            // The keys and webhooks the five wizards made.
            || !session()->saveView(MainWindow::View::ApiKeys, u"api-keys-after-tour"_s)
            || !session()->saveView(MainWindow::View::Webhooks, u"webhooks-after-tour"_s))
            return;
        Q_EMIT finished(Then::Next);
    }, watched);
}

} // namespace Tessera
