#include "SoraListenerPage.h"

#include "models/plans/AllStages.h"

#include "EnableWizard.h"
#include "EndpointCheck.h"
#include "EndpointHint.h"
#include "models/integrations/IntegrationService.h"
#include "models/integrations/PartnerConsole.h"
#include "models/integrations/SetupState.h"
#include "PartnerStepPage.h"
#include "ui/common/Card.h"
#include "ui/common/FormRow.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Retranslator.h"
#include "ui/common/SecretLineEdit.h"
#include "ui/common/Spacing.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
const QString endpointValue = u"endpointUrl"_s;
const QString secretName = u"soraSecretKey"_s;
} // namespace

SoraListenerPage::SoraListenerPage(EnableWizard *wizard)
    : CheckedPage(wizard)
    , m_workflow(new QLineEdit(tr("Onboarding"), this))
    , m_stage(new QComboBox(this))
    , m_endpoint(new QLineEdit(this))
    , m_secret(new SecretLineEdit(this))
    , m_endpointHint(new EndpointHint(this))
{
    setObjectName(u"soraListenerPage"_s);
    auto *instructions = new QLabel(this);
    instructions->setWordWrap(true);
    auto *card = new Card(QString(), this);
    card->setObjectName(u"instructionsCard"_s);
    card->body()->addWidget(instructions);
    body()->addWidget(card);
    m_workflow->setObjectName(u"workflow"_s);
    m_stage->setObjectName(u"stage"_s);
    m_endpoint->setObjectName(endpointValue);
    m_endpoint->setPlaceholderText(u"https://…"_s);
    m_secret->setObjectName(secretName);
    m_secret->setCopyable(true);
    auto *form = new QFormLayout;
    Spacing::setGroupMargins(form);
    QLabel *workflowLabel = FormRow::add(form, m_workflow);
    QLabel *stageLabel = FormRow::add(form, m_stage);
    QLabel *endpointLabel = FormRow::add(form, m_endpoint);
    form->addRow(QString(), m_endpointHint);
    QLabel *secretLabel = FormRow::add(form, m_secret);
    body()->addLayout(form);
    if (wizard->hasPartnerConsole()) {
        m_simulate = new QPushButton(this);
        m_simulate->setObjectName(u"simulateButton"_s);
        auto *row = new QHBoxLayout;
        row->addWidget(m_simulate);
        row->addStretch(1);
        body()->addLayout(row);
        connect(m_simulate, &QPushButton::clicked, this,
                &SoraListenerPage::addListenerInSimulatedSora);
        m_simulate->setEnabled(false); // until the stages are there to choose from
    }
    Retranslator::follow(this, [=, this] {
        setTitle(tr("Add the stage-change listener in Sora"));
        setSubTitle(tr("Sora imports a candidate as an employee and starts the workflow when "
                       "they enter the stage you choose."));
        instructions->setText(
            tr("<ol><li>In Sora, open <b>Workflows</b> and click <b>Manage workflow</b> on the "
               "workflow (usually Onboarding).</li><li>Click <b>Add listener</b>, choose Ashby, "
               "<b>Candidate stage change</b> and the stage below.</li><li>Copy the <b>Endpoint "
               "URL</b> and <b>Secret key</b> Sora shows into the fields below.</li></ol>"));
        card->setTitle(tr("In Sora"));
        m_workflow->setAccessibleName(tr("Sora workflow"));
        m_stage->setAccessibleName(tr("Stage"));
        m_endpoint->setAccessibleName(tr("Endpoint URL"));
        m_secret->setAccessibleName(tr("Secret key"));
        workflowLabel->setText(tr("&Workflow:"));
        stageLabel->setText(tr("S&tage:"));
        endpointLabel->setText(tr("&Endpoint URL:"));
        secretLabel->setText(tr("Secret &key:"));
        if (m_simulate)
            m_simulate->setText(tr("Add the listener in the simulated &Sora"));
        showStages();
    });
    const auto changed = [this] {
        state()->setValue(u"workflow"_s, m_workflow->text().trimmed());
        state()->setValue(u"stageId"_s, m_stage->currentData().toString());
        state()->setValue(u"stageTitle"_s, m_stage->currentText());
        state()->setValue(endpointValue, m_endpoint->text().trimmed());
        state()->setSecret(secretName, m_secret->text().trimmed());
        invalidate();
    };
    connect(m_workflow, &QLineEdit::textChanged, this, changed);
    connect(m_stage, &QComboBox::currentIndexChanged, this, changed);
    connect(m_endpoint, &QLineEdit::textChanged, this, changed);
    connect(m_endpoint, &QLineEdit::textChanged, m_endpointHint, &EndpointHint::showFor);
    connect(m_secret, &SecretLineEdit::textChanged, this, changed);
}

void SoraListenerPage::initializePage()
{
    if (state()->hasValue(endpointValue))
        m_endpoint->setText(state()->value(endpointValue));
    if (m_secret->text().isEmpty())
        m_secret->setText(state()->secret(secretName));
    if (m_stage->count() == 0 && !m_loadingStages)
        loadStages();
}

void SoraListenerPage::loadStages()
{
    m_loadingStages = true;
    m_stagesFailed = false;
    m_stage->setEnabled(false);
    showStages();
    AllStages::collect(
        setupWizard()->context().reference, this,
        [this](const Outcome<QList<StageChoice>> &stages) {
            m_loadingStages = false;
            m_stage->setEnabled(true);
            if (!stages.ok()) {
                m_stagesFailed = true;
                showStages();
                failCheck(stages.error);
                return;
            }
            m_stages = stages.value;
            const QString wanted = state()->value(u"stageId"_s);
            int preferred = -1;
            for (const StageChoice &stage : stages.value) {
                m_stage->addItem(stageText(stage), stage.id);
                if (stage.id == wanted || (wanted.isEmpty() && preferred < 0
                                           && stage.title == u"Offer"))
                    preferred = m_stage->count() - 1;
            }
            m_stage->setCurrentIndex(std::max(preferred, 0));
            if (m_simulate)
                m_simulate->setEnabled(m_stage->currentIndex() >= 0);
        });
}

void SoraListenerPage::addListenerInSimulatedSora()
{
    m_simulate->setEnabled(false);
    setBusy(true, tr("Adding the listener in the simulated Sora…"));
    setupWizard()->context().partnerConsole->soraAddListener(
        m_workflow->text().trimmed(), m_stage->currentData().toString(), this,
        [this](const Outcome<PartnerEndpoint> &added) {
            setBusy(false);
            m_simulate->setEnabled(true);
            if (!added.ok()) {
                failCheck(added.error);
                return;
            }
            state()->setValue(u"listenerId"_s, added.value.listenerId);
            m_endpoint->setText(added.value.url);
            m_endpoint->setCursorPosition(0);
            m_secret->setText(added.value.secret);
        });
}

QString SoraListenerPage::stageText(const StageChoice &stage)
{
    return tr("%1 — %2").arg(stage.title, stage.planTitle);
}

void SoraListenerPage::showStages()
{
    m_stage->setPlaceholderText(m_loadingStages ? tr("Loading stages…")
                                : m_stagesFailed ? tr("Stages could not be loaded")
                                                 : QString());
    for (int i = 0; i < m_stage->count() && i < m_stages.size(); ++i)
        m_stage->setItemText(i, stageText(m_stages.at(i)));
}

bool SoraListenerPage::inputComplete() const
{
    return !m_workflow->text().trimmed().isEmpty() && m_stage->currentIndex() >= 0
        && EndpointCheck::isAcceptable(m_endpoint->text()) && !m_secret->text().trimmed().isEmpty();
}

void SoraListenerPage::runCheck()
{
    setupWizard()->keepSecret(secretName, m_secret->text().trimmed());
    passCheck();
}

} // namespace Tessera
