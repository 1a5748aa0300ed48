#include "MarketplacePanelCapture.h"

#include "CaptureSession.h"

#include "ui/marketplace/MarketplaceView.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

MarketplacePanelCapture::MarketplacePanelCapture(CaptureSession *session, QObject *parent)
    : CaptureScene(session, parent)
{
}

void MarketplacePanelCapture::start()
{
    auto *marketplace = session()->view<MarketplaceView>(MainWindow::View::Marketplace);
    if (!marketplace) {
        session()->fail(u"the marketplace view is missing"_s);
        return;
    }
    session()->window()->showView(MainWindow::View::Marketplace);
    marketplace->openPanel(u"juro"_s);
    finishWith(u"marketplace-panel"_s);
}

} // namespace Tessera
