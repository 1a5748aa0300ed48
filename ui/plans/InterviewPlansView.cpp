#include "InterviewPlansView.h"

#include "ActivityCard.h"
#include "ActivityPicker.h"
#include "JobPicker.h"
#include "models/api/PlanProtocol.h"
#include "models/core/LoadStatus.h"
#include "models/core/DragIds.h"
#include "models/plans/PlanActivitiesDocument.h"
#include "models/plans/PlanPalette.h"
#include "models/reference/ReferenceData.h"
#include "models/workflows/ExternalWorkflowsModel.h"
#include "PaletteTree.h"
#include "PlanMime.h"
#include "StageColumn.h"
#include "ui/common/DataAgeLabel.h"
#include "ui/common/EmptyState.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PageHeader.h"
#include "ui/common/Spacing.h"
#include "ui/common/StateStack.h"
#include "ui/common/TextStyle.h"
#include "ui/common/VersionConflictDialog.h"
#include "ui/mapping/ExternalWorkflowDialog.h"
#include "ui/mapping/MappingEditBar.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QUndoStack>
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
    , m_settings(settings)
    , m_backendId(backendId)
    , m_header(new PageHeader({}, this))
    , m_jobs(new JobPicker(reference->jobs(), this))
    , m_jobLabel(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_draftBar(new QFrame(this))
    , m_draftText(new QLabel(m_draftBar))
    , m_restoreDraft(new QPushButton(m_draftBar))
    , m_discardDraft(new QPushButton(m_draftBar))
    , m_planNotice(new QLabel(this))
    , m_boardArea(new QScrollArea(this))
    , m_board(new QWidget(m_boardArea))
    , m_paletteTree(new PaletteTree(this))
    , m_paletteProblems(new QLabel(this))
    , m_noIntegrations(new EmptyState(this))
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

    m_draftBar->setObjectName(u"planDraftBar"_s);
    m_draftBar->setFrameShape(QFrame::StyledPanel);
    m_draftText->setWordWrap(true);
    auto *draftLayout = new QHBoxLayout(m_draftBar);
    draftLayout->addWidget(m_draftText, 1);
    draftLayout->addWidget(m_restoreDraft);
    draftLayout->addWidget(m_discardDraft);
    m_draftBar->hide();

    m_planNotice->setObjectName(u"planNotice"_s);
    m_planNotice->setWordWrap(true);
    m_planNotice->hide();
    m_board->setObjectName(u"planBoard"_s);
    auto *boardLayout = new QHBoxLayout(m_board);
    boardLayout->setContentsMargins(0, 0, 0, 0);
    boardLayout->setSpacing(Spacing::Normal);
    boardLayout->addStretch(1);
    m_boardArea->setObjectName(u"planBoardArea"_s);
    m_boardArea->setWidget(m_board);
    m_boardArea->setWidgetResizable(true);
    m_boardArea->setFrameShape(QFrame::NoFrame);
    // Tab goes to the stage columns and cards themselves (the area scrolls to the one focused);
    // the area as a focus stop would show no focus of its own.
    m_boardArea->setFocusPolicy(Qt::NoFocus);

    buildActions();

    auto *boardSide = new QWidget(this);
    auto *boardSideLayout = new QVBoxLayout(boardSide);
    Spacing::setGroupMargins(boardSideLayout);
    boardSideLayout->addWidget(m_planNotice);
    boardSideLayout->addWidget(m_boardArea, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"plansSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(boardSide);
    splitter->addWidget(buildPalettePane());
    // The stages take the room; the palette keeps its width.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({760, 320});

    m_editBar = new MappingEditBar({m_undoAction, m_redoAction, m_revertAction, m_saveAction},
                                   this);
    m_editBar->setObjectName(u"planEditBar"_s);
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    Spacing::setGroupMargins(contentLayout);
    contentLayout->addWidget(splitter, 1);
    contentLayout->addWidget(m_editBar);
    m_states = new StateStack(content, this);
    m_states->setObjectName(u"planStates"_s);

    auto *layout = new QVBoxLayout(this);
    Spacing::setPageMargins(layout);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(m_draftBar);
    layout->addWidget(m_states, 1);

    connect(m_restoreDraft, &QPushButton::clicked, this, [this] {
        m_document->restoreDraft();
        m_draftBar->hide();
        if (!m_columns.isEmpty())
            m_columns.constFirst()->setFocus();
    });
    connect(m_discardDraft, &QPushButton::clicked, this, [this] {
        m_document->discardDraft();
        m_draftBar->hide();
    });
    connect(m_document, &PlanActivitiesDocument::draftAvailable, m_draftBar, &QWidget::show);
    connect(m_document, &PlanActivitiesDocument::activitiesChanged, this,
            &InterviewPlansView::rebuildBoard);
    connect(m_document, &PlanActivitiesDocument::dirtyChanged, this,
            &InterviewPlansView::updateEditBar);
    connect(m_document, &PlanActivitiesDocument::saveStateChanged, this, [this] {
        updateEditBar();
        if (m_document->saveState() == PlanActivitiesDocument::SaveState::Failed)
            m_banner->showError(m_document->saveError(), false);
    });
    connect(m_document, &PlanActivitiesDocument::saved, this, [this] {
        m_banner->clear();
        updateEditBar();
    });
    connect(m_document, &PlanActivitiesDocument::conflictDetected, this,
            &InterviewPlansView::showConflict);
    connect(m_document->status(), &LoadStatus::stateChanged, this, [this] {
        if (m_document->status()->state() == LoadState::Failed)
            m_banner->showError(m_document->status()->lastError(), true);
        updateStates();
        rebuildBoard();
        updateEditBar();
    });
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this,
            &InterviewPlansView::updateEditBar);
    connect(m_palette, &PlanPalette::itemsChanged, this, &InterviewPlansView::updatePalette);
    connect(m_palette->status(), &LoadStatus::stateChanged, this,
            &InterviewPlansView::updatePalette);
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
    m_restoreDraft->setText(tr("&Yes, restore"));
    m_discardDraft->setText(tr("&Discard"));
    m_restoreDraft->setAccessibleName(tr("Restore the unsaved changes"));
    m_discardDraft->setAccessibleName(tr("Discard the unsaved changes"));
    m_draftText->setText(tr("You have unsaved changes to this plan's activities from an "
                            "earlier session. Restore them?"));
    m_boardArea->setAccessibleName(tr("Stages of the interview plan"));
    m_paletteCaption->setText(tr("&Palette"));
    m_paletteHint->setText(tr("Drag an activity onto a stage, or focus a stage and press "
                              "Insert."));
    m_noIntegrations->setText(tr("No enabled integration offers activities. Enable Justifacts "
                                 "(background checks) or Juro (contract workflows) in the "
                                 "Marketplace to add them to interview plans."));
    m_noIntegrations->setAction(tr("Open the Marketplace"));
    m_states->empty()->setText(tr("No job has an interview plan yet. Create a job with an "
                                  "interview plan in the ATS, then design its activities here."));
    m_editBar->revertButton()->setAccessibleName(tr("Revert to the saved plan"));
    m_editBar->saveButton()->setAccessibleName(tr("Save the plan's activities"));
    m_addAction->setText(tr("&Add activity…"));
    m_removeAction->setText(tr("&Remove activity"));
    m_moveToAction->setText(tr("&Move to stage…"));
    m_upAction->setText(tr("Move &up"));
    m_downAction->setText(tr("Move &down"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_saveAction->setText(tr("&Save"));
    m_revertAction->setText(tr("Re&vert to saved"));
    m_reloadAction->setText(tr("Re&load"));
    // The state-dependent texts, the palette and the cards are made again in the new language.
    updateStates();
    updateEditBar();
    updatePalette();
    rebuildBoard();
}

QWidget *InterviewPlansView::buildPalettePane()
{
    auto *pane = new QWidget(this);
    pane->setObjectName(u"planPalette"_s);
    m_paletteCaption = new QLabel(pane);
    TextStyle::apply(m_paletteCaption, TextStyle::Role::Section);
    m_paletteCaption->setBuddy(m_paletteTree);
    m_paletteHint = new QLabel(pane);
    m_paletteHint->setWordWrap(true);
    TextStyle::apply(m_paletteHint, TextStyle::Role::Caption);
    m_paletteProblems->setObjectName(u"paletteProblems"_s);
    m_paletteProblems->setWordWrap(true);
    m_paletteProblems->hide();
    m_noIntegrations->setObjectName(u"planNoIntegrations"_s);
    m_noIntegrations->hide();
    connect(m_noIntegrations, &EmptyState::actionTriggered, this,
            [this] { Q_EMIT marketplaceRequested({}); });
    auto *layout = new QVBoxLayout(pane);
    Spacing::setGroupMargins(layout);
    layout->addWidget(m_paletteCaption);
    layout->addWidget(m_paletteHint);
    layout->addWidget(m_paletteProblems);
    layout->addWidget(m_paletteTree, 1);
    layout->addWidget(m_noIntegrations, 1);
    pane->setMinimumWidth(320);
    return pane;
}

void InterviewPlansView::buildActions()
{
    const auto make = [](const QString &text, const QList<QKeySequence> &keys, QWidget *owner,
                         Qt::ShortcutContext context) {
        auto *action = new QAction(text, owner);
        action->setShortcuts(keys);
        action->setShortcutContext(context);
        owner->addAction(action);
        return action;
    };
    // The card and stage keys act where the keyboard is: on the board.
    m_addAction = make({}, {QKeySequence(Qt::Key_Insert)}, m_boardArea,
                       Qt::WidgetWithChildrenShortcut);
    m_removeAction = make({}, {QKeySequence::Delete}, m_boardArea,
                          Qt::WidgetWithChildrenShortcut);
    m_moveToAction = make({}, {QKeySequence(Qt::CTRL | Qt::Key_M)},
                          m_boardArea, Qt::WidgetWithChildrenShortcut);
    m_upAction = make({}, {QKeySequence(Qt::ALT | Qt::Key_Up)}, m_boardArea,
                      Qt::WidgetWithChildrenShortcut);
    m_downAction = make({}, {QKeySequence(Qt::ALT | Qt::Key_Down)}, m_boardArea,
                        Qt::WidgetWithChildrenShortcut);
    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (QAction *action : {m_undoAction, m_redoAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_saveAction = make({}, {QKeySequence(Qt::CTRL | Qt::Key_S)}, this,
                        Qt::WidgetWithChildrenShortcut);
    m_revertAction = make({}, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
                          this, Qt::WidgetWithChildrenShortcut);
    m_reloadAction = make({}, {QKeySequence(Qt::Key_F5)}, this,
                          Qt::WidgetWithChildrenShortcut);
    m_boardArea->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_addAction, &QAction::triggered, this, [this] { openAddPicker(focusedStageId()); });
    connect(m_removeAction, &QAction::triggered, this, &InterviewPlansView::removeFocused);
    connect(m_moveToAction, &QAction::triggered, this, &InterviewPlansView::showMoveToMenu);
    connect(m_upAction, &QAction::triggered, this, [this] { reorderFocused(-1); });
    connect(m_downAction, &QAction::triggered, this, [this] { reorderFocused(1); });
    connect(m_saveAction, &QAction::triggered, m_document, &PlanActivitiesDocument::save);
    connect(m_revertAction, &QAction::triggered, m_document, &PlanActivitiesDocument::revert);
    connect(m_reloadAction, &QAction::triggered, this, [this] {
        m_document->reload();
        m_palette->load();
    });
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
    m_draftBar->hide();
    if (m_conflict)
        m_conflict->close();
    if (m_document->interviewPlanId() != job->defaultInterviewPlanId
        || m_document->status()->state() == LoadState::Failed) {
        m_stages = m_reference->stages(job->defaultInterviewPlanId);
        watchStages();
        m_stages->ensureLoaded();
        m_document->load(job->defaultInterviewPlanId);
    }
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

QString InterviewPlansView::groupTitle(const InterviewStage &stage) const
{
    const StageGroup *group = m_reference->stageGroups()->find(stage.groupId);
    return group ? group->title : QString();
}

QString InterviewPlansView::stageTitle(const QString &stageId) const
{
    const InterviewStage *stage = m_stages ? m_stages->find(stageId) : nullptr;
    return stage ? stage->title : stageId;
}

StageColumn *InterviewPlansView::column(const QString &stageId) const
{
    for (StageColumn *column : m_columns)
        if (column->stageId() == stageId)
            return column;
    return nullptr;
}

ActivityCard *InterviewPlansView::card(const QString &activityId) const
{
    for (StageColumn *column : m_columns)
        for (ActivityCard *card : column->cards())
            if (card->activityId() == activityId)
                return card;
    return nullptr;
}

// The board is rebuilt from the document after every change; the keyboard stays on the same
// card or stage (by id).
void InterviewPlansView::rebuildBoard()
{
    QString focusActivity = m_focusActivity;
    QString focusStage = m_focusStage;
    const bool hadFocus = m_board->isAncestorOf(QApplication::focusWidget());
    if (hadFocus && focusActivity.isEmpty() && focusStage.isEmpty()) {
        focusActivity = focusedActivityId();
        focusStage = focusedStageId();
    }
    m_focusActivity.clear();
    m_focusStage.clear();

    auto *layout = static_cast<QHBoxLayout *>(m_board->layout());
    for (StageColumn *column : std::as_const(m_columns)) {
        layout->removeWidget(column);
        column->hide();
        // A drop or a Fix button of this column may still be on the stack.
        column->deleteLater();
    }
    m_columns.clear();

    const bool ready = m_stages && m_stages->status()->hasLoaded()
        && m_document->status()->state() == LoadState::Ready;
    if (ready) {
        QWidget *previous = m_jobs;
        for (const InterviewStage &stage : m_stages->records()) {
            if (stage.isArchive())
                continue;
            auto *column = new StageColumn(stage.id, stage.title, groupTitle(stage), m_board);
            for (const PlanAutomation &automation : m_document->automations())
                if (automation.interviewStageId == stage.id
                    && (automation.jobId.isEmpty() || automation.jobId == m_jobId))
                    column->addAutomation(automation,
                                          m_palette->integrationName(automation.integrationId));
            for (const PlanActivity &activity : m_document->activitiesOn(stage.id)) {
                auto *card = new ActivityCard(activity,
                                              m_palette->integrationName(activity.integrationId));
                connect(card, &ActivityCard::fixRequested, this, &InterviewPlansView::fix);
                column->addCard(card);
            }
            column->setDropHandler([this](const QMimeData *mime, const QString &stageId,
                                          int index) { return dropOnStage(mime, stageId, index); });
            connect(column, &StageColumn::addRequested, this, &InterviewPlansView::openAddPicker);
            layout->insertWidget(layout->count() - 1, column);
            // Shown now, not by the layout later: the keyboard can go to it at once.
            column->show();
            m_columns.append(column);
            // Tab goes through the columns left to right, each with its cards.
            setTabOrder(previous, column);
            previous = column;
            for (ActivityCard *card : column->cards()) {
                setTabOrder(previous, card);
                previous = card;
                for (QPushButton *button : card->fixButtons()) {
                    setTabOrder(previous, button);
                    previous = button;
                }
            }
            setTabOrder(previous, column->addButton());
            previous = column->addButton();
        }
    }
    const bool empty = ready && m_document->activities().isEmpty();
    m_planNotice->setText(
        tr("This plan has no activities yet. An activity is a step a partner runs when a "
           "candidate reaches a stage, such as a Justifacts background check or a Juro contract "
           "workflow. Drag one from the palette onto a stage, or focus a stage and press Insert."));
    m_planNotice->setVisible(empty);

    if (ActivityCard *focusCard = card(focusActivity))
        focusCard->setFocus();
    else if (StageColumn *focusColumn = column(focusStage))
        focusColumn->setFocus();
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

void InterviewPlansView::updateEditBar()
{
    if (!m_editBar)
        return;
    const bool ready = m_document->status()->state() == LoadState::Ready;
    const int unsaved = m_document->unsavedCount();
    const QString changes = unsaved == 1 ? tr("1 unsaved change")
                                         : tr("%n unsaved changes", nullptr, unsaved);
    QString status;
    switch (m_document->saveState()) {
    case PlanActivitiesDocument::SaveState::Saving:
        status = tr("Saving…");
        break;
    case PlanActivitiesDocument::SaveState::Conflict:
        status = tr("Changed by someone else");
        break;
    case PlanActivitiesDocument::SaveState::Failed:
        status = tr("Not saved: %1").arg(changes);
        break;
    case PlanActivitiesDocument::SaveState::Idle:
        if (ready)
            status = m_document->isDirty()
                       ? changes
                       : tr("All changes saved · version %1").arg(m_document->version());
        break;
    }
    m_editBar->setStatus(status);
    m_saveAction->setEnabled(ready && m_document->isDirty()
                             && m_document->saveState() != PlanActivitiesDocument::SaveState::Saving);
    m_revertAction->setEnabled(ready && m_document->isDirty());
}

void InterviewPlansView::updatePalette()
{
    m_paletteTree->setItems(m_palette->items());
    const bool none = m_palette->integrationsLoaded() && m_palette->offering().isEmpty();
    m_noIntegrations->setVisible(none);
    m_paletteTree->setVisible(!none);
    const QStringList problems = m_palette->problems();
    m_paletteProblems->setText(problems.join(u'\n'));
    m_paletteProblems->setVisible(!problems.isEmpty());
}

QString InterviewPlansView::focusedActivityId() const
{
    for (QWidget *widget = QApplication::focusWidget(); widget; widget = widget->parentWidget())
        if (auto *card = qobject_cast<ActivityCard *>(widget))
            return card->activityId();
    return {};
}

QString InterviewPlansView::focusedStageId() const
{
    for (QWidget *widget = QApplication::focusWidget(); widget; widget = widget->parentWidget())
        if (auto *column = qobject_cast<StageColumn *>(widget))
            return column->stageId();
    return {};
}

bool InterviewPlansView::dropOnStage(const QMimeData *mime, const QString &stageId, int index)
{
    if (m_document->status()->state() != LoadState::Ready)
        return false;
    const QString activityId = DragIds::decode(mime, PlanMime::activity()).value(0);
    if (!activityId.isEmpty()) {
        const auto placement = m_document->placement(activityId);
        if (!placement)
            return false;
        // The drop position counts the dragged card where it still is.
        if (placement->activity.interviewStageId == stageId && placement->index < index)
            --index;
        m_focusActivity = activityId;
        const bool moved = m_document->move(activityId, stageId, index);
        if (!moved)
            m_focusActivity.clear();
        return moved;
    }
    const QString key = DragIds::decode(mime, PlanMime::paletteItem()).value(0);
    return !key.isEmpty() && addItem(key, stageId, index);
}

bool InterviewPlansView::addItem(const QString &key, const QString &stageId, int index)
{
    const auto item = m_palette->item(key);
    if (!item || stageId.isEmpty())
        return false;
    if (item->isRefused()) {
        m_banner->showMessage(StatusPalette::Status::Attention, item->refusal());
        return false;
    }
    const auto apply = [this, item = *item, stageId, index] {
        m_focusActivity.clear();
        const QString id = m_document->add(item, stageId, index);
        if (!id.isEmpty() && card(id))
            card(id)->setFocus();
    };
    if (m_document->hasDuplicate(stageId, item->kind, item->configId)) {
        ask(tr("Add it a second time?"),
            tr("%1 already has \"%2\". Candidates would go through it twice. Add it anyway?")
                .arg(stageTitle(stageId), item->title),
            tr("&Add anyway"), apply);
        return true;
    }
    apply();
    return true;
}

void InterviewPlansView::ask(const QString &title, const QString &text, const QString &acceptText,
                             const std::function<void()> &apply)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    box->setObjectName(u"planQuestionBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(acceptText, QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(yes);
    connect(yes, &QPushButton::clicked, this, [apply] { apply(); });
    box->open();
}

void InterviewPlansView::openAddPicker(const QString &stageId)
{
    if (stageId.isEmpty() || m_document->status()->state() != LoadState::Ready) {
        m_banner->showMessage(StatusPalette::Status::Attention,
                              tr("Focus a stage first (Tab to it), then press Insert to add an "
                                 "activity there."));
        return;
    }
    if (m_palette->items().isEmpty()) {
        m_banner->showMessage(StatusPalette::Status::Unavailable,
                              tr("There is nothing to add yet: enable Justifacts or Juro in the "
                                 "Marketplace."));
        return;
    }
    auto *picker = new ActivityPicker(tr("Add an activity to %1").arg(stageTitle(stageId)),
                                      tr("&Activities"), m_palette->items(), tr("&Add"), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &ActivityPicker::chosen, this, [this, stageId](const QString &key) {
        m_focusStage = stageId;
        addItem(key, stageId);
    });
    picker->open();
}

void InterviewPlansView::removeFocused()
{
    const QString id = focusedActivityId();
    const auto placement = m_document->placement(id);
    if (!placement)
        return;
    // The keyboard goes to the next card, else the stage.
    const QList<PlanActivity> siblings = m_document->activitiesOn(placement->activity.interviewStageId);
    if (placement->index + 1 < siblings.size())
        m_focusActivity = siblings.at(placement->index + 1).id;
    else if (placement->index > 0)
        m_focusActivity = siblings.at(placement->index - 1).id;
    m_focusStage = placement->activity.interviewStageId;
    if (!m_document->remove(id)) {
        m_focusActivity.clear();
        m_focusStage.clear();
    }
}

void InterviewPlansView::reorderFocused(int delta)
{
    const QString id = focusedActivityId();
    m_focusActivity = id;
    if (id.isEmpty() || !m_document->reorder(id, delta))
        m_focusActivity.clear();
}

void InterviewPlansView::showMoveToMenu()
{
    const QString id = focusedActivityId();
    const auto placement = m_document->placement(id);
    if (!placement)
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(u"moveToStageMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setTitle(tr("Move %1 to").arg(placement->activity.title));
    for (StageColumn *column : std::as_const(m_columns)) {
        QAction *action = menu->addAction(column->title());
        action->setData(column->stageId());
        action->setEnabled(column->stageId() != placement->activity.interviewStageId);
        connect(action, &QAction::triggered, this, [this, id, stageId = column->stageId()] {
            m_focusActivity = id;
            if (!m_document->move(id, stageId))
                m_focusActivity.clear();
        });
    }
    ActivityCard *from = card(id);
    menu->popup(from ? from->mapToGlobal(QPoint(0, from->height())) : QCursor::pos());
}

void InterviewPlansView::fix(const QString &activityId, const QString &problemCode)
{
    const auto placement = m_document->placement(activityId);
    if (!placement)
        return;
    if (problemCode == QLatin1StringView(Protocol::ActivityProblem::packageWithdrawn)) {
        choosePackage(activityId);
    } else if (problemCode == QLatin1StringView(Protocol::ActivityProblem::integrationDisabled)) {
        Q_EMIT marketplaceRequested(placement->activity.integrationId);
    } else if (problemCode == QLatin1StringView(Protocol::ActivityProblem::wrongEntryPoint)) {
        editWorkflow(activityId);
    } else if (problemCode == QLatin1StringView(Protocol::ActivityProblem::stageArchived)) {
        if (ActivityCard *from = card(activityId))
            from->setFocus();
        showMoveToMenu();
    } else {
        m_focusStage = placement->activity.interviewStageId;
        m_document->remove(activityId);
    }
}

void InterviewPlansView::choosePackage(const QString &activityId)
{
    const auto placement = m_document->placement(activityId);
    if (!placement)
        return;
    const QList<PaletteItem> packages = m_palette->packagesOf(placement->activity.integrationId);
    if (packages.isEmpty()) {
        m_banner->showMessage(StatusPalette::Status::Unavailable,
                              tr("%1 offers no packages right now; remove this activity or try "
                                 "again later.")
                                  .arg(m_palette->integrationName(placement->activity.integrationId)));
        return;
    }
    auto *picker = new ActivityPicker(tr("Choose another package"),
                                      tr("&Packages of %1")
                                          .arg(m_palette->integrationName(
                                              placement->activity.integrationId)),
                                      packages, tr("&Use this package"), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &ActivityPicker::chosen, this, [this, activityId](const QString &key) {
        const auto item = m_palette->item(key);
        if (!item)
            return;
        m_focusActivity = activityId;
        if (!m_document->changeConfig(activityId, item->configId, item->title))
            m_focusActivity.clear();
    });
    picker->open();
}

void InterviewPlansView::editWorkflow(const QString &activityId)
{
    const auto placement = m_document->placement(activityId);
    ExternalWorkflowsModel *model =
        placement ? m_palette->workflowsOf(placement->activity.integrationId) : nullptr;
    const ExternalWorkflow *workflow =
        model ? model->workflowById(placement->activity.configId()) : nullptr;
    if (!workflow) {
        m_banner->showMessage(StatusPalette::Status::Attention,
                              tr("The workflow is not loaded yet; try again in a moment."));
        return;
    }
    auto *dialog = new ExternalWorkflowDialog(model, workflow, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectEntryPoint(u"interviewPlanActivity"_s);
    connect(dialog, &ExternalWorkflowDialog::workflowSaved, this, [this] {
        m_palette->load();
        // The backend computes the problems when the plan is read.
        if (!m_document->isDirty())
            m_document->reload();
        else
            m_banner->showMessage(StatusPalette::Status::Ok,
                                  tr("The workflow's entry point is changed. Save the plan to "
                                     "see its problems checked again."));
    });
    dialog->open();
}

QString InterviewPlansView::describe(const QList<PlanActivity> &activities) const
{
    QStringList lines;
    for (StageColumn *column : m_columns)
        for (const PlanActivity &activity : activities)
            if (activity.interviewStageId == column->stageId())
                lines << tr("%1: %2 (%3)").arg(column->title(), activity.title,
                                               m_palette->integrationName(activity.integrationId));
    return lines.isEmpty() ? tr("(no activities)") : lines.join(u'\n');
}

void InterviewPlansView::showConflict()
{
    if (m_conflict)
        m_conflict->close();
    const QList<PlanActivity> ours = m_document->activities();
    const QList<PlanActivity> theirs = m_document->serverState().activities;
    const QString name = m_jobs->currentText();
    const int version = m_document->serverState().version;
    m_conflict = new VersionConflictDialog(
        version,
        [this, name, version, ours, theirs] {
            return VersionConflictDialog::Texts{
                tr("The plan was changed by someone else"),
                tr("Someone saved the activities of %1 (now version %2) while you were editing "
                   "them. Reload their version and lose your unsaved changes, or overwrite "
                   "theirs with yours. Compare shows both.")
                    .arg(name)
                    .arg(version),
                describe(ours), describe(theirs), tr("Your activities"), tr("Their activities")};
        },
        this);
    m_conflict->setObjectName(u"planConflictDialog"_s);
    m_conflict->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_conflict, &VersionConflictDialog::reloadChosen, m_document,
            &PlanActivitiesDocument::resolveReload);
    connect(m_conflict, &VersionConflictDialog::overwriteChosen, m_document,
            &PlanActivitiesDocument::resolveOverwrite);
    m_conflict->open();
}

} // namespace Tessera
