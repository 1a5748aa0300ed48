#include "SoraSetup.h"

#include "AtsKeyPage.h"
#include "EnableWizard.h"
#include "FinishPage.h"
#include "models/admin/WebhookEventTypes.h"
#include "models/integrations/IntegrationService.h"
#include "models/integrations/PartnerConsole.h"
#include "models/integrations/SetupState.h"
#include "PartnerStepPage.h"
#include "SoraListenerPage.h"
#include "WebhookPage.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

void SoraSetup::addPages(EnableWizard *wizard)
{
    wizard->addStep(&AtsKeyPage::stepTitle, new AtsKeyPage(
        wizard, {u"Sora"_s, u"integration:sora"_s,
                 [] {
                     return tr("Sora reads the candidate, their job and their stage with this "
                               "key.");
                 },
                 wizard->integration().scopes}));

    const auto connectPage = [=] {
        PartnerStepPage::Config connect;
        connect.objectName = u"soraConnectPage"_s;
        connect.title = tr("Connect Sora");
        connect.subTitle = tr("You need to be in Sora's Administrators group.");
        connect.instructions = tr("<ol><li>In Sora, open <b>Settings › Integrations › "
                                  "Ashby</b>.</li><li>Paste the ATS API key into the API key "
                                  "field.</li><li>Toggle the switch to <b>Active</b> and click "
                                  "<b>Save</b>.</li></ol>");
        connect.copyRows = {{tr("ATS API key"),
                             [wizard] { return wizard->state()->secret(u"atsKey"_s); },
                             PartnerStepPage::CopyRow::Kind::Secret}};
        connect.simulateLabel = tr("Do this step in the simulated &Sora");
        connect.simulate = [](PartnerStepPage *page) {
            EnableWizard *owner = page->enableWizard();
            owner->context().partnerConsole->soraConnect(
                owner->state()->secret(u"atsKey"_s), page, [page](const Outcome<Nothing> &done) {
                    if (done.ok())
                        page->setResult([] {
                            return tr("✓ Sora accepted the key; the integration is Active.");
                        });
                    else
                        page->fail(done.error);
                    page->simulationFinished(done.ok());
                });
        };
        connect.confirmLabel = tr("I pasted the key into Sora, set it Active and saved");
        connect.check = [](PartnerStepPage *page) {
            page->passWhenTestPasses(u"connected"_s, tr("Asking whether Sora holds a working key…"),
                                     tr("Sora is not connected yet."));
        };
        return connect;
    };
    wizard->addStep([] { return tr("Connect Sora"); }, new PartnerStepPage(wizard, connectPage));
    wizard->addStep([] { return tr("Listener in Sora"); }, new SoraListenerPage(wizard));

    WebhookPage::Config hook{
        u"candidateStageChange"_s,
        [] { return WebhookEventTypes::label(u"candidateStageChange"_s); },
        u"endpointUrl"_s, [] { return tr("Endpoint URL"); },
        u"soraSecretKey"_s, [] { return tr("Secret key"); },
        {}};
    hook.afterCreate = [wizard](WebhookPage *page, std::function<void()> then) {
        // In Sora: "Create event listener" once the webhook exists.
        PartnerConsole *sora = wizard->context().partnerConsole;
        const QString listenerId = wizard->state()->value(u"listenerId"_s);
        if (!sora || listenerId.isEmpty()) {
            then();
            return;
        }
        sora->soraCreateListener(listenerId, page,
                                 [then](const Outcome<Nothing> &) { then(); });
    };
    wizard->addStep([] { return tr("ATS webhook"); }, new WebhookPage(wizard, hook));
    wizard->addStep(&FinishPage::stepTitle, new FinishPage(wizard, [wizard](const IntegrationTestResult &) {
        return tr("<p>When a candidate enters <b>%1</b>, Sora imports them as an employee and "
                  "adds them to the <b>%2</b> workflow.</p>")
            .arg(wizard->state()->value(u"stageTitle"_s).toHtmlEscaped(),
                 wizard->state()->value(u"workflow"_s).toHtmlEscaped());
    }));
}

} // namespace Tessera
