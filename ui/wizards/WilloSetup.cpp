#include "WilloSetup.h"

#include "AtsKeyPage.h"
#include "EnableWizard.h"
#include "FinishPage.h"
#include "models/integrations/IntegrationService.h"
#include "models/integrations/PartnerConsole.h"
#include "models/integrations/SetupState.h"
#include "PartnerStepPage.h"
#include "WilloSyncPage.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

void WilloSetup::addPages(EnableWizard *wizard)
{
    wizard->addStep(&AtsKeyPage::stepTitle, new AtsKeyPage(
        wizard, {u"Willo"_s, u"integration:willo"_s,
                 [] {
                     return tr("Willo reads jobs and stages and sends interview responses back "
                               "as notes. Set up every ATS job you want in Willo first: the "
                               "first sync copies them.");
                 },
                 wizard->integration().scopes}));

    const auto handOffPage = [=] {
        PartnerStepPage::Config handOff;
        handOff.objectName = u"willoHandOffPage"_s;
        handOff.title = tr("Give the key to Willo");
        handOff.subTitle = tr("Willo checks the key as soon as you paste it.");
        handOff.instructions = tr(
            "<ol><li>In Willo, open <b>Integrations</b>, expand the Ashby tile and select "
            "<b>Enable</b>.</li><li>Paste the ATS API key into the connection dialog and click "
            "<b>Continue</b>.</li><li>Grant Willo access in the authorization step.</li></ol>");
        handOff.copyRows = {{tr("ATS API key"),
                             [wizard] { return wizard->state()->secret(u"atsKey"_s); },
                            PartnerStepPage::CopyRow::Kind::Secret}};
        handOff.simulateLabel = tr("Do this step in the simulated &Willo");
        handOff.simulate = [](PartnerStepPage *page) {
            EnableWizard *owner = page->enableWizard();
            owner->context().partnerConsole->willoConnect(
                owner->state()->secret(u"atsKey"_s), page,
                [page](const Outcome<WilloStatus> &connected) {
                    if (connected.ok())
                        page->setResult([plan = connected.value.plan] {
                            return tr("✓ Willo accepted the key and you granted it access (%1 "
                                      "plan).").arg(plan);
                        });
                    else
                        page->fail(connected.error);
                    page->simulationFinished(connected.ok());
                });
        };
        handOff.confirmLabel = tr("I pasted the key into Willo and granted access");
        handOff.check = [](PartnerStepPage *page) {
            page->passWhenTestPasses(u"connected"_s, tr("Asking whether Willo holds a working "
                                                        "key…"),
                                     tr("Willo is not connected yet."));
        };
        return handOff;
    };
    wizard->addStep([] { return tr("Key to Willo"); }, new PartnerStepPage(wizard, handOffPage));
    wizard->addStep([] { return tr("First sync"); }, new WilloSyncPage(wizard));
    wizard->addStep(&FinishPage::stepTitle, new FinishPage(wizard, [](const IntegrationTestResult &result) {
        if (result.syncIntervalMinutes <= 0)
            return QString();
        // One whole sentence: "every %1 minutes" does not translate piecewise.
        return tr("<p>Willo syncs changes at most every <b>%1 minutes</b> on its %2 plan "
                  "(Launch: 180, Growth: 30, Scale and Enterprise: 5), so updates are not "
                  "live.</p><p>Next, in Willo, connect each interview to an ATS job and a "
                  "trigger stage.</p>")
            .arg(result.syncIntervalMinutes)
            .arg(result.plan.toHtmlEscaped());
    }));
}

} // namespace Tessera
