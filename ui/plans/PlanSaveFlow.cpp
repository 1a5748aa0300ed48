#include "PlanSaveFlow.h"

#include "JobPicker.h"
#include "models/core/LoadStatus.h"
#include "models/plans/PlanActivitiesDocument.h"
#include "models/plans/PlanPalette.h"
#include "PlanBoard.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/VersionConflictDialog.h"
#include "ui/mapping/MappingEditBar.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
QAction *makeAction(const QKeySequence &key, QWidget *owner)
{
    auto *action = new QAction(owner);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}
} // namespace

PlanSaveFlow::PlanSaveFlow(PlanActivitiesDocument *document, PlanPalette *palette,
                           PlanBoard *board, JobPicker *jobs, MessageBanner *banner,
                           QAction *undo, QAction *redo, QWidget *view)
    : QObject(view)
    , m_document(document)
    , m_palette(palette)
    , m_board(board)
    , m_jobs(jobs)
    , m_view(view)
    , m_save(makeAction(QKeySequence(Qt::CTRL | Qt::Key_S), view))
    , m_revert(makeAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), view))
    , m_reload(makeAction(QKeySequence(Qt::Key_F5), view))
    , m_editBar(new MappingEditBar({undo, redo, m_revert, m_save}, view))
    , m_draftBar(new QFrame(view))
    , m_draftText(new QLabel(m_draftBar))
    , m_restoreDraft(new QPushButton(m_draftBar))
    , m_discardDraft(new QPushButton(m_draftBar))
{
    m_editBar->setObjectName(u"planEditBar"_s);
    m_draftBar->setObjectName(u"planDraftBar"_s);
    m_draftBar->setFrameShape(QFrame::StyledPanel);
    m_draftText->setWordWrap(true);
    auto *draftLayout = new QHBoxLayout(m_draftBar);
    draftLayout->addWidget(m_draftText, 1);
    draftLayout->addWidget(m_restoreDraft);
    draftLayout->addWidget(m_discardDraft);
    m_draftBar->hide();

    connect(m_save, &QAction::triggered, document, &PlanActivitiesDocument::save);
    connect(m_revert, &QAction::triggered, document, &PlanActivitiesDocument::revert);
    connect(m_reload, &QAction::triggered, this, [this] {
        m_document->reload();
        m_palette->load();
    });
    connect(m_restoreDraft, &QPushButton::clicked, this, [this] {
        m_document->restoreDraft();
        m_draftBar->hide();
        if (!m_board->columns().isEmpty())
            m_board->columns().constFirst()->setFocus();
    });
    connect(m_discardDraft, &QPushButton::clicked, this, [this] {
        m_document->discardDraft();
        m_draftBar->hide();
    });
    connect(document, &PlanActivitiesDocument::draftAvailable, m_draftBar, &QWidget::show);
    connect(document, &PlanActivitiesDocument::dirtyChanged, this, &PlanSaveFlow::updateEditBar);
    connect(document, &PlanActivitiesDocument::saveStateChanged, this, [this, banner] {
        updateEditBar();
        if (m_document->saveState() == PlanActivitiesDocument::SaveState::Failed)
            banner->showError(m_document->saveError(), false);
    });
    connect(document, &PlanActivitiesDocument::saved, this, [this, banner] {
        banner->clear();
        updateEditBar();
    });
    connect(document, &PlanActivitiesDocument::conflictDetected, this,
            &PlanSaveFlow::showConflict);
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &PlanSaveFlow::updateEditBar);
}

void PlanSaveFlow::retranslateUi()
{
    m_restoreDraft->setText(tr("&Yes, restore"));
    m_discardDraft->setText(tr("&Discard"));
    m_restoreDraft->setAccessibleName(tr("Restore the unsaved changes"));
    m_discardDraft->setAccessibleName(tr("Discard the unsaved changes"));
    m_draftText->setText(tr("You have unsaved changes to this plan's activities from an "
                            "earlier session. Restore them?"));
    m_editBar->revertButton()->setAccessibleName(tr("Revert to the saved plan"));
    m_editBar->saveButton()->setAccessibleName(tr("Save the plan's activities"));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("Re&vert to saved"));
    m_reload->setText(tr("Re&load"));
    updateEditBar();
}

void PlanSaveFlow::closePlan()
{
    m_draftBar->hide();
    if (m_conflict)
        m_conflict->close();
}

void PlanSaveFlow::updateEditBar()
{
    const bool ready = m_document->status()->state() == LoadState::Ready;
    m_editBar->showDocumentState(*m_document, m_document->unsavedCount(),
                                 tr("All changes saved · version %1").arg(m_document->version()));
    m_save->setEnabled(ready && m_document->isDirty()
                       && m_document->saveState() != PlanActivitiesDocument::SaveState::Saving);
    m_revert->setEnabled(ready && m_document->isDirty());
}

QString PlanSaveFlow::describe(const QList<PlanActivity> &activities) const
{
    QStringList lines;
    for (StageColumn *column : m_board->columns())
        for (const PlanActivity &activity : activities)
            if (activity.interviewStageId == column->stageId())
                lines << tr("%1: %2 (%3)").arg(column->title(), activity.title,
                                               m_palette->integrationName(activity.integrationId));
    return lines.isEmpty() ? tr("(no activities)") : lines.join(u'\n');
}

void PlanSaveFlow::showConflict()
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
        m_view);
    m_conflict->setObjectName(u"planConflictDialog"_s);
    m_conflict->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_conflict, &VersionConflictDialog::reloadChosen, m_document,
            &PlanActivitiesDocument::resolveReload);
    connect(m_conflict, &VersionConflictDialog::overwriteChosen, m_document,
            &PlanActivitiesDocument::resolveOverwrite);
    m_conflict->open();
}

} // namespace Tessera
