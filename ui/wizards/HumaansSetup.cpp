#include "HumaansSetup.h"

#include "AtsKeyPage.h"
#include "EnableWizard.h"
#include "FinishPage.h"
#include "models/admin/WebhookEventTypes.h"
#include "models/integrations/PartnerConsole.h"
#include "models/integrations/SetupState.h"
#include "PartnerStepPage.h"
#include "WebhookPage.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
const QString requestUrl = u"requestUrl"_s;
const QString secretToken = u"humaansSecretToken"_s;
} // namespace

void HumaansSetup::addPages(EnableWizard *wizard)
{
    wizard->addStep(&AtsKeyPage::stepTitle, new AtsKeyPage(
        wizard, {QString(), u"integration:humaans"_s,
                 [] {
                     return tr("Humaans reads hired candidates, their job and their offer with "
                               "this key.");
                 },
                 wizard->integration().scopes}));

    const auto connectPage = [=] {
        PartnerStepPage::Config connect;
        connect.objectName = u"humaansConnectPage"_s;
        connect.title = tr("Connect Humaans");
        connect.subTitle = tr("Give Humaans the ATS API key, then copy back the request URL and "
                              "the "
                              "secret token Humaans shows for the ATS's events.");
        connect.instructions = tr(
            "<ol><li>In Humaans, open <b>Admin › Integrations</b>, find Ashby, click "
            "<b>Configure</b> and <b>Enable integration</b>.</li><li>Paste the ATS API key and "
            "click "
            "<b>Save</b>.</li><li>Copy the <b>Request URL</b> and the <b>Secret Token</b> Humaans "
            "shows into the fields below.</li></ol>");
        connect.copyRows = {{tr("ATS API key"),
                             [wizard] { return wizard->state()->secret(u"atsKey"_s); },
                             PartnerStepPage::CopyRow::Kind::Secret}};
        connect.fields = {{requestUrl, tr("Request URL"), false, true},
                          {secretToken, tr("Secret token"), true, false}};
        connect.simulateLabel = tr("Do this step in the simulated &Humaans");
        connect.simulate = [](PartnerStepPage *page) {
            EnableWizard *owner = page->enableWizard();
            owner->context().partnerConsole->humaansConnect(
                owner->state()->secret(u"atsKey"_s), page,
                [page](const Outcome<PartnerEndpoint> &connected) {
                    if (connected.ok()) {
                        page->setFieldText(requestUrl, connected.value.url);
                        page->setFieldText(secretToken, connected.value.secret);
                        page->setResult([] {
                            return tr("✓ Humaans accepted the key and shows its Request URL and "
                                      "Secret Token.");
                        });
                    } else {
                        page->fail(connected.error);
                    }
                    page->simulationFinished(connected.ok());
                });
        };
        connect.check = [](PartnerStepPage *page) {
            page->enableWizard()->keepSecret(secretToken, page->fieldText(secretToken));
            page->pass();
        };
        return connect;
    };
    wizard->addStep([] { return tr("Connect Humaans"); }, new PartnerStepPage(wizard, connectPage));

    wizard->addStep([] { return tr("ATS webhook"); },
                    new WebhookPage(wizard, {u"applicationUpdate"_s,
                                             [] {
                                                 return WebhookEventTypes::label(
                                                     u"applicationUpdate"_s);
                                             },
                                             requestUrl, [] { return tr("Request URL"); },
                                             secretToken, [] { return tr("Secret token"); },
                                             {}}));
    wizard->addStep(&FinishPage::stepTitle, new FinishPage(wizard, [](const IntegrationTestResult &) {
        return tr("<p>When a candidate is marked as hired, they appear in Humaans under <b>New "
                  "hires</b> for review before they become members.</p>");
    }));
}

} // namespace Tessera
