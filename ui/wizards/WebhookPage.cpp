#include "WebhookPage.h"

#include "EnableWizard.h"
#include "models/integrations/IntegrationService.h"
#include "models/integrations/SetupState.h"

#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
constexpr int verifyAttempts = 20;
constexpr int verifyIntervalMs = 500;
const QString webhookIdValue = u"webhookId"_s;
} // namespace

WebhookPage::WebhookPage(EnableWizard *wizard, Config config)
    : CheckedPage(wizard)
    , m_config(std::move(config))
    , m_summary(new QLabel(this))
{
    setObjectName(u"webhookPage"_s);
    setTitle(tr("Create the %1 webhook").arg(m_config.typeLabel));
    setSubTitle(tr("Tessera creates the webhook in the ATS. The ATS pings it at once, and %1 "
                   "must verify the ping's signature with the secret token.")
                    .arg(wizard->integration().name));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(m_summary);
    setButtonText(QWizard::NextButton, tr("Create and &verify"));
}

void WebhookPage::initializePage()
{
    const QString secret = state()->secret(m_config.secretName);
    m_summary->setText(
        tr("<table cellpadding=\"3\"><tr><td>Webhook type:</td><td><b>%1</b></td></tr>"
           "<tr><td>Request URL:</td><td>%2</td></tr>"
           "<tr><td>Secret token:</td><td>%3</td></tr></table>")
            .arg(m_config.typeLabel.toHtmlEscaped(),
                 state()->value(m_config.urlValue).toHtmlEscaped(),
                 secret.isEmpty() ? tr("(missing: go back and paste it)")
                                  : QString(qMin(secret.size(), 24), u'•')));
}

void WebhookPage::runCheck()
{
    const QString oldId = state()->value(webhookIdValue);
    if (oldId.isEmpty()) {
        create();
        return;
    }
    // A webhook from an earlier attempt: keep it when it works, replace it when its ping failed.
    setupWizard()->context().service->webhookState(
        oldId, this, [this, oldId](const Outcome<WebhookState> &outcome) {
            if (outcome.ok() && outcome.value.enabled) {
                verify(0);
                return;
            }
            setupWizard()->context().service->deleteWebhook(
                oldId, this, [this](const Outcome<Nothing> &) {
                    state()->setValue(webhookIdValue, {});
                    create();
                });
        });
}

void WebhookPage::create()
{
    setBusy(true, tr("Creating the webhook…"));
    const QString secret = state()->secret(m_config.secretName);
    setupWizard()->context().service->createWebhook(
        m_config.webhookType, state()->value(m_config.urlValue), secret, this,
        [this](const Outcome<WebhookState> &outcome) {
            if (!outcome.ok()) {
                failCheck(outcome.error);
                return;
            }
            state()->setValue(webhookIdValue, outcome.value.id);
            if (m_config.afterCreate)
                m_config.afterCreate(this, [this] { verify(0); });
            else
                verify(0);
        });
}

void WebhookPage::verify(int attempt)
{
    setBusy(true, tr("Waiting for %1 to verify the ping…").arg(setupWizard()->integration().name));
    auto *service = setupWizard()->context().service;
    service->test(setupWizard()->integrationId(), this,
                  [this, attempt, service](const Outcome<IntegrationTestResult> &outcome) {
        if (!outcome.ok()) {
            failCheck(outcome.error);
            return;
        }
        const IntegrationCheck *ping = outcome.value.check(u"ping"_s);
        if (ping && ping->ok) {
            passCheck();
            return;
        }
        const QString waiting = ping ? ping->message : QString();
        service->webhookState(state()->value(webhookIdValue), this,
                              [this, attempt, waiting](const Outcome<WebhookState> &webhook) {
            if (webhook.ok() && !webhook.value.enabled) {
                failCheck(tr("The ATS disabled the webhook because its ping failed: %1 Check the "
                             "URL and the secret token, then try again.")
                              .arg(webhook.value.lastError));
                return;
            }
            if (attempt + 1 >= verifyAttempts) {
                failCheck(tr("%1 has not confirmed a verified ping yet. %2")
                              .arg(setupWizard()->integration().name, waiting));
                return;
            }
            QTimer::singleShot(verifyIntervalMs, this, [this, attempt] { verify(attempt + 1); });
        });
    });
}

} // namespace Tessera
