#include "MoveStageDialog.h"

#include "models/core/LoadStatus.h"
#include "models/plans/StagesModel.h"
#include "models/reference/ArchiveReasonsModel.h"
#include "models/reference/ReferenceData.h"
#include "ui/common/FormRow.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Retranslator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

MoveStageDialog::MoveStageDialog(ReferenceData *reference, const QList<Application> &applications,
                                 const QString &applicationId, QWidget *parent)
    : QDialog(parent)
    , m_applications(applications)
    , m_stages(new StagesModel(reference, this))
    , m_reasons(new ArchiveReasonsModel(reference->archiveReasons(), this))
    , m_form(new QFormLayout)
    , m_applicationCombo(new QComboBox(this))
    , m_applicationLabel(new QLabel(this))
    , m_stageCombo(new QComboBox(this))
    , m_reasonCombo(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"moveStageDialog"_s);
    for (const Application &item : applications)
        m_applicationCombo->addItem(QString(), item.id);
    m_applicationCombo->setCurrentIndex(std::max(0, m_applicationCombo->findData(applicationId)));
    m_applicationCombo->setObjectName(u"applicationCombo"_s);
    m_applicationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stageCombo->setObjectName(u"stageCombo"_s);
    m_stageCombo->setModel(m_stages);
    m_reasonCombo->setObjectName(u"archiveReasonCombo"_s);
    m_reasonCombo->setModel(m_reasons);
    m_hint->setObjectName(u"moveStageHint"_s);
    m_hint->setWordWrap(true);
    // Room for two lines from the start, so the dialog does not jump (or clip) as hints change.
    m_hint->setMinimumHeight(2 * m_hint->fontMetrics().lineSpacing());
    m_hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    const bool several = applications.size() > 1;
    QLabel *applicationLabel = FormRow::add(
        m_form, several ? static_cast<QWidget *>(m_applicationCombo) : m_applicationLabel);
    (several ? static_cast<QWidget *>(m_applicationLabel) : m_applicationCombo)->hide();
    QLabel *stageLabel = FormRow::add(m_form, m_stageCombo);
    QLabel *reasonLabel = FormRow::add(m_form, m_reasonCombo);
    m_form->setRowVisible(m_reasonCombo, false);
    Retranslator::follow(this, [=, this] {
        setWindowTitle(tr("Move to stage"));
        setAccessibleName(tr("Move to stage"));
        for (int i = 0; i < m_applications.size(); ++i)
            m_applicationCombo->setItemText(i, tr("%1 — now in %2")
                                                   .arg(m_applications.at(i).jobTitle,
                                                        m_applications.at(i).currentStage.title));
        m_applicationLabel->setText(m_applicationCombo->currentText());
        m_applicationCombo->setAccessibleName(tr("Application"));
        m_stageCombo->setAccessibleName(tr("Stage"));
        m_stageCombo->setPlaceholderText(tr("Choose a stage"));
        m_reasonCombo->setAccessibleName(tr("Archive reason"));
        m_reasonCombo->setPlaceholderText(tr("Choose a reason"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Move"));
        m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Move"));
        applicationLabel->setText(tr("&Application:"));
        stageLabel->setText(tr("&Stage:"));
        reasonLabel->setText(tr("Archive &reason:"));
        validate(); // the hint
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_hint);
    layout->addWidget(m_banner);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &MoveStageDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MoveStageDialog::reject);
    connect(m_applicationCombo, &QComboBox::currentIndexChanged, this,
            &MoveStageDialog::onApplicationChanged);
    connect(m_stageCombo, &QComboBox::currentIndexChanged, this, &MoveStageDialog::validate);
    connect(m_reasonCombo, &QComboBox::currentIndexChanged, this, &MoveStageDialog::validate);
    connect(m_stages, &StagesModel::stateChanged, this, &MoveStageDialog::onStagesStateChanged);
    connect(m_reasons->status(), &LoadStatus::stateChanged, this,
            &MoveStageDialog::onReasonsStateChanged);
    connect(m_banner, &MessageBanner::retryRequested, this, [this] {
        if (m_stages->state() == LoadState::Failed)
            m_stages->reload();
        if (m_reasons->status()->state() == LoadState::Failed)
            m_reasons->reload();
    });
    m_focusStagesWhenReady = !several; // the stage list takes the focus once it is enabled
    onApplicationChanged();
    if (several)
        m_applicationCombo->setFocus();
}

const Application *MoveStageDialog::application() const
{
    const qsizetype index = m_applicationCombo->currentIndex();
    return index >= 0 && index < m_applications.size() ? &m_applications.at(index) : nullptr;
}

QString MoveStageDialog::applicationId() const
{
    const Application *current = application();
    return current ? current->id : QString();
}

QString MoveStageDialog::stageId() const
{
    const InterviewStage *stage = m_stages->stage(m_stageCombo->currentIndex());
    return stage ? stage->id : QString();
}

bool MoveStageDialog::needsArchiveReason() const
{
    const InterviewStage *stage = m_stages->stage(m_stageCombo->currentIndex());
    return stage && stage->isArchive();
}

QString MoveStageDialog::archiveReasonId() const
{
    if (!needsArchiveReason() || m_reasonCombo->currentIndex() < 0)
        return {};
    return m_reasonCombo->currentData(ArchiveReasonsModel::IdRole).toString();
}

bool MoveStageDialog::isValid() const
{
    const Application *current = application();
    const QString stage = stageId();
    if (!current || stage.isEmpty() || stage == current->currentStage.id)
        return false;
    return !needsArchiveReason() || !archiveReasonId().isEmpty();
}

void MoveStageDialog::accept()
{
    if (!isValid())
        return;
    Q_EMIT moveRequested(applicationId(), stageId(), archiveReasonId());
    QDialog::accept();
}

void MoveStageDialog::onApplicationChanged()
{
    const Application *current = application();
    m_applicationLabel->setText(m_applicationCombo->currentText());
    m_stages->setCurrentStageId(current ? current->currentStage.id : QString());
    m_stages->load(current ? current->currentStage.interviewPlanId : QString());
    m_stageCombo->setCurrentIndex(-1);
    validate();
}

void MoveStageDialog::onStagesStateChanged()
{
    if (m_stages->state() == LoadState::Ready) {
        m_stageCombo->setCurrentIndex(-1); // a combo box picks the first row of a new model
        if (std::exchange(m_focusStagesWhenReady, false)) {
            m_stageCombo->setEnabled(true);
            m_stageCombo->setFocus();
        }
    }
    showLoadError();
    validate();
}

void MoveStageDialog::onReasonsStateChanged()
{
    if (m_reasons->status()->state() == LoadState::Ready)
        m_reasonCombo->setCurrentIndex(-1); // a reason is a choice, never a default
    showLoadError();
    validate();
}

void MoveStageDialog::showLoadError()
{
    const ApiError error = m_stages->state() == LoadState::Failed ? m_stages->lastError()
                                                                   : m_reasons->status()->lastError();
    if (error.isError())
        m_banner->showError(error);
    else
        m_banner->clear();
}

void MoveStageDialog::validate()
{
    const bool archive = needsArchiveReason();
    m_form->setRowVisible(m_reasonCombo, archive);
    if (archive && m_reasons->status()->state() == LoadState::Idle)
        m_reasons->load();
    m_stageCombo->setEnabled(m_stages->state() == LoadState::Ready);
    m_reasonCombo->setEnabled(m_reasons->status()->state() == LoadState::Ready);

    QString hint;
    const Application *current = application();
    if (m_stages->state() == LoadState::Loading)
        hint = tr("Loading the stages of this interview plan…");
    else if (archive && m_reasons->status()->state() == LoadState::Loading)
        hint = tr("Loading archive reasons…");
    else if (m_stages->state() == LoadState::Ready && stageId().isEmpty())
        hint = tr("Choose the stage to move this application to.");
    else if (archive && archiveReasonId().isEmpty())
        hint = tr("Archiving needs a reason. Choose one to continue.");
    else if (current && isValid())
        hint = tr("“%1” moves from %2 to %3.")
                   .arg(current->jobTitle, current->currentStage.title,
                        m_stages->stage(m_stageCombo->currentIndex())->title);
    m_hint->setText(hint);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isValid());
}

} // namespace Tessera
