#include "FinishPage.h"

#include "CheckText.h"
#include "EnableWizard.h"
#include "models/integrations/IntegrationService.h"
#include "models/integrations/SetupState.h"
#include "ui/common/Card.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"
#include "ui/common/StatusChip.h"
#include "ui/common/TextStyle.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

FinishPage::FinishPage(EnableWizard *wizard, Summary summary)
    : CheckedPage(wizard)
    , m_summary(std::move(summary))
    , m_headline(new QLabel(this))
    , m_created(new Card(QString(), this))
    , m_createdForm(new QFormLayout)
    , m_checks(new Card(QString(), this))
    , m_checkGrid(new QGridLayout)
    , m_partnerNote(new QLabel(this))
    , m_nextRow(new QHBoxLayout)
    , m_retry(new QPushButton(this))
{
    setObjectName(u"finishPage"_s);
    setFinalPage(true);
    m_headline->setObjectName(u"finishResult"_s);
    m_headline->setWordWrap(true);
    TextStyle::apply(m_headline, TextStyle::Role::Section);
    m_created->setObjectName(u"createdCard"_s);
    Spacing::setGroupMargins(m_createdForm);
    m_created->body()->addLayout(m_createdForm);
    m_checks->setObjectName(u"checksCard"_s);
    Spacing::setGroupMargins(m_checkGrid);
    m_checkGrid->setColumnStretch(1, 1);
    m_checks->body()->addLayout(m_checkGrid);
    m_partnerNote->setObjectName(u"partnerNote"_s);
    m_partnerNote->setWordWrap(true);
    m_partnerNote->setTextFormat(Qt::RichText);
    m_retry->setObjectName(u"retryButton"_s);
    m_retry->hide();
    Spacing::setGroupMargins(m_nextRow);
    m_nextRow->addWidget(m_retry);
    m_nextRow->addStretch(1);
    body()->addWidget(m_headline);
    body()->addWidget(m_created);
    body()->addWidget(m_checks);
    body()->addWidget(m_partnerNote);
    body()->addLayout(m_nextRow);
    m_created->hide();
    m_checks->hide();
    connect(m_retry, &QPushButton::clicked, this, &FinishPage::enableAndTest);
    Retranslator::follow(this, [this] { retranslate(); });
}

void FinishPage::retranslate()
{
    setTitle(tr("Enable %1").arg(setupWizard()->integration().name));
    setSubTitle(tr("Tessera enables the integration and tests both ends of the connection."));
    m_created->setTitle(tr("Created in this setup"));
    m_retry->setText(tr("&Try again"));
    if (m_result)
        showResult();
    // The next steps' buttons keep their place (and the focus); only their words change.
    const QList<NextStep> steps = m_done ? nextSteps(setupWizard()->integration())
                                         : QList<NextStep>();
    for (int i = 0; i < m_nextRow->count() - 2 && i < steps.size(); ++i)
        if (auto *button = qobject_cast<QPushButton *>(m_nextRow->itemAt(i)->widget()))
            button->setText(steps.at(i).text);
}

QString FinishPage::stepTitle()
{
    return tr("Enable and check");
}

QList<FinishPage::NextStep> FinishPage::nextSteps(const Integration &integration)
{
    QList<NextStep> steps;
    // A partner with workflows is added to plans through a workflow, so that comes first.
    if (integration.capabilities.externalWorkflows)
        return {NextStep{tr("Add a %1 workflow").arg(integration.name), u"field-mappings"_s}};
    if (integration.capabilities.takesMapping())
        steps << NextStep{tr("Review the field mappings"), u"field-mappings"_s};
    if (!integration.capabilities.activityKinds.isEmpty())
        steps << NextStep{tr("Add %1 to an interview plan").arg(integration.name),
                          u"interview-plans"_s};
    return steps;
}

void FinishPage::initializePage()
{
    enableAndTest();
}

QStringList FinishPage::createdItems() const
{
    QStringList items;
    for (int row = 0; row < m_createdForm->rowCount(); ++row) {
        const auto *label = qobject_cast<QLabel *>(
            m_createdForm->itemAt(row, QFormLayout::LabelRole)->widget());
        const auto *value = qobject_cast<QLabel *>(
            m_createdForm->itemAt(row, QFormLayout::FieldRole)->widget());
        if (label && value)
            items << label->text() + u' ' + value->text();
    }
    return items;
}

QString FinishPage::checkedAtText() const
{
    return m_checks->isHidden() ? QString() : m_checks->title();
}

void FinishPage::enableAndTest()
{
    m_done = false;
    m_result.reset();
    m_retry->hide();
    m_headline->clear();
    m_partnerNote->clear();
    m_checks->hide();
    showNextSteps();
    setBusy(true, tr("Enabling %1…").arg(setupWizard()->integration().name));
    const QString id = setupWizard()->integrationId();
    auto *service = setupWizard()->context().service;
    service->enable(id, {}, this, [this, id, service](const Outcome<Integration> &enabled) {
        if (!enabled.ok()) {
            failCheck(enabled.error);
            m_retry->show();
            return;
        }
        setupWizard()->setIntegration(enabled.value);
        setBusy(true, tr("Testing both ends…"));
        service->test(id, this, [this](const Outcome<IntegrationTestResult> &tested) {
            setBusy(false);
            if (!tested.ok()) {
                failCheck(tested.error);
                m_retry->show();
                return;
            }
            m_result = tested.value;
            m_checkedAt = QTime::currentTime();
            showResult();
            m_retry->setVisible(!tested.value.ok);
            m_done = true;
            showNextSteps();
            Q_EMIT completeChanged();
        });
    });
}

void FinishPage::showResult()
{
    const IntegrationTestResult &result = *m_result;
    const QString name = setupWizard()->integration().name;
    m_headline->setText(result.ok ? tr("%1 is enabled and every check passed.").arg(name)
                                  : tr("%1 is enabled, but a check failed. Fix it and try again, "
                                       "or finish and fix it later from the marketplace.")
                                        .arg(name));
    showCreated();
    clearLayout(m_checkGrid);
    int row = 0;
    for (const IntegrationCheck &check : result.checks) {
        const CheckText::Shown shown = CheckText::describe(check, name, state());
        auto *chip = new StatusChip(m_checks);
        chip->setStatus(shown.status, shown.word);
        QLabel *label = wrappedLabel(shown.label, m_checks);
        label->setObjectName(u"check-"_s + check.id);
        label->setAccessibleName(shown.word + u": "_s + shown.label);
        m_checkGrid->addWidget(chip, row, 0, Qt::AlignTop);
        m_checkGrid->addWidget(label, row, 1);
        ++row;
        if (!shown.detail.isEmpty()) {
            QLabel *detail = wrappedLabel(shown.detail, m_checks);
            TextStyle::apply(detail, TextStyle::Role::Caption);
            m_checkGrid->addWidget(detail, row++, 1);
        }
    }
    m_checks->setTitle(tr("Checked at %1")
                           .arg(QLocale().toString(m_checkedAt, QLocale::ShortFormat)));
    m_checks->show();
    m_partnerNote->setText(m_summary ? m_summary(result) : QString());
    m_partnerNote->setVisible(!m_partnerNote->text().isEmpty());
}

void FinishPage::showCreated()
{
    while (m_createdForm->rowCount() > 0)
        m_createdForm->removeRow(0);
    const auto add = [this](const QString &what, const QString &value) {
        auto *field = wrappedLabel(value, m_created);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_createdForm->addRow(new QLabel(what, m_created), field);
    };
    if (state()->hasValue(u"atsKeyTitle"_s))
        add(tr("ATS API key:"), state()->value(u"atsKeyTitle"_s));
    if (state()->hasValue(u"webhookId"_s))
        add(tr("ATS webhook:"), tr("%1 (ID %2)").arg(state()->value(u"webhookLabel"_s),
                                                      state()->value(u"webhookId"_s)));
    if (state()->hasValue(u"listenerId"_s))
        add(tr("Listener in %1:").arg(setupWizard()->integration().name),
            tr("%1, stage %2 (ID %3)").arg(state()->value(u"workflow"_s),
                                            state()->value(u"stageTitle"_s),
                                            state()->value(u"listenerId"_s)));
    m_created->setVisible(m_createdForm->rowCount() > 0);
}

void FinishPage::showNextSteps()
{
    // Everything but the retry button and the stretch after it.
    while (m_nextRow->count() > 2) {
        QLayoutItem *item = m_nextRow->takeAt(0);
        delete item->widget();
        delete item;
    }
    if (!m_done)
        return;
    const QList<NextStep> steps = nextSteps(setupWizard()->integration());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        auto *button = new QPushButton(steps.at(i).text, this);
        button->setObjectName(u"nextStep-"_s + steps.at(i).view);
        const QString view = steps.at(i).view;
        connect(button, &QPushButton::clicked, this, [this, view] {
            Q_EMIT setupWizard()->nextStepRequested(view);
            setupWizard()->accept();
        });
        m_nextRow->insertWidget(int(i), button);
    }
}

void FinishPage::clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace Tessera
