#include "FieldMappingsView.h"

#include "models/core/LoadStatus.h"
#include "models/reference/RecordList.h"

#include "ColumnFitter.h"
#include "DriftMarkDelegate.h"
#include "ExternalWorkflowsPane.h"
#include "MappingEditBar.h"
#include "models/mapping/CandidateSuggestions.h"
#include "models/mapping/MappingDocument.h"
#include "models/mapping/MappingModel.h"
#include "models/mapping/MappingTargets.h"
#include "models/mapping/PreviewModel.h"
#include "models/mapping/SourceFieldsModel.h"
#include "PreviewPane.h"
#include "SourceFieldsPane.h"
#include "TransformChainEditor.h"
#include "ui/common/DataAgeLabel.h"
#include "ui/common/EmptyState.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PageHeader.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"
#include "ui/common/StateStack.h"
#include "ui/common/VersionConflictDialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

FieldMappingsView::FieldMappingsView(const Models &models, Settings *settings,
                                     const QString &backendId, QWidget *parent)
    : QWidget(parent)
    , m_integrations(models.integrations)
    , m_settings(settings)
    , m_backendId(backendId)
    , m_sources(models.sources)
    , m_document(models.document)
    , m_model(new MappingModel(m_document, m_sources, this))
    , m_preview(models.preview)
    , m_header(new PageHeader({}, this))
    , m_chooser(new QComboBox(this))
    , m_menuButton(new QToolButton(this))
    , m_banner(new MessageBanner(this))
    , m_draftBar(new QFrame(this))
    , m_draftText(new QLabel(m_draftBar))
    , m_restoreDraft(new QPushButton(m_draftBar))
    , m_discardDraft(new QPushButton(m_draftBar))
    , m_workflows(new ExternalWorkflowsPane(models.workflows, this))
    , m_sourcePane(new SourceFieldsPane(m_sources, this))
    , m_targetStatus(new QLabel(this))
    , m_targets(new QTableView(this))
    , m_chain(new TransformChainEditor(this))
    , m_previewPane(new PreviewPane(m_preview, models.suggestions, this))
{
    const QList<QObject *> owned{models.sources, models.document, models.preview,
                                 models.suggestions};
    for (QObject *model : owned)
        model->setParent(this);
    setObjectName(u"fieldMappingsView"_s);
    m_document->setDraftStore(settings, backendId);
    m_model->setReplaceConfirmation(
        [this](const QString &targetId, const std::function<void()> &apply) {
            askReplace(targetId, apply);
            return false;
        });

    m_chooser->setObjectName(u"mappingChooser"_s);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    rebuildChooser();
    connect(m_integrations, &ReferenceList::changed, this, &FieldMappingsView::rebuildChooser);
    connect(m_integrations, &ReferenceList::recordChanged, this,
            &FieldMappingsView::rebuildChooser);
    connect(m_integrations->status(), &LoadStatus::stateChanged, this,
            &FieldMappingsView::updateStates);
    auto *chooserLabel = new QLabel(this);
    chooserLabel->setBuddy(m_chooser);

    m_draftBar->setObjectName(u"mappingDraftBar"_s);
    m_draftBar->setFrameShape(QFrame::StyledPanel);
    m_draftText->setWordWrap(true);
    auto *draftLayout = new QHBoxLayout(m_draftBar);
    draftLayout->addWidget(m_draftText, 1);
    draftLayout->addWidget(m_restoreDraft);
    draftLayout->addWidget(m_discardDraft);
    m_draftBar->hide();

    buildActions();

    auto *suggest = new QPushButton(this);
    suggest->setObjectName(u"suggestMappings"_s);
    suggest->setAutoDefault(false);
    const auto followSuggest = [suggest, this] {
        suggest->setEnabled(m_suggestAction->isEnabled());
        suggest->setText(m_suggestAction->text());
        suggest->setToolTip(m_suggestAction->toolTip());
    };
    connect(m_suggestAction, &QAction::changed, suggest, followSuggest);
    connect(suggest, &QPushButton::clicked, m_suggestAction, &QAction::trigger);
    followSuggest();
    m_header->setObjectName(u"mappingHeader"_s);
    m_header->addAction(chooserLabel);
    m_header->addAction(m_chooser);
    m_header->addAction(suggest);
    m_header->addAction(m_menuButton);
    m_header->dataAge()->track(m_document->status());
    // The header's controls in the order they are shown (suggest is made after the panes).
    setTabOrder(m_chooser, suggest);
    setTabOrder(suggest, m_menuButton);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"mappingSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_sourcePane);
    splitter->addWidget(buildTargetSide());
    splitter->addWidget(m_previewPane);
    // The target table gets the most room; the sides keep what their content needs.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({235, 525, 270});

    m_editBar = new MappingEditBar({m_undoAction, m_redoAction, m_revertAction, m_saveAction},
                                   this);
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    Spacing::setGroupMargins(contentLayout);
    contentLayout->addWidget(splitter, 1);
    contentLayout->addWidget(m_editBar);
    m_states = new StateStack(content, this);
    m_states->setObjectName(u"mappingStates"_s);
    connect(m_states->empty(), &EmptyState::actionTriggered, this,
            &FieldMappingsView::marketplaceRequested);

    auto *layout = new QVBoxLayout(this);
    Spacing::setPageMargins(layout);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(m_draftBar);
    layout->addWidget(m_workflows);
    layout->addWidget(m_states, 1);
    m_workflows->hide();
    connect(m_workflows, &ExternalWorkflowsPane::mappingRequested, this,
            [this](const QString &target) {
                open(workflowIntegrationId(), target);
                // The table is disabled while the mapping loads; it takes the focus when ready.
                m_focusTargetsWhenReady = true;
                if (m_document->status()->state() == LoadState::Ready)
                    updateTargetStatus();
            });

    connect(m_chooser, &QComboBox::activated, this, [this](int index) {
        const QStringList key = m_chooser->itemData(index).toStringList();
        open(key.value(0), key.value(1));
    });
    connect(m_restoreDraft, &QPushButton::clicked, this, [this] {
        m_document->restoreDraft();
        m_draftBar->hide();
        m_targets->setFocus();
    });
    connect(m_discardDraft, &QPushButton::clicked, this, [this] {
        m_document->discardDraft();
        m_draftBar->hide();
        m_targets->setFocus();
    });
    connect(m_document, &MappingDocument::draftAvailable, this, [this] {
        m_draftBar->show();
    });
    connect(m_document->status(), &LoadStatus::stateChanged, this, [this] {
        updateStates();
        updateTargetStatus();
        updateTitle();
        showDocumentProblems();
        if (m_document->status()->state() == LoadState::Ready && !m_document->targetFields().isEmpty()
            && m_currentTarget.isEmpty())
            selectTarget(m_document->targetFields().constFirst().id);
        updateChain();
    });
    connect(m_sources->status(), &LoadStatus::stateChanged, this, &FieldMappingsView::updateTitle);
    connect(m_document, &MappingDocument::dirtyChanged, this, &FieldMappingsView::updateTitle);
    connect(m_document, &MappingDocument::rowChanged, this, &FieldMappingsView::updateTitle);
    connect(m_document, &MappingDocument::rowsReset, this, &FieldMappingsView::updateTitle);
    connect(m_document, &MappingDocument::saveStateChanged, this, [this] {
        updateTitle();
        if (m_document->saveState() == MappingDocument::SaveState::Failed)
            m_banner->showError(m_document->saveError(), false);
    });
    connect(m_document, &MappingDocument::saved, this, [this] {
        m_banner->clear();
        updateTitle();
        showDocumentProblems();
    });
    connect(m_document, &MappingDocument::conflictDetected, this,
            &FieldMappingsView::showConflict);
    connect(m_document, &MappingDocument::rowChanged, this, [this](const QString &targetId) {
        if (targetId == m_currentTarget)
            updateChain();
    });
    connect(m_document, &MappingDocument::rowsReset, this, &FieldMappingsView::updateChain);
    connect(m_chain, &TransformChainEditor::chainChanged, this, [this](const QJsonArray &chain) {
        if (!m_currentTarget.isEmpty())
            m_document->setTransforms(m_currentTarget, chain);
    });
    connect(m_banner, &MessageBanner::retryRequested, this, [this] {
        if (m_integrations->status()->state() == LoadState::Failed)
            m_integrations->refresh();
        if (m_sources->status()->state() == LoadState::Failed)
            m_sources->load();
        if (m_document->status()->state() == LoadState::Failed)
            m_document->reload();
    });
    Retranslator::follow(this, [this, chooserLabel] {
        setAccessibleName(tr("Field mappings"));
        m_header->setTitle(tr("Field mappings"));
        m_chooser->setAccessibleName(tr("Integration and target"));
        chooserLabel->setText(tr("&Mapping:"));
        m_restoreDraft->setText(tr("&Yes, restore"));
        m_discardDraft->setText(tr("&Discard"));
        m_restoreDraft->setAccessibleName(tr("Restore the unsaved changes"));
        m_discardDraft->setAccessibleName(tr("Discard the unsaved changes"));
        m_draftText->setText(tr("You have unsaved changes to this mapping from an earlier "
                                "session. Restore them?"));
        m_states->empty()->setText(
            tr("No mapping targets yet — enable an integration in the Marketplace."));
        m_states->empty()->setAction(tr("Open the Marketplace"));
        m_targetsCaption->setText(tr("&Target fields"));
        m_targets->setAccessibleName(tr("Target fields"));
        m_targets->setAccessibleDescription(tr("Press Enter to map the selected source field "
                                               "here, Delete to remove a mapping."));
        m_mapAction->setText(tr("&Map the selected source here"));
        m_mapToMenuAction->setText(tr("Map &to…"));
        m_removeAction->setText(tr("&Remove mapping"));
        m_saveAction->setText(tr("&Save"));
        m_revertAction->setText(tr("Re&vert to saved"));
        m_reloadAction->setText(tr("Re&load"));
        m_suggestAction->setText(tr("Suggest mappings"));
        m_suggestAction->setToolTip(tr("Map the unmapped target fields whose names match a "
                                       "source field, in one step that Undo takes back"));
        m_menuButton->setText(tr("More"));
        m_menuButton->setAccessibleName(tr("More mapping actions"));
        showUndoTexts();
        updateTitle();
        updateTargetStatus();
        updateStates();
        updateChain();
    });
}

void FieldMappingsView::showUndoTexts()
{
    // As QUndoStack's own actions name them: "Undo map Email", or "Undo" alone.
    const auto text = [](const QString &prefix, const QString &command) -> QString {
        return command.isEmpty() ? prefix : prefix + u' ' + command;
    };
    m_undoAction->setText(text(tr("&Undo"), m_document->undoStack()->undoText()));
    m_redoAction->setText(text(tr("&Redo"), m_document->undoStack()->redoText()));
}

QWidget *FieldMappingsView::buildTargetSide()
{
    auto *side = new QWidget(this);
    m_targetsCaption = new QLabel(side);
    m_targetsCaption->setBuddy(m_targets);
    m_targetStatus->setObjectName(u"targetStatus"_s);
    m_targetStatus->setWordWrap(true);
    m_targets->setObjectName(u"targetTable"_s);
    m_targets->setModel(m_model);
    m_targets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_targets->setSelectionMode(QAbstractItemView::SingleSelection);
    m_targets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_targets->setDragEnabled(true);
    m_targets->setAcceptDrops(true);
    m_targets->setDropIndicatorShown(true);
    m_targets->setDragDropMode(QAbstractItemView::DragDrop);
    m_targets->setDefaultDropAction(Qt::CopyAction);
    m_targets->setDragDropOverwriteMode(true);
    m_targets->setTabKeyNavigation(false);
    m_targets->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_targets->verticalHeader()->hide();
    m_targets->horizontalHeader()->setStretchLastSection(true);
    // Long names wrap onto a second line rather than being cut; rows grow to fit.
    m_targets->setWordWrap(true);
    m_targets->setTextElideMode(Qt::ElideRight);
    m_targets->setItemDelegate(new DriftMarkDelegate(m_targets));
    m_targets->verticalHeader()->setMinimumSectionSize(fontMetrics().height() + Spacing::Unit);
    QHeaderView *columns = m_targets->horizontalHeader();
    columns->setSectionResizeMode(MappingModel::RequiredColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(MappingModel::HiddenColumn, QHeaderView::ResizeToContents);
    new ColumnFitter(m_targets, {MappingModel::TargetColumn, MappingModel::SourceColumn,
                                 MappingModel::TransformsColumn});
    connect(m_targets->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_currentTarget = current.data(MappingModel::TargetIdRole).toString();
                updateChain();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the same target current across reloads (by id, never by index).
        const QString keep = m_currentTarget;
        m_currentTarget.clear();
        if (!selectTarget(keep) && m_model->rowCount() > 0)
            selectTarget(m_model->targetAt(0));
    });

    auto *chainBox = new QWidget(side);
    auto *chainLayout = new QVBoxLayout(chainBox);
    Spacing::setGroupMargins(chainLayout);
    chainLayout->addWidget(m_chain);

    auto *vertical = new QSplitter(Qt::Vertical, side);
    vertical->setChildrenCollapsible(false);
    auto *tableBox = new QWidget(vertical);
    auto *tableLayout = new QVBoxLayout(tableBox);
    Spacing::setGroupMargins(tableLayout);
    tableLayout->addWidget(m_targetsCaption);
    tableLayout->addWidget(m_targetStatus);
    tableLayout->addWidget(m_targets, 1);
    vertical->addWidget(tableBox);
    vertical->addWidget(chainBox);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({340, 320});

    auto *layout = new QVBoxLayout(side);
    Spacing::setGroupMargins(layout);
    layout->addWidget(vertical);
    return side;
}

void FieldMappingsView::buildActions()
{
    const auto make = [this](const QString &text, const QList<QKeySequence> &keys,
                             QWidget *owner, Qt::ShortcutContext context) {
        auto *action = new QAction(text, owner);
        action->setShortcuts(keys);
        action->setShortcutContext(context);
        owner->addAction(action);
        return action;
    };
    // Enter maps on the target table (the selected source onto this target) and, on the source
    // tree, opens Map to… — two widgets, so each lists only its own action.
    m_mapAction = make({}, {QKeySequence(Qt::Key_Return),
                                                             QKeySequence(Qt::Key_Enter)},
                       m_targets, Qt::WidgetShortcut);
    m_mapToMenuAction = make({}, {QKeySequence(Qt::Key_Return),
                                              QKeySequence(Qt::Key_Enter)},
                             m_sourcePane->tree(), Qt::WidgetShortcut);
    m_sourcePane->tree()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_removeAction = make({}, {QKeySequence::Delete}, m_targets,
                          Qt::WidgetShortcut);
    // Not QUndoStack::createUndoAction(): its "Undo" prefix could not follow a language switch.
    QUndoStack *stack = m_document->undoStack();
    m_undoAction = new QAction(this);
    m_redoAction = new QAction(this);
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &FieldMappingsView::showUndoTexts);
    connect(stack, &QUndoStack::redoTextChanged, this, &FieldMappingsView::showUndoTexts);
    m_undoAction->setEnabled(stack->canUndo());
    m_redoAction->setEnabled(stack->canRedo());
    m_undoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
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
    m_suggestAction = make({}, {}, this, Qt::WidgetWithChildrenShortcut);
    // The tables also list the view's actions in their context menus.
    m_targets->addAction(m_undoAction);
    m_targets->addAction(m_redoAction);

    connect(m_mapAction, &QAction::triggered, this, &FieldMappingsView::mapCurrent);
    connect(m_mapToMenuAction, &QAction::triggered, this, &FieldMappingsView::showMapToMenu);
    connect(m_removeAction, &QAction::triggered, this, &FieldMappingsView::removeCurrent);
    connect(m_saveAction, &QAction::triggered, m_document, &MappingDocument::save);
    connect(m_revertAction, &QAction::triggered, m_document, &MappingDocument::revert);
    connect(m_suggestAction, &QAction::triggered, this, &FieldMappingsView::suggestMappings);
    connect(m_reloadAction, &QAction::triggered, this, [this] {
        m_sources->load();
        m_document->reload();
    });

    // Undo, Redo, Revert and Save are buttons in the bar below; the menu has the rest.
    auto *menu = new QMenu(m_menuButton);
    menu->setObjectName(u"mappingMenu"_s);
    menu->addAction(m_mapAction);
    menu->addAction(m_removeAction);
    menu->addSeparator();
    menu->addAction(m_reloadAction);
    m_menuButton->setObjectName(u"mappingMenuButton"_s);
    m_menuButton->setMenu(menu);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
}

QMenu *FieldMappingsView::moreMenu() const
{
    return m_menuButton->menu();
}

void FieldMappingsView::start()
{
    m_started = true;
    m_integrations->ensureLoaded();
    if (!m_document->integrationId().isEmpty() || m_chooser->count() == 0)
        return;
    const QStringList first = m_chooser->itemData(0).toStringList();
    open(first.value(0), first.value(1));
}

// The chooser lists what the integrations' capabilities say can be mapped.
void FieldMappingsView::rebuildChooser()
{
    const QStringList shown = m_chooser->currentData().toStringList();
    QList<QStringList> keys;
    const QList<MappingTarget> targets = MappingTargets::of(m_integrations->records());
    for (const MappingTarget &choice : targets)
        keys << QStringList{choice.integrationId, choice.target};
    QList<QStringList> current;
    for (int i = 0; i < m_chooser->count(); ++i)
        current << m_chooser->itemData(i).toStringList();
    if (!m_document->integrationId().isEmpty())
        showWorkflowsFor(m_document->integrationId(), m_document->target());
    if (keys == current)
        return;
    const QSignalBlocker blocker(m_chooser);
    m_chooser->clear();
    for (const MappingTarget &choice : targets)
        m_chooser->addItem(choice.chooserText(), QStringList{choice.integrationId, choice.target});
    // The mapping being edited stays chosen; one the capabilities no longer list shows none.
    const QStringList open{m_document->integrationId(), m_document->target()};
    m_chooser->setCurrentIndex(int(keys.indexOf(m_document->integrationId().isEmpty() ? shown
                                                                                       : open)));
    if (m_started && m_document->integrationId().isEmpty() && !targets.isEmpty())
        start();
    updateStates();
}

// The integration whose capabilities list external workflows shows them above its mapping.
void FieldMappingsView::showWorkflowsFor(const QString &integrationId, const QString &target)
{
    const bool workflows = !integrationId.isEmpty() && integrationId == workflowIntegrationId();
    m_workflows->setVisible(workflows);
    if (workflows)
        m_workflows->start(integrationId);
    m_workflows->setShownTarget(workflows ? target : QString());
}

QString FieldMappingsView::workflowIntegrationId() const
{
    const Integration *workflows = MappingTargets::workflowIntegration(m_integrations->records());
    return workflows ? workflows->id : QString();
}

void FieldMappingsView::open(const QString &integrationId, const QString &target)
{
    for (int i = 0; i < m_chooser->count(); ++i)
        if (m_chooser->itemData(i).toStringList() == QStringList{integrationId, target})
            m_chooser->setCurrentIndex(i);
    if (m_sources->status()->state() == LoadState::Idle || m_sources->status()->state() == LoadState::Failed)
        m_sources->load();
    showWorkflowsFor(integrationId, target);
    if (m_document->integrationId() == integrationId && m_document->target() == target
        && m_document->status()->state() != LoadState::Failed)
        return;
    m_draftBar->hide();
    m_banner->clear();
    m_currentTarget.clear();
    m_document->load(integrationId, target);
}

QString FieldMappingsView::title() const
{
    return m_header->title();
}

// The header names the mapping; the bar under the editor says what is unsaved.
void FieldMappingsView::updateTitle()
{
    if (!m_editBar)
        return;
    const bool ready = m_document->status()->state() == LoadState::Ready;
    m_header->setSubtitle(ready && !m_document->targetLabel().isEmpty() ? m_chooser->currentText()
                                                                         : QString());
    m_editBar->showDocumentState(*m_document, m_document->unsavedCount(),
                                 m_document->isDefault()
                                     ? tr("Default mapping (not saved yet)")
                                     : tr("All changes saved · version %1")
                                           .arg(m_document->version()));
    m_saveAction->setEnabled(ready && m_document->saveState() != MappingDocument::SaveState::Saving
                             && (m_document->isDirty() || m_document->isDefault()));
    m_revertAction->setEnabled(ready && m_document->isDirty());
    m_suggestAction->setEnabled(ready && m_sources->status()->state() == LoadState::Ready
                                && m_document->rows().size() < m_document->targetFields().size());
}

// Loading, "nothing to map yet", or the editor (errors go to the banner above).
void FieldMappingsView::updateStates()
{
    if (!m_states)
        return;
    if (m_chooser->count() == 0) {
        if (m_integrations->status()->hasLoaded()) {
            m_states->showEmpty();
        } else if (m_integrations->status()->state() == LoadState::Failed) {
            m_banner->showError(m_integrations->status()->lastError(), true);
            m_states->showContent();
        } else {
            m_states->showLoading(tr("Loading the integrations…"));
        }
        return;
    }
    if (m_document->status()->state() == LoadState::Loading) {
        m_states->showLoading(tr("Loading the %1 mapping…").arg(m_chooser->currentText()));
        return;
    }
    m_states->showContent();
}

void FieldMappingsView::suggestMappings()
{
    const int mapped = m_document->suggestMappings(m_sources->fields());
    if (mapped == 0) {
        m_banner->showMessage(StatusPalette::Status::Unavailable,
                              tr("No unmapped target field matches a source field by name; map "
                                 "them by hand."));
        return;
    }
    m_banner->showMessage(StatusPalette::Status::Ok,
                          mapped == 1
                              ? tr("Mapped 1 field — Undo to take it back.")
                              : tr("Mapped %n fields — Undo to take them back.", nullptr, mapped));
}

void FieldMappingsView::updateTargetStatus()
{
    switch (m_document->status()->state()) {
    case LoadState::Idle:
        m_targetStatus->setText(tr("Choose a mapping above."));
        m_targetStatus->show();
        break;
    case LoadState::Loading:
        m_targetStatus->setText(tr("Loading the %1 mapping…").arg(m_chooser->currentText()));
        m_targetStatus->show();
        break;
    case LoadState::Failed:
        m_focusTargetsWhenReady = false;
        m_targetStatus->setText(tr("The mapping could not be loaded."));
        m_targetStatus->show();
        m_banner->showError(m_document->status()->lastError(), true);
        break;
    case LoadState::Ready:
        m_targetStatus->hide();
        break;
    }
    m_targets->setEnabled(m_document->status()->state() == LoadState::Ready);
    if (m_document->status()->state() == LoadState::Ready && m_focusTargetsWhenReady) {
        m_focusTargetsWhenReady = false;
        m_targets->setFocus();
    }
}

void FieldMappingsView::showDocumentProblems()
{
    if (m_document->status()->state() != LoadState::Ready || m_document->drift().isEmpty())
        return;
    QStringList messages;
    for (const MappingDrift &drift : m_document->drift())
        messages << drift.message;
    m_banner->showMessage(StatusPalette::Status::Attention,
                          tr("Some source fields changed since this mapping was saved; their "
                             "rows are marked in the Source column. %1")
                              .arg(messages.join(u' ')));
}

bool FieldMappingsView::selectTarget(const QString &targetId)
{
    const int row = m_model->rowOfTarget(targetId);
    if (row < 0)
        return false;
    m_targets->setCurrentIndex(m_model->index(row, MappingModel::TargetColumn));
    m_currentTarget = targetId;
    updateChain();
    return true;
}

void FieldMappingsView::updateChain()
{
    const auto target = m_document->targetField(m_currentTarget);
    if (!target || m_document->status()->state() != LoadState::Ready) {
        m_chain->setChain({}, tr("Choose a target field to edit how its value is shaped."), false);
        return;
    }
    const auto row = m_document->row(m_currentTarget);
    QString caption;
    if (!row)
        caption = tr("%1 is not mapped. Map a source field to it, or add a Constant, Default "
                     "or Join transform.").arg(target->label);
    else if (row->sourceField.isEmpty())
        caption = tr("Transforms for %1 (no source field)").arg(target->label);
    else
        caption = tr("Transforms for %1, from %2")
                      .arg(target->label, m_sources->label(row->sourceField));
    m_chain->setChain(row ? row->transforms : QJsonArray(), caption, true);
}

void FieldMappingsView::mapCurrent()
{
    const QString source = m_sourcePane->currentSourceId();
    const QString target = m_currentTarget;
    if (target.isEmpty())
        return;
    if (source.isEmpty()) {
        m_banner->showMessage(StatusPalette::Status::Attention,
                              tr("Select a source field on the left first, then press Enter on "
                                 "the target field."));
        return;
    }
    const auto existing = m_document->row(target);
    if (existing && existing->sourceField == source)
        return;
    const auto apply = [document = QPointer<MappingDocument>(m_document), target, source] {
        if (document)
            document->mapSource(target, source);
    };
    if (existing) {
        askReplace(target, apply);
        return;
    }
    apply();
}

void FieldMappingsView::removeCurrent()
{
    if (!m_currentTarget.isEmpty())
        m_document->unmap(m_currentTarget);
}

void FieldMappingsView::showMapToMenu()
{
    const QString source = m_sourcePane->currentSourceId();
    if (source.isEmpty() || m_document->status()->state() != LoadState::Ready)
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(u"mapToMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setTitle(tr("Map %1 to").arg(m_sources->label(source)));
    for (const TargetField &field : m_document->targetFields()) {
        const auto row = m_document->row(field.id);
        const QString text = row ? tr("%1 (now %2)").arg(field.label, m_sources->label(row->sourceField))
                                 : field.label;
        QAction *action = menu->addAction(text);
        action->setData(field.id);
        connect(action, &QAction::triggered, this, [this, id = field.id] {
            selectTarget(id);
            mapCurrent();
        });
    }
    QTreeView *tree = m_sourcePane->tree();
    const QRect rect = tree->visualRect(tree->currentIndex());
    menu->popup(tree->viewport()->mapToGlobal(rect.bottomLeft()));
}

void FieldMappingsView::askReplace(const QString &targetId, const std::function<void()> &apply)
{
    const auto target = m_document->targetField(targetId);
    const auto row = m_document->row(targetId);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Replace the mapping?"),
                                tr("%1 is already mapped from %2. Replace that mapping?")
                                    .arg(target ? target->label : targetId,
                                         row ? m_sources->label(row->sourceField) : QString()),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"replaceMappingBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(replace);
    connect(replace, &QPushButton::clicked, this, [apply] { apply(); });
    box->open();
}

void FieldMappingsView::showConflict()
{
    if (m_conflict)
        m_conflict->close();
    const MappingInfo &theirs = m_document->serverState();
    const QList<MappingRow> ours = m_document->rows();
    const QString name = m_chooser->currentText();
    const int version = theirs.version;
    m_conflict = new VersionConflictDialog(
        version,
        [name, version, ours, theirRows = theirs.rows] {
            return VersionConflictDialog::Texts{
                tr("The mapping was changed by someone else"),
                tr("Someone saved the %1 mapping (now version %2) while you were editing it. "
                   "Reload their version and lose your unsaved changes, or overwrite theirs "
                   "with yours. Compare shows both.")
                    .arg(name)
                    .arg(version),
                describe(ours), describe(theirRows), tr("Your rows"), tr("Their rows")};
        },
        this);
    m_conflict->setObjectName(u"mappingConflictDialog"_s);
    m_conflict->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_conflict, &VersionConflictDialog::reloadChosen, m_document,
            &MappingDocument::resolveReload);
    connect(m_conflict, &VersionConflictDialog::overwriteChosen, m_document,
            &MappingDocument::resolveOverwrite);
    m_conflict->open();
}

QString FieldMappingsView::describe(const QList<MappingRow> &rows)
{
    QStringList lines;
    for (const MappingRow &row : rows) {
        QString line = row.targetField + u" ← "_s
            + (row.sourceField.isEmpty() ? tr("(transforms only)") : row.sourceField);
        if (!row.transforms.isEmpty())
            line += u"  ["_s + Transforms::chainSummary(row.transforms) + u']';
        lines << line;
    }
    return lines.isEmpty() ? tr("(no rows)") : lines.join(u'\n');
}

} // namespace Tessera
