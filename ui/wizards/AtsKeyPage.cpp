#include "AtsKeyPage.h"

#include "EnableWizard.h"
#include "models/integrations/IntegrationService.h"
#include "models/integrations/SetupState.h"
#include "models/secrets/SecretJob.h"
#include "ScopeText.h"
#include "ui/common/Card.h"
#include "ui/common/FormRow.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Retranslator.h"
#include "ui/common/SecretLineEdit.h"
#include "ui/common/Spacing.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

AtsKeyPage::AtsKeyPage(EnableWizard *wizard, const Options &options)
    : CheckedPage(wizard)
    , m_options(options)
    , m_title(new QLineEdit(this))
    , m_create(new QPushButton(this))
    , m_secret(new SecretLineEdit(this))
    , m_notice(new QLabel(this))
{
    setObjectName(u"atsKeyPage"_s);
    m_title->setText(options.partner.isEmpty() ? wizard->integration().name : options.partner);
    m_title->setObjectName(u"keyTitle"_s);
    m_create->setObjectName(u"createKeyButton"_s);
    m_secret->setObjectName(u"createdKey"_s);
    m_secret->setReadOnly(true);
    m_secret->copyButton()->setObjectName(u"copyKeyButton"_s);
    m_notice->setWordWrap(true);
    m_notice->setObjectName(u"keyNotice"_s);

    auto *scopes = new QLabel(this);
    scopes->setWordWrap(true);
    scopes->setTextFormat(Qt::RichText);
    auto *partner = new QLabel(this);
    auto *form = new QFormLayout;
    Spacing::setGroupMargins(form);
    QLabel *titleLabel = FormRow::add(form, m_title);
    QLabel *partnerLabel = FormRow::add(form, partner);
    body()->addLayout(form);
    auto *permissions = new Card(QString(), this);
    permissions->setObjectName(u"permissionsCard"_s);
    permissions->body()->addWidget(scopes);
    body()->addWidget(permissions);
    auto *createRow = new QHBoxLayout;
    Spacing::setGroupMargins(createRow);
    createRow->addWidget(m_create);
    createRow->addStretch(1);
    body()->addLayout(createRow);
    body()->addWidget(m_secret);
    body()->addWidget(m_notice);

    Retranslator::follow(this, [=, this] {
        const QString name = setupWizard()->integration().name;
        setTitle(tr("Create the ATS API key"));
        setSubTitle(m_options.explanation ? m_options.explanation() : QString());
        m_create->setText(tr("&Create API key"));
        m_title->setAccessibleName(tr("Key name"));
        m_secret->setAccessibleName(tr("New ATS API key"));
        titleLabel->setText(tr("Key &name:"));
        partnerLabel->setText(tr("Integration partner:"));
        partner->setText(m_options.partner.isEmpty() ? tr("(left blank, as %1 asks)").arg(name)
                                                     : m_options.partner);
        permissions->setTitle(tr("What %1 may do with this key").arg(name));
        scopes->setText(ScopeText::list(m_options.scopes));
        showNotice();
    });

    connect(m_create, &QPushButton::clicked, this, &AtsKeyPage::createKey);
    connect(m_title, &QLineEdit::textChanged, this, [this] { m_create->setEnabled(
        !m_title->text().trimmed().isEmpty() && !state()->hasValue(u"atsKeyId"_s)); });
}

QString AtsKeyPage::stepTitle()
{
    return tr("Create ATS API key");
}

QPushButton *AtsKeyPage::copyButton() const
{
    return m_secret->copyButton();
}

void AtsKeyPage::initializePage()
{
    showKey();
}

bool AtsKeyPage::inputComplete() const
{
    return state()->hasValue(u"atsKeyId"_s);
}

void AtsKeyPage::createKey()
{
    m_create->setEnabled(false);
    setBusy(true, tr("Creating the key…"));
    banner()->clear();
    setupWizard()->context().service->createApiKey(
        m_title->text().trimmed(), m_options.partner, m_options.scopePreset, this,
        [this](const Outcome<CreatedApiKey> &outcome) {
            setBusy(false);
            if (!outcome.ok()) {
                m_create->setEnabled(true);
                failCheck(outcome.error);
                return;
            }
            SecretJob *kept = setupWizard()->keepSecret(u"atsKey"_s, outcome.value.secret);
            state()->setValue(u"atsKeyTitle"_s, outcome.value.title);
            state()->setValue(u"atsKeyId"_s, outcome.value.id);
            m_kept.reset();
            showKey();
            if (kept && kept->isFinished())
                showKept(kept->isOk());
            else if (kept)
                connect(kept, &SecretJob::finished, this, [this, kept] { showKept(kept->isOk()); });
            Q_EMIT completeChanged();
        });
}

void AtsKeyPage::showKey()
{
    const bool created = state()->hasValue(u"atsKeyId"_s);
    const QString secret = state()->secret(u"atsKey"_s);
    m_create->setEnabled(!created);
    m_title->setReadOnly(created);
    m_secret->setVisible(created && !secret.isEmpty());
    m_secret->setText(secret);
    showNotice();
}

void AtsKeyPage::showKept(bool kept)
{
    m_kept = kept;
    showNotice();
}

void AtsKeyPage::showNotice()
{
    const bool created = state()->hasValue(u"atsKeyId"_s);
    const QString title = state()->value(u"atsKeyTitle"_s);
    if (!created)
        m_notice->setText(tr("The key is shown once, right after it is created."));
    else if (state()->secret(u"atsKey"_s).isEmpty())
        m_notice->setText(tr("The key “%1” was created earlier. It is not shown again; "
                             "revoke it on the API keys page if it was lost.")
                              .arg(title));
    else if (!m_kept) // said only once the keychain answered, so it never claims what did not happen
        m_notice->setText(tr("Key “%1” created. This is the only time it is shown: copy it now.")
                              .arg(title));
    else
        m_notice->setText(*m_kept ? tr("Key “%1” created. This is the only time it is shown: "
                                       "copy it now. Tessera keeps it in the system keychain for "
                                       "this setup.")
                                        .arg(title)
                                  : tr("Key “%1” created. This is the only time it is shown: "
                                       "copy it now. The system keychain did not take it, so a "
                                       "resumed setup cannot show it again.")
                                        .arg(title));
}

} // namespace Tessera
