#include "WebhookPage.h"

#include "EnableWizard.h"
#include "EndpointHint.h"
#include "models/integrations/IntegrationService.h"
#include "models/integrations/SetupState.h"
#include "ui/common/Card.h"
#include "ui/common/FormRow.h"
#include "ui/common/Retranslator.h"
#include "ui/common/SecretLineEdit.h"
#include "ui/common/Spacing.h"

#include <QFormLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
constexpr int verifyAttempts = 20;
constexpr int verifyIntervalMs = 500;
const QString webhookIdValue = u"webhookId"_s;
const QString sentToValue = u"webhookSentTo"_s;
const QString signedWithSecret = u"webhookSignedWith"_s; // in memory only, never in a draft
} // namespace

WebhookPage::WebhookPage(EnableWizard *wizard, Config config)
    : CheckedPage(wizard)
    , m_config(std::move(config))
    , m_type(new QLabel(this))
    , m_url(new QLabel(this))
    , m_secret(new SecretLineEdit(this))
    , m_urlHint(new EndpointHint(this))
{
    setObjectName(u"webhookPage"_s);
    m_url->setObjectName(u"webhookUrl"_s);
    m_url->setWordWrap(true);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secret->setObjectName(u"webhookSecret"_s);
    m_secret->setReadOnly(true);
    auto *form = new QFormLayout;
    Spacing::setGroupMargins(form);
    QLabel *typeLabel = FormRow::add(form, m_type);
    QLabel *urlLabel = FormRow::add(form, m_url);
    form->addRow(QString(), m_urlHint);
    QLabel *secretLabel = FormRow::add(form, m_secret);
    auto *webhook = new Card(QString(), this);
    webhook->body()->addLayout(form);
    body()->addWidget(webhook);
    auto *steps = new QLabel(this);
    steps->setWordWrap(true);
    steps->setTextFormat(Qt::RichText);
    auto *next = new Card(QString(), this);
    next->body()->addWidget(steps);
    body()->addWidget(next);
    Retranslator::follow(this, [=, this] {
        const QString name = setupWizard()->integration().name;
        const QString type = m_config.typeLabel();
        setTitle(tr("Create the %1 webhook").arg(type));
        setSubTitle(tr("Tessera creates the webhook in the ATS. The ATS pings it at once, and %1 "
                       "must verify the ping's signature with the secret it gave you.")
                        .arg(name));
        m_type->setText(type);
        m_url->setAccessibleName(m_config.urlLabel());
        m_secret->setAccessibleName(m_config.secretLabel());
        typeLabel->setText(tr("Webhook type:"));
        urlLabel->setText(m_config.urlLabel() + u':');
        secretLabel->setText(m_config.secretLabel() + u':');
        webhook->setTitle(tr("The webhook the ATS creates"));
        steps->setText(tr("<ol><li>The ATS creates the webhook with the values above.</li>"
                          "<li>It sends %1 a ping signed with this secret.</li>"
                          "<li>Tessera waits until %1 confirms that it verified the "
                          "signature, then goes on.</li></ol>")
                           .arg(name.toHtmlEscaped()));
        next->setTitle(tr("What happens next"));
        setButtonText(QWizard::NextButton, tr("Create and &verify"));
        showSecretHint();
    });
}

void WebhookPage::initializePage()
{
    const QString secret = state()->secret(m_config.secretName);
    m_url->setText(state()->value(m_config.urlValue));
    m_urlHint->showFor(m_url->text());
    m_secret->setText(secret);
    showSecretHint();
}

void WebhookPage::showSecretHint()
{
    m_secret->setPlaceholderText(m_secret->text().isEmpty() ? tr("Missing: go back and paste it")
                                                            : QString());
}

void WebhookPage::runCheck()
{
    const QString oldId = state()->value(webhookIdValue);
    if (oldId.isEmpty()) {
        create();
        return;
    }
    // A webhook from an earlier attempt: keep it when it works and still sends to what the
    // partner gave (the admin may have gone back and pasted another URL or secret); else replace
    // it, or its old ping would pass the check for values nobody verified.
    const bool sameTarget =
        state()->value(sentToValue) == state()->value(m_config.urlValue)
        && state()->secret(signedWithSecret) == state()->secret(m_config.secretName);
    setupWizard()->context().service->webhookState(
        oldId, this, [this, oldId, sameTarget](const Outcome<WebhookState> &outcome) {
            if (sameTarget && outcome.ok() && outcome.value.enabled) {
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
    const QString url = state()->value(m_config.urlValue);
    setupWizard()->context().service->createWebhook(
        m_config.webhookType, url, secret, this,
        [this, url, secret](const Outcome<WebhookState> &outcome) {
            if (!outcome.ok()) {
                failCheck(outcome.error);
                return;
            }
            state()->setValue(webhookIdValue, outcome.value.id);
            state()->setValue(sentToValue, url);
            state()->setSecret(signedWithSecret, secret);
            state()->setValue(u"webhookLabel"_s, m_config.typeLabel());
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
                             "values you copied from %2, then try again.")
                              .arg(webhook.value.lastError, setupWizard()->integration().name));
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
