#include "PartnerStepPage.h"

#include "EnableWizard.h"
#include "EndpointCheck.h"
#include "EndpointHint.h"
#include "models/integrations/IntegrationService.h"
#include "models/integrations/SetupState.h"
#include "ui/common/Card.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/SecretLineEdit.h"
#include "ui/common/Spacing.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

PartnerStepPage::PartnerStepPage(EnableWizard *wizard, Config config)
    : CheckedPage(wizard)
    , m_config(std::move(config))
    , m_result(new QLabel(this))
{
    setObjectName(m_config.objectName);
    setTitle(m_config.title);
    setSubTitle(m_config.subTitle);
    auto *instructions = new QLabel(m_config.instructions, this);
    instructions->setWordWrap(true);
    instructions->setTextFormat(Qt::RichText);
    auto *card = new Card(tr("In %1").arg(wizard->integration().name), this);
    card->setObjectName(u"instructionsCard"_s);
    card->body()->addWidget(instructions);
    body()->addWidget(card);

    auto *form = new QFormLayout;
    Spacing::setGroupMargins(form);
    for (const CopyRow &row : std::as_const(m_config.copyRows)) {
        if (row.kind == CopyRow::Kind::Secret) {
            auto *secret = new SecretLineEdit(this);
            secret->setAccessibleName(row.label);
            secret->setReadOnly(true);
            form->addRow(row.label + u':', secret);
            m_copySecrets.append({secret, row});
            continue;
        }
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setAccessibleName(row.label);
        value->setWordWrap(true);
        m_copyLabels.append({value, row});
        if (row.kind == CopyRow::Kind::Fixed) {
            form->addRow(row.label + u':', value);
            continue;
        }
        auto *copy = new QPushButton(tr("Copy"), this);
        copy->setAccessibleName(tr("Copy %1").arg(row.label));
        auto *line = new QHBoxLayout;
        line->addWidget(value, 1);
        line->addWidget(copy);
        form->addRow(row.label + u':', line);
        connect(copy, &QPushButton::clicked, this, [row] {
            QGuiApplication::clipboard()->setText(row.value());
        });
    }
    for (const Field &field : std::as_const(m_config.fields)) {
        if (field.secret) {
            auto *edit = new SecretLineEdit(this);
            edit->setObjectName(field.name);
            edit->setAccessibleName(field.label);
            edit->setCopyable(true);
            form->addRow(field.label + u':', edit);
            m_secretEdits.insert(field.name, edit);
            connect(edit, &SecretLineEdit::textChanged, this, [this, field](const QString &text) {
                storeField(field, text);
            });
        } else {
            auto *edit = new QLineEdit(this);
            edit->setObjectName(field.name);
            edit->setAccessibleName(field.label);
            form->addRow(field.label + u':', edit);
            m_lineEdits.insert(field.name, edit);
            EndpointHint *hint = nullptr;
            if (field.url) {
                edit->setPlaceholderText(u"https://…"_s);
                hint = new EndpointHint(this);
                form->addRow(QString(), hint);
            }
            connect(edit, &QLineEdit::textChanged, this, [this, field, hint](const QString &text) {
                if (hint)
                    hint->showFor(text);
                storeField(field, text);
            });
        }
    }
    body()->addLayout(form);

    if (wizard->hasPartnerConsole() && m_config.simulate) {
        m_simulate = new QPushButton(m_config.simulateLabel, this);
        m_simulate->setObjectName(u"simulateButton"_s);
        m_simulate->setToolTip(tr("Only on a sandbox: the sandbox's stand-in for the partner "
                                  "does what you would do on the partner's website."));
        auto *row = new QHBoxLayout;
        row->addWidget(m_simulate);
        row->addStretch(1);
        body()->addLayout(row);
        connect(m_simulate, &QPushButton::clicked, this, [this] {
            m_simulate->setEnabled(false);
            banner()->clear();
            setBusy(true, tr("Working in the simulated partner…"));
            m_config.simulate(this);
        });
    } else if (!m_config.confirmLabel.isEmpty()) {
        m_confirm = new QCheckBox(m_config.confirmLabel, this);
        m_confirm->setObjectName(u"confirmStep"_s);
        body()->addWidget(m_confirm);
        connect(m_confirm, &QCheckBox::toggled, this, [this] { invalidate(); });
    }
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setObjectName(u"stepResult"_s);
    body()->addWidget(m_result);
}

void PartnerStepPage::initializePage()
{
    for (auto it = m_lineEdits.begin(); it != m_lineEdits.end(); ++it)
        if (it.value()->text().isEmpty())
            it.value()->setText(state()->value(it.key()));
    for (auto it = m_secretEdits.begin(); it != m_secretEdits.end(); ++it)
        if (it.value()->text().isEmpty())
            it.value()->setText(state()->secret(it.key()));
    for (const auto &[label, row] : std::as_const(m_copyLabels))
        label->setText(row.value());
    for (const auto &[secret, row] : std::as_const(m_copySecrets))
        secret->setText(row.value());
}

QString PartnerStepPage::fieldText(const QString &name) const
{
    if (const auto *edit = m_lineEdits.value(name))
        return edit->text().trimmed();
    if (const auto *edit = m_secretEdits.value(name))
        return edit->text().trimmed();
    return {};
}

void PartnerStepPage::setFieldText(const QString &name, const QString &value)
{
    if (auto *plain = m_lineEdits.value(name)) {
        plain->setText(value);
        plain->setCursorPosition(0); // the start of an address says most
    }
    else if (auto *secret = m_secretEdits.value(name))
        secret->setText(value);
}

void PartnerStepPage::storeField(const Field &field, const QString &value)
{
    if (field.secret)
        state()->setSecret(field.name, value.trimmed());
    else
        state()->setValue(field.name, value.trimmed());
    invalidate();
}

void PartnerStepPage::setResult(const QString &html)
{
    m_result->setText(html);
}

void PartnerStepPage::simulationFinished(bool ok)
{
    setBusy(false);
    m_simulated = ok;
    if (m_simulate)
        m_simulate->setEnabled(true);
    invalidate();
}

bool PartnerStepPage::inputComplete() const
{
    for (const Field &field : m_config.fields) {
        const QString text = fieldText(field.name);
        if (text.isEmpty() || (field.url && !EndpointCheck::isAcceptable(text)))
            return false;
    }
    if (m_confirm && !m_confirm->isChecked())
        return false;
    return true;
}

void PartnerStepPage::runCheck()
{
    if (m_config.check)
        m_config.check(this);
    else
        passCheck();
}

void PartnerStepPage::passWhenTestPasses(const QString &checkId, const QString &busyText,
                                         const QString &notYet)
{
    setBusy(true, busyText);
    setupWizard()->context().service->test(
        setupWizard()->integrationId(), this,
        [this, checkId, notYet](const Outcome<IntegrationTestResult> &tested) {
            if (!tested.ok()) {
                failCheck(tested.error);
                return;
            }
            const IntegrationCheck *check = tested.value.check(checkId);
            if (check && check->ok)
                passCheck();
            else
                failCheck(check ? check->message : notYet);
        });
}

} // namespace Tessera
