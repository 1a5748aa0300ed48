#include "WebhookDialog.h"

#include "models/admin/WebhookEventTypes.h"
#include "models/session/BackendUrl.h"
#include "ui/common/DialogHeight.h"
#include "ui/common/FormRow.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Retranslator.h"
#include "ui/common/SecretLineEdit.h"
#include "ui/common/Spacing.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

WebhookDialog::WebhookDialog(WebhooksModel *model, const Webhook *existing, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_webhookId(existing ? existing->id : QString())
    , m_banner(new MessageBanner(this))
    , m_type(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_urlProblem(new QLabel(this))
    , m_secret(new SecretLineEdit(this))
    , m_generate(new QPushButton(this))
    , m_busy(new QLabel(this))
    , m_save(new QPushButton(this))
{
    const bool editing = existing != nullptr;
    for (const QString &type : WebhookEventTypes::all())
        m_type->addItem(QString(), type);
    m_type->setObjectName(u"type"_s);
    m_url->setObjectName(u"url"_s);
    m_url->setPlaceholderText(u"https://partner.example.com/ashby"_s);
    m_urlProblem->setObjectName(u"urlProblem"_s);
    m_urlProblem->setWordWrap(true);
    m_urlProblem->setVisible(false);
    QPalette problemPalette = m_urlProblem->palette();
    problemPalette.setColor(QPalette::WindowText,
                            StatusPalette::color(StatusPalette::Status::Failing, problemPalette));
    m_urlProblem->setPalette(problemPalette);
    m_secret->setObjectName(u"secret"_s);
    m_save->setObjectName(u"save"_s);
    m_busy->setObjectName(u"busy"_s);
    if (existing) {
        m_type->setCurrentIndex(std::max(0, m_type->findData(existing->webhookType)));
        m_type->setEnabled(false); // the API cannot change a webhook's event
        m_url->setText(existing->requestUrl);
    }

    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_generate);
    auto *form = new QFormLayout;
    QLabel *typeLabel = FormRow::add(form, m_type);
    QLabel *urlLabel = FormRow::add(form, m_url);
    form->addRow(QString(), m_urlProblem);
    QLabel *secretLabel = FormRow::add(form, secretRow, m_secret->lineEdit());
    auto *note = new QLabel(this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    Retranslator::follow(this, [=, this] {
        setWindowTitle(editing ? tr("Edit webhook") : tr("New webhook"));
        setAccessibleName(windowTitle());
        for (int i = 0; i < m_type->count(); ++i)
            m_type->setItemText(i, WebhookEventTypes::label(m_type->itemData(i).toString()));
        m_type->setAccessibleName(tr("Event"));
        m_url->setAccessibleName(tr("Request URL"));
        m_secret->setAccessibleName(tr("Secret token"));
        m_secret->setPlaceholderText(editing ? tr("Leave empty to keep the current secret")
                                             : tr("The partner checks signatures with it"));
        m_generate->setText(tr("&Generate"));
        m_generate->setAccessibleName(tr("Generate a secret token"));
        m_save->setText(editing ? tr("&Save") : tr("C&reate webhook"));
        m_save->setAccessibleName(m_save->text().remove(u'&'));
        typeLabel->setText(tr("&Event:"));
        urlLabel->setText(tr("Request &URL:"));
        secretLabel->setText(tr("Secret &token:"));
        note->setText(tr("Deliveries are signed with the secret token "
                         "(Ashby-Signature: sha256=…). Give the partner the same token."));
        cancel->setAccessibleName(tr("Cancel"));
        if (m_waiting)
            m_busy->setText(tr("Saving the webhook…"));
        if (!m_urlProblem->isHidden())
            m_urlProblem->setText(urlProblem(m_url->text()));
    });

    auto *layout = new QVBoxLayout(this);
    Spacing::setPageMargins(layout);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &WebhookDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    // The secret token is a secret: overwritten once the dialog is done, saved or not.
    connect(this, &QDialog::finished, m_secret, &SecretLineEdit::wipe);
    connect(m_generate, &QPushButton::clicked, this, [this] {
        QByteArray bytes(24, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                             bytes.size() / 4);
        m_secret->setText(QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    });
    connect(m_url, &QLineEdit::textEdited, this, [this] { m_urlProblem->setVisible(false); });
    connect(m_model, &WebhooksModel::saved, this, &WebhookDialog::onSaved);
    connect(m_model, &WebhooksModel::actionFailed, this, &WebhookDialog::onFailed);
    (existing ? static_cast<QWidget *>(m_url) : static_cast<QWidget *>(m_type))->setFocus();
}

QString WebhookDialog::urlProblem(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty())
        return tr("Enter the address the partner gave you, starting with https://.");
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
        return tr("This is not a web address. It should look like "
                  "https://partner.example.com/ashby.");
    if (url.scheme() == u"http"_s && !BackendUrl::isLoopback(url))
        return tr("Use https: deliveries carry candidate data. Plain http is allowed only for "
                  "a receiver on this computer.");
    return {};
}

void WebhookDialog::submit()
{
    if (m_waiting)
        return;
    m_banner->clear();
    const QString problem = urlProblem(m_url->text());
    if (!problem.isEmpty()) {
        m_urlProblem->setText(problem);
        m_urlProblem->setVisible(true);
        m_url->setFocus();
        DialogHeight::grow(this);
        return;
    }
    const QString url = m_url->text().trimmed();
    if (m_webhookId.isEmpty()) {
        if (m_secret->text().isEmpty()) {
            m_banner->showMessage(StatusPalette::Status::Attention,
                                  tr("Enter a secret token, or press Generate for a random "
                                     "one."));
            m_secret->setFocus();
            DialogHeight::grow(this);
            return;
        }
        setBusy(true);
        m_model->create(m_type->currentData().toString(), url, m_secret->text());
    } else {
        setBusy(true);
        m_model->update(m_webhookId, std::nullopt, url, m_secret->text());
    }
}

void WebhookDialog::onSaved(WebhooksModel::Action action, const QString &webhookId)
{
    if (!m_waiting || action == WebhooksModel::Action::Delete || action == WebhooksModel::Action::Ping)
        return;
    if (!m_webhookId.isEmpty() && webhookId != m_webhookId)
        return;
    setBusy(false);
    accept(); // finished wipes the secret
}

void WebhookDialog::onFailed(WebhooksModel::Action action, const ApiError &error)
{
    if (!m_waiting || (action != WebhooksModel::Action::Create
                       && action != WebhooksModel::Action::Update))
        return;
    setBusy(false);
    m_banner->showError(error, false);
    m_url->setFocus();
    DialogHeight::grow(this);
}

void WebhookDialog::setBusy(bool busy)
{
    m_waiting = busy;
    m_busy->setText(busy ? tr("Saving the webhook…") : QString());
    m_save->setEnabled(!busy);
    m_url->setReadOnly(busy);
    m_secret->setEnabled(!busy);
    m_generate->setEnabled(!busy);
}

} // namespace Tessera
