#include "PartnerStepPage.h"

#include "EnableWizard.h"
#include "EndpointCheck.h"
#include "EndpointHint.h"
#include "models/integrations/IntegrationService.h"
#include "models/integrations/SetupState.h"
#include "ui/common/Card.h"
#include "ui/common/FormRow.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Retranslator.h"
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

PartnerStepPage::PartnerStepPage(EnableWizard *wizard, std::function<Config()> config)
    : CheckedPage(wizard)
    , m_makeConfig(std::move(config))
    , m_config(m_makeConfig())
    , m_instructions(new QLabel(this))
    , m_card(new Card(QString(), this))
    , m_result(new QLabel(this))
{
    setObjectName(m_config.objectName);
    m_instructions->setWordWrap(true);
    m_instructions->setTextFormat(Qt::RichText);
    m_card->setObjectName(u"instructionsCard"_s);
    m_card->body()->addWidget(m_instructions);
    body()->addWidget(m_card);

    auto *form = new QFormLayout;
    Spacing::setGroupMargins(form);
    for (qsizetype i = 0; i < m_config.copyRows.size(); ++i) {
        CopyWidgets row;
        if (m_config.copyRows.at(i).kind == CopyRow::Kind::Secret) {
            row.secret = new SecretLineEdit(this);
            row.secret->setReadOnly(true);
            row.label = FormRow::add(form, row.secret);
            m_copyRows << row;
            continue;
        }
        row.value = new QLabel(this);
        row.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.value->setWordWrap(true);
        if (m_config.copyRows.at(i).kind == CopyRow::Kind::Fixed) {
            row.label = FormRow::add(form, row.value);
            m_copyRows << row;
            continue;
        }
        row.copy = new QPushButton(this);
        auto *line = new QHBoxLayout;
        line->addWidget(row.value, 1);
        line->addWidget(row.copy);
        row.label = FormRow::add(form, line, row.copy);
        m_copyRows << row;
        connect(row.copy, &QPushButton::clicked, this, [this, i] {
            QGuiApplication::clipboard()->setText(m_config.copyRows.at(i).value());
        });
    }
    for (const Field &field : std::as_const(m_config.fields)) {
        if (field.secret) {
            auto *edit = new SecretLineEdit(this);
            edit->setObjectName(field.name);
            edit->setCopyable(true);
            m_fieldLabels << FormRow::add(form, edit);
            m_secretEdits.insert(field.name, edit);
            connect(edit, &SecretLineEdit::textChanged, this, [this, field](const QString &text) {
                storeField(field, text);
            });
        } else {
            auto *edit = new QLineEdit(this);
            edit->setObjectName(field.name);
            m_fieldLabels << FormRow::add(form, edit);
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
        m_simulate = new QPushButton(this);
        m_simulate->setObjectName(u"simulateButton"_s);
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
        m_confirm = new QCheckBox(this);
        m_confirm->setObjectName(u"confirmStep"_s);
        body()->addWidget(m_confirm);
        connect(m_confirm, &QCheckBox::toggled, this, [this] { invalidate(); });
    }
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setObjectName(u"stepResult"_s);
    body()->addWidget(m_result);
    Retranslator::follow(this, [this] { retranslate(); });
}

void PartnerStepPage::retranslate()
{
    const Config words = m_makeConfig();
    m_config.title = words.title;
    m_config.subTitle = words.subTitle;
    m_config.instructions = words.instructions;
    m_config.simulateLabel = words.simulateLabel;
    m_config.confirmLabel = words.confirmLabel;
    for (qsizetype i = 0; i < m_config.copyRows.size() && i < words.copyRows.size(); ++i)
        m_config.copyRows[i] = words.copyRows.at(i); // a fixed value may be words too ("All")
    for (qsizetype i = 0; i < m_config.fields.size() && i < words.fields.size(); ++i)
        m_config.fields[i].label = words.fields.at(i).label;

    setTitle(m_config.title);
    setSubTitle(m_config.subTitle);
    m_instructions->setText(m_config.instructions);
    m_card->setTitle(tr("In %1").arg(setupWizard()->integration().name));
    for (qsizetype i = 0; i < m_copyRows.size(); ++i) {
        const CopyWidgets &row = m_copyRows.at(i);
        const QString &label = m_config.copyRows.at(i).label;
        row.label->setText(label + u':');
        if (row.secret)
            row.secret->setAccessibleName(label);
        if (row.value)
            row.value->setAccessibleName(label);
        if (row.copy) {
            row.copy->setText(tr("Copy"));
            row.copy->setAccessibleName(tr("Copy %1").arg(label));
        }
    }
    showCopyValues();
    for (qsizetype i = 0; i < m_fieldLabels.size(); ++i) {
        const Field &field = m_config.fields.at(i);
        m_fieldLabels.at(i)->setText(field.label + u':');
        if (QLineEdit *edit = m_lineEdits.value(field.name))
            edit->setAccessibleName(field.label);
        if (SecretLineEdit *edit = m_secretEdits.value(field.name))
            edit->setAccessibleName(field.label); // names its inner field too
    }
    if (m_simulate) {
        m_simulate->setText(m_config.simulateLabel);
        m_simulate->setToolTip(tr("Only on a sandbox: the sandbox's stand-in for the partner "
                                  "does what you would do on the partner's website."));
    }
    if (m_confirm)
        m_confirm->setText(m_config.confirmLabel);
    if (m_resultText)
        m_result->setText(m_resultText());
}

void PartnerStepPage::initializePage()
{
    for (auto it = m_lineEdits.begin(); it != m_lineEdits.end(); ++it)
        if (it.value()->text().isEmpty())
            it.value()->setText(state()->value(it.key()));
    for (auto it = m_secretEdits.begin(); it != m_secretEdits.end(); ++it)
        if (it.value()->text().isEmpty())
            it.value()->setText(state()->secret(it.key()));
    showCopyValues();
}

void PartnerStepPage::showCopyValues()
{
    for (qsizetype i = 0; i < m_copyRows.size(); ++i) {
        const QString value = m_config.copyRows.at(i).value();
        if (m_copyRows.at(i).secret)
            m_copyRows.at(i).secret->setText(value);
        else
            m_copyRows.at(i).value->setText(value);
    }
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

void PartnerStepPage::setResult(std::function<QString()> html)
{
    m_resultText = std::move(html);
    m_result->setText(m_resultText ? m_resultText() : QString());
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
