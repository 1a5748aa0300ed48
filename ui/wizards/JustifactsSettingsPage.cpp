#include "JustifactsSettingsPage.h"

#include "EnableWizard.h"
#include "EndpointCheck.h"
#include "EndpointHint.h"
#include "models/integrations/IntegrationService.h"
#include "models/integrations/PartnerConsole.h"
#include "models/integrations/SetupState.h"
#include "PartnerStepPage.h"
#include "ui/common/Card.h"
#include "ui/common/FormRow.h"
#include "ui/common/Retranslator.h"
#include "ui/common/SecretLineEdit.h"
#include "ui/common/Spacing.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
const QString credentialName = u"credentialKey"_s;
}

JustifactsSettingsPage::JustifactsSettingsPage(EnableWizard *wizard)
    : CheckedPage(wizard)
    , m_credential(new SecretLineEdit(this))
    , m_key(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_baseUrlHint(new EndpointHint(this))
{
    setObjectName(u"justifactsSettingsPage"_s);
    m_credential->setObjectName(credentialName);
    m_credential->setCopyable(true);
    m_key->setObjectName(u"atsApiKey"_s);
    m_baseUrl->setObjectName(u"baseUrl"_s);
    m_baseUrl->setPlaceholderText(u"https://app.justifacts.com/jfacts/servlet/application/ashby/"_s);
    auto *instructions = new QLabel(this);
    instructions->setWordWrap(true);
    instructions->setTextFormat(Qt::RichText);
    auto *card = new Card(QString(), this);
    card->setObjectName(u"instructionsCard"_s);
    card->body()->addWidget(instructions);
    body()->addWidget(card);
    auto *form = new QFormLayout;
    Spacing::setGroupMargins(form);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows); // long labels (German) above their fields
    QLabel *credentialLabel = FormRow::add(form, m_credential);
    QLabel *keyLabel = FormRow::add(form, m_key);
    QLabel *baseUrlLabel = FormRow::add(form, m_baseUrl);
    form->addRow(QString(), m_baseUrlHint);
    body()->addLayout(form);
    if (wizard->hasPartnerConsole()) {
        m_simulate = new QPushButton(this);
        m_simulate->setObjectName(u"simulateButton"_s);
        auto *row = new QHBoxLayout;
        row->addWidget(m_simulate);
        row->addStretch(1);
        body()->addLayout(row);
        connect(m_simulate, &QPushButton::clicked, this, [this] {
            m_simulate->setEnabled(false);
            setBusy(true, tr("Asking the simulated Justifacts…"));
            setupWizard()->context().partnerConsole->justifactsIssueCredential(
                this, [this](const Outcome<PartnerCredential> &issued) {
                    setBusy(false);
                    m_simulate->setEnabled(true);
                    if (!issued.ok()) {
                        failCheck(issued.error);
                        return;
                    }
                    m_credential->setText(issued.value.key);
                    m_baseUrl->setText(issued.value.baseUrl);
                    m_baseUrl->setCursorPosition(0);
                });
        });
    }
    Retranslator::follow(this, [=, this] {
        setTitle(tr("Configure Justifacts"));
        setSubTitle(tr("Justifacts e-mails you a credential verification key. The ATS uses it, "
                       "with the base URL, to fetch Justifacts' packages."));
        m_credential->setAccessibleName(tr("Justifacts credential verification key"));
        m_key->setAccessibleName(tr("ATS API key"));
        m_baseUrl->setAccessibleName(tr("Staging base URL"));
        instructions->setText(
            tr("<ol><li>Paste the credential verification key and the staging base URL from "
               "Justifacts' e-mail.</li><li>Choose the ATS API key you share with Justifacts "
               "(the one you just created).</li><li>On Next, the ATS fetches Justifacts' "
               "packages to prove both ends work.</li></ol>"));
        card->setTitle(tr("From Justifacts"));
        credentialLabel->setText(tr("&Credential verification key:"));
        keyLabel->setText(tr("ATS API &key:"));
        baseUrlLabel->setText(tr("Staging &base URL:"));
        if (m_simulate)
            m_simulate->setText(tr("Get them from the simulated &Justifacts"));
        showKeys();
    });
    const auto changed = [this] {
        state()->setValue(u"baseUrl"_s, m_baseUrl->text().trimmed());
        state()->setValue(u"atsApiKeyId"_s, m_key->currentData().toString());
        invalidate();
    };
    connect(m_credential, &SecretLineEdit::textChanged, this, changed);
    connect(m_key, &QComboBox::currentIndexChanged, this, changed);
    connect(m_baseUrl, &QLineEdit::textChanged, this, changed);
    connect(m_baseUrl, &QLineEdit::textChanged, m_baseUrlHint, &EndpointHint::showFor);
}

void JustifactsSettingsPage::initializePage()
{
    if (m_baseUrl->text().isEmpty())
        m_baseUrl->setText(state()->value(u"baseUrl"_s));
    if (m_credential->text().isEmpty())
        m_credential->setText(state()->secret(credentialName));
    loadKeys();
}

void JustifactsSettingsPage::loadKeys()
{
    const QString wanted = state()->hasValue(u"atsApiKeyId"_s) ? state()->value(u"atsApiKeyId"_s)
                                                               : state()->value(u"atsKeyId"_s);
    m_key->clear();
    m_keys.clear();
    m_keysState = KeysState::Loading;
    showKeys();
    setupWizard()->context().service->listApiKeys(
        this, [this, wanted](const Outcome<QList<ApiKeyChoice>> &keys) {
            if (!keys.ok()) {
                m_keysState = KeysState::Failed;
                showKeys();
                failCheck(keys.error);
                return;
            }
            int preferred = -1;
            for (const ApiKeyChoice &key : keys.value) {
                if (key.revoked)
                    continue;
                m_keys << key;
                m_key->addItem(keyText(key), key.id);
                if (key.id == state()->value(u"atsKeyId"_s) || key.id == wanted)
                    preferred = m_key->count() - 1;
            }
            m_keysState = KeysState::Loaded;
            showKeys();
            m_key->setCurrentIndex(preferred);
        });
}

QString JustifactsSettingsPage::keyText(const ApiKeyChoice &key)
{
    return key.partner.isEmpty() ? key.title : tr("%1 (%2)").arg(key.title, key.partner);
}

void JustifactsSettingsPage::showKeys()
{
    switch (m_keysState) {
    case KeysState::Loading:
        m_key->setPlaceholderText(tr("Loading keys…"));
        break;
    case KeysState::Failed:
        m_key->setPlaceholderText(tr("Keys could not be loaded"));
        break;
    case KeysState::Loaded:
        m_key->setPlaceholderText(tr("No active key: go back and create one"));
        break;
    }
    for (int i = 0; i < m_key->count() && i < m_keys.size(); ++i)
        m_key->setItemText(i, keyText(m_keys.at(i)));
}

bool JustifactsSettingsPage::inputComplete() const
{
    return !m_credential->text().trimmed().isEmpty() && m_key->currentIndex() >= 0
        && EndpointCheck::isAcceptable(m_baseUrl->text());
}

void JustifactsSettingsPage::runCheck()
{
    const QString credential = m_credential->text().trimmed();
    setupWizard()->keepSecret(credentialName, credential);
    auto *service = setupWizard()->context().service;
    const QJsonObject settings{{u"baseUrl"_s, m_baseUrl->text().trimmed()},
                               {u"atsApiKeyId"_s, m_key->currentData().toString()}};
    setBusy(true, tr("Fetching Justifacts' packages…"));
    service->saveSetup(u"justifacts"_s, settings, {{credentialName, credential}}, this,
                       [this, service](const Outcome<Integration> &saved) {
        if (!saved.ok()) {
            failCheck(saved.error);
            return;
        }
        service->test(u"justifacts"_s, this, [this](const Outcome<IntegrationTestResult> &tested) {
            if (!tested.ok()) {
                failCheck(tested.error);
                return;
            }
            if (!tested.value.ok) {
                QStringList problems;
                for (const IntegrationCheck &check : tested.value.checks)
                    if (!check.ok)
                        problems << check.message;
                failCheck(problems.join(u' '));
                return;
            }
            QStringList packages;
            for (const AssessmentPackage &package : tested.value.packages)
                packages << package.name + u'\t' + package.description;
            state()->setValue(u"packages"_s, packages.join(u'\n'));
            passCheck();
        });
    });
}

} // namespace Tessera
