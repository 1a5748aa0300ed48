#include "DeliveryDetailDialog.h"

#include "RedeliverBar.h"
#include "models/admin/WebhookSecrets.h"
#include "models/admin/WebhookEventTypes.h"
#include "models/core/DisplayText.h"
#include "models/dashboard/BulkRedeliver.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/SecretLineEdit.h"
#include "ui/common/Spacing.h"
#include "ui/common/StatusPalette.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

QPlainTextEdit *monospaceView(QWidget *parent, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setTabChangesFocus(true);
    return view;
}

} // namespace

DeliveryDetailDialog::DeliveryDetailDialog(DeliveryDetail *detail, BulkRedeliver *redeliver,
                                           QWidget *parent)
    : QDialog(parent)
    , m_detail(detail)
    , m_redeliver(redeliver)
    , m_summary(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_payload(monospaceView(m_tabs, u"deliveryPayload"_s))
    , m_headers(monospaceView(m_tabs, u"deliveryHeaders"_s))
    , m_response(monospaceView(m_tabs, u"deliveryResponse"_s))
    , m_copy(new QPushButton(this))
    , m_verify(new QPushButton(this))
    , m_verdict(new QLabel(this))
    , m_ask(new QWidget(this))
    , m_askText(new QLabel(m_ask))
    , m_secret(new SecretLineEdit(m_ask))
    , m_remember(new QCheckBox(m_ask))
    , m_check(new QPushButton(m_ask))
    , m_redeliverButton(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_bar(new RedeliverBar(redeliver, this))
{
    setObjectName(u"deliveryDetail"_s);
    m_detail->setParent(this);
    m_redeliver->setParent(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setObjectName(u"signatureVerdict"_s);
    m_verdict->setWordWrap(true);
    m_askText->setWordWrap(true);
    m_verify->setObjectName(u"verifySignature"_s);
    m_redeliverButton->setObjectName(u"redeliverOne"_s);
    m_check->setObjectName(u"checkWithSecret"_s);
    m_remember->setObjectName(u"rememberSecret"_s);
    m_tabs->addTab(m_payload, {});
    m_tabs->addTab(m_headers, {});
    m_tabs->addTab(m_response, {});

    auto *askLayout = new QVBoxLayout(m_ask);
    askLayout->setContentsMargins(0, 0, 0, 0);
    askLayout->addWidget(m_askText);
    auto *askRow = new QHBoxLayout;
    askRow->addWidget(m_secret, 1);
    askRow->addWidget(m_check);
    askLayout->addLayout(askRow);
    askLayout->addWidget(m_remember);
    m_ask->hide();

    auto *signatureRow = new QHBoxLayout;
    signatureRow->addWidget(m_verify);
    signatureRow->addWidget(m_verdict, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    buttons->addWidget(m_redeliverButton);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(Spacing::Normal);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(signatureRow);
    layout->addWidget(m_ask);
    layout->addWidget(m_bar);
    layout->addLayout(buttons);
    resize(720, 620);

    connect(m_detail, &DeliveryDetail::loaded, this, &DeliveryDetailDialog::render);
    connect(m_detail->status(), &LoadStatus::stateChanged, this, [this](LoadState state) {
        if (state == LoadState::Failed)
            m_banner->showError(m_detail->status()->lastError(), false);
        else if (state == LoadState::Ready)
            m_banner->clear();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_payload->toPlainText());
    });
    connect(m_verify, &QPushButton::clicked, this, [this] {
        m_verify->setEnabled(false);
        m_verdict->setText(tr("Checking…"));
        m_detail->verify();
    });
    connect(m_detail, &DeliveryDetail::verified, this, &DeliveryDetailDialog::showVerdict);
    connect(m_detail, &DeliveryDetail::secretNeeded, this, &DeliveryDetailDialog::askForSecret);
    connect(m_check, &QPushButton::clicked, this, [this] {
        if (m_secret->text().isEmpty()) {
            m_verdict->setText(tr("Paste the webhook's secret first."));
            return;
        }
        m_detail->verifyWith(m_secret->text(), m_remember->isChecked());
        m_secret->wipe();
    });
    connect(m_detail, &DeliveryDetail::secretRemembered, this,
            [this](bool ok, const QString &message) {
                if (!ok)
                    m_banner->showMessage(StatusPalette::Status::Attention,
                                          tr("The secret was used for this check but could "
                                             "not be remembered: %1").arg(message));
            });
    connect(m_redeliverButton, &QPushButton::clicked, this, [this] {
        if (!m_detail->delivery().id.isEmpty())
            m_redeliver->previewIds({m_detail->delivery().id});
    });
    connect(m_redeliver, &BulkRedeliver::busyChanged, m_redeliverButton,
            [this](bool busy) { m_redeliverButton->setEnabled(!busy); });
    connect(m_bar, &RedeliverBar::redelivered, this, &DeliveryDetailDialog::redelivered);
    // A resend of the delivery shown before still changed the log (open() dropped its answer).
    connect(m_redeliver, &BulkRedeliver::redeliveredUnshown, this,
            &DeliveryDetailDialog::redelivered);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    // A secret pasted but not checked does not outlive the dialog being closed.
    connect(this, &QDialog::finished, m_secret, &SecretLineEdit::wipe);
    retranslateUi();
}

void DeliveryDetailDialog::open(const QString &deliveryId)
{
    // Nothing of the previous delivery carries over: not a pasted secret (it may be another
    // webhook's), not its verdict, not a Verify that would check the old body.
    m_secret->wipe();
    m_verify->setEnabled(false);
    m_verdict->clear();
    m_verdictStatus.reset();
    colourVerdict();
    m_ask->hide();
    m_bar->outcome()->clear();
    m_redeliver->cancel();
    m_payload->clear();
    m_headers->clear();
    m_response->clear();
    m_summary->setText(tr("Loading the delivery…"));
    m_detail->load(deliveryId);
    show();
    raise();
    activateWindow();
}

void DeliveryDetailDialog::render()
{
    const WebhookDelivery &delivery = m_detail->delivery();
    const QString status = delivery.statusCode > 0
        ? QString::number(delivery.statusCode)
        : tr("no HTTP answer");
    const QString latency = delivery.latencyMs >= 0 ? tr("%L1 ms").arg(delivery.latencyMs)
                                                    : tr("unknown");
    m_summary->setText(tr("%1 to %2 at %3 — attempt %4. Answer: %5 after %6.%7")
                           .arg(WebhookEventTypes::label(delivery.action), delivery.requestUrl,
                                DisplayText::dateTime(delivery.time))
                           .arg(delivery.attempt)
                           .arg(status, latency,
                                delivery.error.isEmpty() ? QString()
                                                         : QString(u" "_s + delivery.error)));
    m_payload->setPlainText(m_detail->prettyPayload());
    QStringList headerLines;
    for (const auto &[name, value] : m_detail->requestHeaders())
        headerLines.append(QString(name + u": "_s + value));
    m_headers->setPlainText(headerLines.isEmpty()
                                ? tr("The backend recorded no headers for this attempt.")
                                : headerLines.join(u'\n'));
    m_response->setPlainText(tr("Status: %1\nLatency: %2\n\n%3")
                                 .arg(status, latency, delivery.responseSnippet));
    m_verify->setEnabled(!m_detail->signatureHeader().isEmpty());
}

QString DeliveryDetailDialog::verdictSentence(DeliveryDetail::Verdict verdict)
{
    switch (verdict) {
    case DeliveryDetail::Verdict::Matches:
        return tr("Signature matches: the body is what was signed with this secret.");
    case DeliveryDetail::Verdict::DoesNotMatch:
        return tr("Signature does not match — the body was changed or the secret differs.");
    case DeliveryDetail::Verdict::NoSignature:
        break;
    }
    return tr("This attempt was logged without its headers, so there is no signature to check.");
}

void DeliveryDetailDialog::showVerdict(DeliveryDetail::Verdict verdict)
{
    m_verify->setEnabled(!m_detail->signatureHeader().isEmpty());
    m_ask->hide();
    m_verdict->setText(verdictSentence(verdict));
    m_verdictStatus = verdict == DeliveryDetail::Verdict::Matches ? StatusPalette::Status::Ok
                                                                  : StatusPalette::Status::Failing;
    colourVerdict();
    m_verdict->setAccessibleName(m_verdict->text());
}

void DeliveryDetailDialog::colourVerdict()
{
    if (!m_verdictStatus || m_verdict->text().isEmpty()) {
        m_verdict->setStyleSheet({});
        return;
    }
    m_verdict->setStyleSheet(u"color: %1; font-weight: bold;"_s.arg(
        StatusPalette::color(*m_verdictStatus, palette()).name()));
}

QColor DeliveryDetailDialog::verdictColour() const
{
    return m_verdict->palette().color(QPalette::WindowText);
}

QString DeliveryDetailDialog::verdictText() const
{
    return m_verdict->text();
}

void DeliveryDetailDialog::askForSecret(const QString &reason)
{
    m_verify->setEnabled(true);
    m_verdict->clear();
    m_askReason = reason;
    m_askText->setText(reason.isEmpty()
                           ? tr("The keychain holds no secret for this webhook (it was created "
                                "outside this console). Paste its secret token to check the "
                                "signature; it is not shown or logged.")
                           : tr("The secret could not be read from the keychain: %1 Paste the "
                                "webhook's secret token to check the signature instead.")
                                 .arg(reason));
    m_ask->show();
    m_secret->lineEdit()->setFocus();
}

void DeliveryDetailDialog::retranslateUi()
{
    setWindowTitle(tr("Delivery details"));
    setAccessibleName(tr("Delivery details"));
    m_tabs->setTabText(0, tr("&Payload"));
    m_tabs->setTabText(1, tr("Request &headers"));
    m_tabs->setTabText(2, tr("Res&ponse"));
    m_payload->setAccessibleName(tr("Payload as sent, formatted"));
    m_headers->setAccessibleName(tr("Request headers"));
    m_response->setAccessibleName(tr("Response status, latency and body"));
    m_copy->setText(tr("&Copy payload"));
    m_copy->setAccessibleName(tr("Copy the payload to the clipboard"));
    m_verify->setText(tr("&Verify signature"));
    m_verify->setAccessibleName(tr("Verify the signature with the webhook's secret"));
    m_secret->setPlaceholderText(tr("Webhook secret token"));
    m_secret->setAccessibleName(tr("Webhook secret token"));
    m_remember->setText(tr("&Remember it in the keychain for this webhook"));
    m_check->setText(tr("C&heck"));
    m_check->setAccessibleName(tr("Check the signature with this secret"));
    m_redeliverButton->setText(tr("Re&deliver"));
    m_redeliverButton->setAccessibleName(tr("Redeliver this delivery"));
    m_close->setText(tr("Close"));
    if (m_ask->isVisible())
        askForSecret(m_askReason);
    if (m_detail->status()->state() == LoadState::Ready)
        render();
}

void DeliveryDetailDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        colourVerdict(); // light ↔ dark while open: the verdict's colour of the new palette
    QDialog::changeEvent(event);
}

} // namespace Tessera
