#include "InterviewPlansView.h"

#include "JobPicker.h"
#include "models/core/LoadStatus.h"
#include "models/plans/PlanActivitiesDocument.h"
#include "models/plans/PlanPalette.h"
#include "models/reference/ReferenceData.h"
#include "PlanBoard.h"
#include "PlanEditActions.h"
#include "PlanFixActions.h"
#include "PlanPalettePane.h"
#include "PlanSaveFlow.h"
#include "ui/common/DataAgeLabel.h"
#include "ui/common/EmptyState.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PageHeader.h"
#include "ui/common/Spacing.h"
#include "ui/common/StateStack.h"
#include "ui/mapping/MappingEditBar.h"

#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

InterviewPlansView::InterviewPlansView(ReferenceData *reference, PlanActivitiesDocument *document,
                                       PlanPalette *palette, Settings *settings,
                                       const QString &backendId, QWidget *parent)
    : QWidget(parent)
    , m_reference(reference)
    , m_document(document)
    , m_palette(palette)
    , m_header(new PageHeader({}, this))
    , m_jobs(new JobPicker(reference->jobs(), this))
    , m_jobLabel(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_planNotice(new QLabel(this))
    , m_board(new PlanBoard(document, palette, reference, m_jobs, this))
    , m_palettePane(new PlanPalettePane(palette, this))
    , m_edits(new PlanEditActions(document, palette, m_board, m_banner, this))
    , m_fixes(new PlanFixActions(document, palette, m_board, m_edits, m_banner, this))
    , m_saveFlow(new PlanSaveFlow(document, palette, m_board, m_jobs, m_banner,
                                  m_edits->undoAction(), m_edits->redoAction(), this))
{
    m_document->setParent(this);
    m_palette->setParent(this);
    setObjectName(u"interviewPlansView"_s);
    m_document->setDraftStore(settings, backendId);

    m_jobLabel->setBuddy(m_jobs);
    m_header->setObjectName(u"plansHeader"_s);
    m_header->addAction(m_jobLabel);
    m_header->addAction(m_jobs);
    m_header->dataAge()->track(m_document->status());
    connect(m_jobs, &JobPicker::jobChosen, this, [this](const QString &jobId) {
        openJob(jobId);
    });
    m_planNotice->setObjectName(u"planNotice"_s);
    m_planNotice->setWordWrap(true);
    m_planNotice->hide();

    auto *boardSide = new QWidget(this);
    auto *boardSideLayout = new QVBoxLayout(boardSide);
    Spacing::setGroupMargins(boardSideLayout);
    boardSideLayout->addWidget(m_planNotice);
    boardSideLayout->addWidget(m_board, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"plansSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(boardSide);
    splitter->addWidget(m_palettePane);
    // The stages take the room; the palette keeps its width.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({760, 320});

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    Spacing::setGroupMargins(contentLayout);
    contentLayout->addWidget(splitter, 1);
    contentLayout->addWidget(m_saveFlow->editBar());
    m_states = new StateStack(content, this);
    m_states->setObjectName(u"planStates"_s);

    auto *layout = new QVBoxLayout(this);
    Spacing::setPageMargins(layout);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(m_saveFlow->draftBar());
    layout->addWidget(m_states, 1);

    connect(m_fixes, &PlanFixActions::marketplaceRequested, this,
            &InterviewPlansView::marketplaceRequested);
    connect(m_document, &PlanActivitiesDocument::activitiesChanged, this,
            &InterviewPlansView::rebuildBoard);
    connect(m_document->status(), &LoadStatus::stateChanged, this, [this] {
        if (m_document->status()->state() == LoadState::Failed)
            m_banner->showError(m_document->status()->lastError(), true);
        updateStates();
        rebuildBoard();
        m_saveFlow->updateEditBar();
    });
    connect(m_palettePane, &PlanPalettePane::marketplaceRequested, this,
            [this] { Q_EMIT marketplaceRequested({}); });
    connect(m_reference->jobs()->status(), &LoadStatus::stateChanged, this, [this] {
        if (m_reference->jobs()->status()->state() == LoadState::Failed)
            m_banner->showError(m_reference->jobs()->status()->lastError(), true);
        if (m_activated && m_jobId.isEmpty() && m_jobs->count() > 0)
            openJob(m_jobs->itemData(0).toString());
        updateStates();
    });
    connect(m_reference->stageGroups(), &ReferenceList::changed, this,
            &InterviewPlansView::rebuildBoard);
    connect(m_banner, &MessageBanner::retryRequested, this, [this] {
        if (m_reference->jobs()->status()->state() == LoadState::Failed)
            m_reference->jobs()->refresh();
        if (m_stages && m_stages->status()->state() == LoadState::Failed)
            m_stages->refresh();
        if (m_document->status()->state() == LoadState::Failed)
            m_document->reload();
        m_palette->load();
    });
    retranslateUi();
}

MappingEditBar *InterviewPlansView::editBar() const { return m_saveFlow->editBar(); }
QFrame *InterviewPlansView::draftBar() const { return m_saveFlow->draftBar(); }
QPushButton *InterviewPlansView::restoreDraftButton() const { return m_saveFlow->restoreDraftButton(); }
QPushButton *InterviewPlansView::discardDraftButton() const { return m_saveFlow->discardDraftButton(); }
QScrollArea *InterviewPlansView::boardArea() const { return m_board; }
PaletteTree *InterviewPlansView::paletteTree() const { return m_palettePane->tree(); }
EmptyState *InterviewPlansView::noIntegrations() const { return m_palettePane->noIntegrations(); }
QList<StageColumn *> InterviewPlansView::columns() const { return m_board->columns(); }
StageColumn *InterviewPlansView::column(const QString &id) const { return m_board->column(id); }
ActivityCard *InterviewPlansView::card(const QString &id) const { return m_board->card(id); }
QAction *InterviewPlansView::addActivityAction() const { return m_edits->addAction(); }
QAction *InterviewPlansView::removeAction() const { return m_edits->removeAction(); }
QAction *InterviewPlansView::moveToAction() const { return m_edits->moveToAction(); }
QAction *InterviewPlansView::moveUpAction() const { return m_edits->moveUpAction(); }
QAction *InterviewPlansView::moveDownAction() const { return m_edits->moveDownAction(); }
QAction *InterviewPlansView::undoAction() const { return m_edits->undoAction(); }
QAction *InterviewPlansView::redoAction() const { return m_edits->redoAction(); }
QAction *InterviewPlansView::saveAction() const { return m_saveFlow->saveAction(); }
QAction *InterviewPlansView::revertAction() const { return m_saveFlow->revertAction(); }

bool InterviewPlansView::dropOnStage(const QMimeData *mime, const QString &stageId, int index)
{
    return m_edits->dropOnStage(mime, stageId, index);
}

bool InterviewPlansView::addItem(const QString &key, const QString &stageId, int index)
{
    return m_edits->addItem(key, stageId, index);
}

void InterviewPlansView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void InterviewPlansView::retranslateUi()
{
    m_header->setTitle(tr("Interview plans"));
    setAccessibleName(tr("Interview plans"));
    m_jobLabel->setText(tr("&Job:"));
    m_board->setAccessibleName(tr("Stages of the interview plan"));
    m_states->empty()->setText(tr("No job has an interview plan yet. Create a job with an "
                                  "interview plan in the ATS, then design its activities here."));
    m_edits->retranslateUi();
    m_saveFlow->retranslateUi();
    // The state-dependent texts and the cards are made again in the new language.
    updateStates();
    rebuildBoard();
}

void InterviewPlansView::start()
{
    m_started = true;
    if (isVisible())
        activate();
}

void InterviewPlansView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_started && !m_activated)
        activate();
}

void InterviewPlansView::activate()
{
    m_activated = true;
    m_reference->jobs()->ensureLoaded();
    m_reference->stageGroups()->ensureLoaded();
    m_palette->load();
    if (m_jobId.isEmpty() && m_jobs->count() > 0)
        openJob(m_jobs->itemData(0).toString());
    updateStates();
}

bool InterviewPlansView::openJob(const QString &jobId)
{
    const Job *job = m_reference->jobs()->find(jobId);
    if (!job || job->defaultInterviewPlanId.isEmpty())
        return false;
    m_jobs->selectJob(jobId);
    m_header->setSubtitle(job->title);
    if (m_jobId == jobId && m_document->status()->state() != LoadState::Failed)
        return true;
    m_jobId = jobId;
    m_banner->clear();
    m_saveFlow->closePlan();
    if (m_document->interviewPlanId() != job->defaultInterviewPlanId
        || m_document->status()->state() == LoadState::Failed) {
        m_stages = m_reference->stages(job->defaultInterviewPlanId);
        watchStages();
        m_stages->ensureLoaded();
        m_document->load(job->defaultInterviewPlanId);
    }
    m_board->setPlan(m_stages, m_jobId);
    rebuildBoard();
    updateStates();
    return true;
}

void InterviewPlansView::watchStages()
{
    delete m_stageWatch;
    m_stageWatch = new QObject(this);
    connect(m_stages, &ReferenceList::changed, m_stageWatch, [this] { rebuildBoard(); });
    connect(m_stages->status(), &LoadStatus::stateChanged, m_stageWatch, [this] {
        if (m_stages->status()->state() == LoadState::Failed)
            m_banner->showError(m_stages->status()->lastError(), true);
        rebuildBoard();
        updateStates();
    });
}

void InterviewPlansView::rebuildBoard()
{
    m_board->rebuild();
    m_planNotice->setText(
        tr("This plan has no activities yet. An activity is a step a partner runs when a "
           "candidate reaches a stage, such as a Justifacts background check or a Juro contract "
           "workflow. Drag one from the palette onto a stage, or focus a stage and press Insert."));
    m_planNotice->setVisible(m_board->isReady() && m_document->activities().isEmpty());
}

void InterviewPlansView::updateStates()
{
    if (!m_states)
        return;
    const LoadState jobs = m_reference->jobs()->status()->state();
    if (m_jobs->count() == 0) {
        if (m_reference->jobs()->status()->hasLoaded())
            m_states->showEmpty();
        else if (jobs == LoadState::Failed)
            m_states->showContent();
        else
            m_states->showLoading(tr("Loading the jobs…"));
        return;
    }
    const bool stagesLoading = m_stages && !m_stages->status()->hasLoaded()
        && m_stages->status()->state() != LoadState::Failed;
    if (m_document->status()->state() == LoadState::Loading || stagesLoading) {
        m_states->showLoading(tr("Loading the interview plan of %1…").arg(m_jobs->currentText()));
        return;
    }
    m_states->showContent();
}

} // namespace Tessera
