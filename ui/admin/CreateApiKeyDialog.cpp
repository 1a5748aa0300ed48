#include "CreateApiKeyDialog.h"

#include "models/admin/ApiKeysModel.h"
#include "ScopePicker.h"
#include "ShownOnceSecret.h"
#include "ui/common/DialogHeight.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

CreateApiKeyDialog::CreateApiKeyDialog(ApiKeysModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_formPage(new QWidget(this))
    , m_secretPage(new QWidget(this))
    , m_banner(new MessageBanner(this))
    , m_partner(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_scopes(new ScopePicker(this))
    , m_busy(new QLabel(this))
    , m_create(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_secret(new ShownOnceSecret(this))
    , m_done(new QPushButton(this))
{
    m_partner->addItem(QString(), QString()); // "None", named with the other texts below
    for (const QString &partner : partners())
        m_partner->addItem(partner, partner);
    m_partner->setObjectName(u"partner"_s);
    m_title->setObjectName(u"title"_s);
    m_title->setMaxLength(200);
    m_busy->setObjectName(u"busy"_s);
    m_banner->setObjectName(u"createKeyBanner"_s);
    m_create->setObjectName(u"create"_s);
    m_done->setObjectName(u"done"_s);

    auto *form = new QFormLayout;
    auto *partnerLabel = new QLabel(this);
    auto *titleLabel = new QLabel(this);
    auto *scopesLabel = new QLabel(this);
    partnerLabel->setBuddy(m_partner);
    titleLabel->setBuddy(m_title);
    scopesLabel->setBuddy(m_scopes);
    form->addRow(partnerLabel, m_partner);
    form->addRow(titleLabel, m_title);
    form->addRow(scopesLabel, m_scopes);
    Retranslator::follow(this, [=, this] {
        setWindowTitle(tr("New API key"));
        setAccessibleName(tr("New API key"));
        m_partner->setItemText(0, tr("None — a key for your own scripts"));
        m_partner->setAccessibleName(tr("Integration partner"));
        m_title->setAccessibleName(tr("Key title"));
        m_title->setPlaceholderText(tr("e.g. Payroll export"));
        m_create->setText(tr("C&reate key"));
        m_cancel->setText(tr("Cancel"));
        m_done->setText(tr("&Done"));
        m_create->setAccessibleName(tr("Create key"));
        m_cancel->setAccessibleName(tr("Cancel"));
        m_done->setAccessibleName(tr("Done"));
        partnerLabel->setText(tr("&Partner:"));
        titleLabel->setText(tr("&Title:"));
        scopesLabel->setText(tr("Pe&rmissions:"));
    });
    auto *formButtons = new QDialogButtonBox(this);
    formButtons->addButton(m_create, QDialogButtonBox::AcceptRole);
    formButtons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *formLayout = new QVBoxLayout(m_formPage);
    Spacing::setGroupMargins(formLayout);
    formLayout->addWidget(m_banner);
    formLayout->addLayout(form);
    formLayout->addWidget(m_busy);
    formLayout->addWidget(formButtons);

    auto *secretButtons = new QDialogButtonBox(this);
    secretButtons->addButton(m_done, QDialogButtonBox::AcceptRole);
    auto *secretLayout = new QVBoxLayout(m_secretPage);
    Spacing::setGroupMargins(secretLayout);
    secretLayout->addWidget(m_secret, 1);
    secretLayout->addWidget(secretButtons);

    // Two pages in one layout, not a stack, so the dialog takes the size of the one shown.
    m_secretPage->hide();
    auto *layout = new QVBoxLayout(this);
    Spacing::setPageMargins(layout);
    layout->addWidget(m_formPage);
    layout->addWidget(m_secretPage);

    setTabOrder(m_partner, m_title);
    setTabOrder(m_title, m_scopes->presetBox());
    m_create->setDefault(true);
    connect(m_partner, &QComboBox::currentIndexChanged, this, &CreateApiKeyDialog::partnerChanged);
    connect(m_title, &QLineEdit::textChanged, this, &CreateApiKeyDialog::updateCreateButton);
    connect(m_scopes, &ScopePicker::scopesChanged, this, &CreateApiKeyDialog::updateCreateButton);
    connect(m_create, &QPushButton::clicked, this, &CreateApiKeyDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_done, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_model, &ApiKeysModel::created, this, &CreateApiKeyDialog::onCreated);
    connect(m_model, &ApiKeysModel::createFailed, this, &CreateApiKeyDialog::onFailed);
    connect(this, &QDialog::finished, this, [this] { m_secret->wipe(); });
    updateCreateButton();
    m_title->setFocus();
}

CreateApiKeyDialog::~CreateApiKeyDialog() = default;

QStringList CreateApiKeyDialog::partners()
{
    return {u"Juro"_s, u"Willo"_s, u"Humaans"_s, u"Sora"_s, u"Justifacts"_s};
}

void CreateApiKeyDialog::setClipboardClearDelay(std::chrono::milliseconds delay)
{
    m_secret->setClipboardClearDelay(delay);
}

bool CreateApiKeyDialog::isShowingSecret() const
{
    return !m_secretPage->isHidden();
}

void CreateApiKeyDialog::partnerChanged()
{
    const QString partner = m_partner->currentData().toString();
    if (m_title->text().trimmed().isEmpty() || m_title->text() == m_autoTitle) {
        m_autoTitle = partner;
        m_title->setText(partner);
    }
}

void CreateApiKeyDialog::updateCreateButton()
{
    m_create->setEnabled(!m_waiting && !m_title->text().trimmed().isEmpty()
                         && !m_scopes->scopes().isEmpty());
}

void CreateApiKeyDialog::submit()
{
    if (!m_create->isEnabled())
        return;
    m_banner->clear();
    if (m_model->isCreating()) { // from another dialog
        m_banner->showMessage(StatusPalette::Status::Attention,
                              tr("Another key is being created. Try again in a moment."));
        return;
    }
    setBusy(true);
    m_model->create(m_title->text(), m_partner->currentData().toString(), m_scopes->scopes());
}

// Esc or closing the window while the key is being made would lose its secret, which is
// shown only here: the dialog stays until the answer came.
void CreateApiKeyDialog::reject()
{
    if (m_waiting) {
        m_banner->showMessage(StatusPalette::Status::Attention,
                              tr("The key is being created; its secret shows here in a moment, "
                                 "once only."));
        return;
    }
    QDialog::reject();
}

void CreateApiKeyDialog::onCreated(const ApiKey &key, const QString &secret)
{
    if (!m_waiting)
        return;
    setBusy(false);
    m_secret->present(key.title, secret);
    m_formPage->hide();
    m_secretPage->show();
    resize(width(), DialogHeight::needed(this));
    m_done->setDefault(true);
    m_secret->setFocus();
    Q_EMIT keyCreated(key.id, key.title, secret);
}

void CreateApiKeyDialog::onFailed(const ApiError &error)
{
    if (!m_waiting)
        return;
    setBusy(false);
    m_banner->showError(error, false);
    m_title->setFocus();
}

void CreateApiKeyDialog::setBusy(bool busy)
{
    m_waiting = busy;
    m_busy->setText(busy ? tr("Creating the key…") : QString());
    for (QWidget *input : {static_cast<QWidget *>(m_partner), static_cast<QWidget *>(m_title),
                           static_cast<QWidget *>(m_scopes)})
        input->setEnabled(!busy);
    updateCreateButton();
}

} // namespace Tessera
