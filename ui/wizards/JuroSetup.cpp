#include "JuroSetup.h"

#include "AtsKeyPage.h"
#include "EnableWizard.h"
#include "FinishPage.h"
#include "JuroSetup.h"
#include "models/api/ApiClient.h"
#include "models/integrations/IntegrationService.h"
#include "models/integrations/PartnerConsole.h"
#include "models/integrations/SetupState.h"
#include "PartnerStepPage.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

const QString juroKey = u"juroApiKey"_s;
}

// Saves the key write-only in the backend, then asks it whether Juro accepts the key.
void JuroSetup::checkKey(PartnerStepPage *page)
{
    EnableWizard *wizard = page->enableWizard();
    const QString key = page->fieldText(juroKey);
    wizard->keepSecret(juroKey, key);
    auto *service = wizard->context().service;
    page->busy(tr("Checking the Juro API key with Juro…"));
    service->saveSetup(u"juro"_s, {}, {{juroKey, key}}, page,
                       [page](const Outcome<Integration> &saved) {
        if (!saved.ok()) {
            page->fail(saved.error);
            return;
        }
        page->passWhenTestPasses(u"partnerKey"_s, tr("Checking the Juro API key with Juro…"),
                                 tr("The ATS could not check the Juro API key."));
    });
}

void JuroSetup::sendTestWebhook(PartnerStepPage *page, const QString &url)
{
    EnableWizard *wizard = page->enableWizard();
    PartnerConsole *juro = wizard->context().partnerConsole;
    juro->juroAddWebhook(url, wizard->state()->secret(juroKey), page,
                         [page, juro](const Outcome<Nothing> &added) {
        if (!added.ok()) {
            page->fail(added.error);
            page->simulationFinished(false);
            return;
        }
        juro->juroSendTestWebhook(page, [page](const Outcome<TestWebhookOutcome> &sent) {
            if (!sent.ok()) {
                page->fail(sent.error);
                page->simulationFinished(false);
                return;
            }
            const TestWebhookOutcome outcome = sent.value;
            page->setResult([outcome] {
                if (outcome.delivered && outcome.verified)
                    return tr("<b>✓ Juro's test webhook arrived and its signature "
                              "verified</b> (HTTP %1).").arg(outcome.statusCode);
                return tr("<b>✗ Juro's test webhook was not accepted</b> (HTTP %1): "
                          "%2").arg(outcome.statusCode)
                    .arg(outcome.message.toHtmlEscaped());
            });
            page->simulationFinished(outcome.delivered && outcome.verified);
        });
    });
}

void JuroSetup::checkInboundWebhook(PartnerStepPage *page)
{
    page->passWhenTestPasses(u"inboundWebhook"_s, tr("Looking for Juro's test webhook…"),
                             tr("No verified webhook from Juro has arrived yet."));
}

void JuroSetup::addPages(EnableWizard *wizard)
{
    wizard->addStep(&AtsKeyPage::stepTitle, new AtsKeyPage(
        wizard, {u"Juro"_s, u"integration:juro"_s,
                 [] {
                     return tr("Juro uses this key to push contract updates to the ATS. You do "
                               "not need to copy it. Revoking it later cuts off Juro's access.");
                 },
                 wizard->integration().scopes}));

    const auto keyPage = [=] {
        PartnerStepPage::Config key;
        key.objectName = u"juroKeyPage"_s;
        key.title = tr("Paste the Juro API key");
        key.subTitle = tr("The ATS uses it to call Juro and to verify the webhooks Juro sends.");
        key.instructions = tr("<ol><li>In Juro, open <b>Settings › Integrations</b> and select "
                              "<b>API</b>.</li><li>Click <b>Activate</b> if the API is not active "
                              "yet.</li><li>Copy the API key from the text box and paste it "
                              "below.</li></ol>");
        key.fields = {{juroKey, tr("Juro API key"), true, false}};
        key.simulateLabel = tr("Do this step in the simulated &Juro");
        key.simulate = [](PartnerStepPage *page) {
            page->enableWizard()->context().partnerConsole->juroActivateApi(
                page, [page](const Outcome<PartnerCredential> &activated) {
                    if (activated.ok())
                        page->setFieldText(juroKey, activated.value.key);
                    else
                        page->fail(activated.error);
                    page->simulationFinished(activated.ok());
                });
        };
        key.check = checkKey;
        return key;
    };
    wizard->addStep([] { return tr("Juro API key"); }, new PartnerStepPage(wizard, keyPage));

    const QString receiver = wizard->context().backendUrl.isValid()
        ? wizard->context().backendUrl.resolved(QUrl(u"/integrations/juro/webhook"_s))
              .toString()
        : QString();
    const auto hookPage = [=] {
        PartnerStepPage::Config hook;
        hook.objectName = u"juroWebhookPage"_s;
        hook.title = tr("Add the ATS webhook in Juro");
        hook.subTitle = tr("Juro signs every webhook with your Juro API key; the ATS checks the "
                           "signature.");
        hook.instructions = tr("<ol><li>In Juro, open <b>Settings › Integrations › Webhooks</b> "
                               "and "
                               "click <b>+ Add new</b>.</li><li>Enter the values below, choose "
                               "<b>Security signature</b> and paste your Juro API key as the "
                               "secret.</li><li>Choose <b>all</b> triggers, click <b>Save "
                               "webhook</b>, then send a test webhook.</li></ol>");
        using Kind = PartnerStepPage::CopyRow::Kind;
        hook.copyRows = {{tr("Name"), [] { return u"Ashby"_s; }, Kind::Fixed},
                         {tr("URL"), [receiver] { return receiver; }, Kind::Copy},
                         {tr("Webhook security"), [] { return tr("Security "
                                                                 "signature"); }, Kind::Fixed},
                         {tr("Signature "
                             "secret"), [wizard] { return wizard->state()->secret(juroKey); },
                          Kind::Secret},
                         {tr("Triggers"), [] { return tr("All"); }, Kind::Fixed}};
        hook.simulateLabel = tr("Add it in the simulated &Juro and send a test webhook");
        hook.simulate = [receiver](PartnerStepPage *page) { sendTestWebhook(page, receiver); };
        hook.confirmLabel = tr("I saved the webhook in Juro and sent a test webhook");
        hook.check = checkInboundWebhook;
        return hook;
    };
    wizard->addStep([] { return tr("Webhook at Juro"); }, new PartnerStepPage(wizard, hookPage));

    wizard->addStep(&FinishPage::stepTitle, new FinishPage(wizard, [](const IntegrationTestResult &) {
        return tr("<p>Juro workflows are listed with the field mappings. Once one exists, add it "
                  "to an interview plan or start it from an offer.</p>");
    }));
}

} // namespace Tessera
