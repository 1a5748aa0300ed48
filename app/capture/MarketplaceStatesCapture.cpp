#include "MarketplaceStatesCapture.h"

#include "CaptureSession.h"

#include "models/api/ApiCall.h"
#include "models/core/LoadStatus.h"
#include "models/integrations/IntegrationService.h"
#include "models/reference/ReferenceData.h"
#include "models/session/BackendContext.h"
#include "ui/marketplace/MarketplaceView.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

MarketplaceStatesCapture::MarketplaceStatesCapture(CaptureSession *session, QObject *parent)
    : CaptureScene(session, parent)
{
}

void MarketplaceStatesCapture::start()
{
    session()->call(u"apiKey.list"_s, {}, [this](ApiCall *list) {
        QString willoKey;
        for (const QJsonValue key : list->results().toArray())
            if (key[u"integrationPartner"_s].toString() == u"Willo"
                && !key[u"isRevoked"_s].toBool())
                willoKey = key[u"id"_s].toString();
        if (willoKey.isEmpty()) {
            session()->fail(u"no active key of Willo's to revoke"_s);
            return;
        }
        session()->call(u"apiKey.revoke"_s, {{u"apiKeyId"_s, willoKey}}, [this](ApiCall *revoke) {
            if (revoke->error().isError()) {
                session()->fail(u"revoking Willo's key failed: "_s + revoke->error().userMessage());
                return;
            }
            session()->context()->integrationService()->disable(
                u"sora"_s, this, [this](const Outcome<Integration> &disabled) {
                    if (!disabled.ok()) {
                        session()->fail(u"disabling Sora failed: "_s + disabled.error.userMessage());
                        return;
                    }
                    showStates();
                });
        });
    });
}

void MarketplaceStatesCapture::showStates()
{
    auto *marketplace = session()->view<MarketplaceView>(MainWindow::View::Marketplace);
    RecordList<Integration> *integrations = session()->context()->reference()->integrations();
    integrations->refresh();
    const auto settled = [integrations] {
        const Integration *willo = integrations->find(u"willo"_s);
        const Integration *sora = integrations->find(u"sora"_s);
        return integrations->status()->state() == LoadState::Ready && willo && sora
            && willo->state == Integration::State::NeedsAttention
            && sora->state == Integration::State::Available;
    };
    session()->whenReady(settled, u"Willo did not need attention or Sora stayed enabled"_s,
                         [this, marketplace] {
        marketplace->closePanel();
        session()->window()->showView(MainWindow::View::Marketplace);
        finishWith(u"marketplace-states"_s);
    }, {integrations->status()});
}

} // namespace Tessera
