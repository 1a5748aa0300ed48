#include "PlanEditActions.h"

#include "ActivityCard.h"
#include "ActivityPicker.h"
#include "models/core/DragIds.h"
#include "models/core/LoadStatus.h"
#include "models/plans/PlanActivitiesDocument.h"
#include "models/plans/PlanPalette.h"
#include "PlanBoard.h"
#include "PlanMime.h"
#include "ui/common/MessageBanner.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
QAction *makeAction(const QList<QKeySequence> &keys, QWidget *owner)
{
    auto *action = new QAction(owner);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}
} // namespace

PlanEditActions::PlanEditActions(PlanActivitiesDocument *document, PlanPalette *palette,
                                 PlanBoard *board, MessageBanner *banner, QWidget *view)
    : QObject(view)
    , m_document(document)
    , m_palette(palette)
    , m_board(board)
    , m_banner(banner)
    , m_view(view)
    // The card and stage keys act where the keyboard is: on the board.
    , m_add(makeAction({QKeySequence(Qt::Key_Insert)}, board))
    , m_remove(makeAction({QKeySequence::Delete}, board))
    , m_moveTo(makeAction({QKeySequence(Qt::CTRL | Qt::Key_M)}, board))
    , m_up(makeAction({QKeySequence(Qt::ALT | Qt::Key_Up)}, board))
    , m_down(makeAction({QKeySequence(Qt::ALT | Qt::Key_Down)}, board))
    , m_undo(document->undoStack()->createUndoAction(view, tr("&Undo")))
    , m_redo(document->undoStack()->createRedoAction(view, tr("&Redo")))
{
    m_undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                          QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (QAction *action : {m_undo, m_redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        view->addAction(action);
    }
    board->setContextMenuPolicy(Qt::ActionsContextMenu);
    board->setDropHandler([this](const QMimeData *mime, const QString &stageId, int index) {
        return dropOnStage(mime, stageId, index);
    });
    connect(board, &PlanBoard::addRequested, this, &PlanEditActions::openAddPicker);
    connect(m_add, &QAction::triggered, this,
            [this] { openAddPicker(PlanBoard::focusedStageId()); });
    connect(m_remove, &QAction::triggered, this, &PlanEditActions::removeFocused);
    connect(m_moveTo, &QAction::triggered, this, &PlanEditActions::showMoveToMenu);
    connect(m_up, &QAction::triggered, this, [this] { reorderFocused(-1); });
    connect(m_down, &QAction::triggered, this, [this] { reorderFocused(1); });
}

void PlanEditActions::retranslateUi()
{
    m_add->setText(tr("&Add activity…"));
    m_remove->setText(tr("&Remove activity"));
    m_moveTo->setText(tr("&Move to stage…"));
    m_up->setText(tr("Move &up"));
    m_down->setText(tr("Move &down"));
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("&Redo"));
}

bool PlanEditActions::dropOnStage(const QMimeData *mime, const QString &stageId, int index)
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
        m_board->focusCardNext(activityId);
        const bool moved = m_document->move(activityId, stageId, index);
        if (!moved)
            m_board->focusCardNext({});
        return moved;
    }
    const QString key = DragIds::decode(mime, PlanMime::paletteItem()).value(0);
    return !key.isEmpty() && addItem(key, stageId, index);
}

bool PlanEditActions::addItem(const QString &key, const QString &stageId, int index)
{
    const auto item = m_palette->item(key);
    if (!item || stageId.isEmpty())
        return false;
    if (item->isRefused()) {
        m_banner->showMessage(StatusPalette::Status::Attention, item->refusal());
        return false;
    }
    const auto apply = [this, item = *item, stageId, index] {
        m_board->focusCardNext({});
        const QString id = m_document->add(item, stageId, index);
        if (ActivityCard *added = id.isEmpty() ? nullptr : m_board->card(id))
            added->setFocus();
    };
    if (m_document->hasDuplicate(stageId, item->kind, item->configId)) {
        ask(tr("Add it a second time?"),
            tr("%1 already has \"%2\". Candidates would go through it twice. Add it anyway?")
                .arg(m_board->stageTitle(stageId), item->title),
            tr("&Add anyway"), apply);
        return true;
    }
    apply();
    return true;
}

void PlanEditActions::ask(const QString &title, const QString &text, const QString &acceptText,
                          const std::function<void()> &apply)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, m_view);
    box->setObjectName(u"planQuestionBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(acceptText, QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(yes);
    connect(yes, &QPushButton::clicked, this, [apply] { apply(); });
    box->open();
}

void PlanEditActions::openAddPicker(const QString &stageId)
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
    const QString stageTitle = m_board->stageTitle(stageId);
    auto *picker = new ActivityPicker(
        [stageTitle] {
            return ActivityPicker::Texts{tr("Add an activity to %1").arg(stageTitle),
                                         tr("&Activities"), tr("&Add")};
        },
        m_palette->items(), m_view);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &ActivityPicker::chosen, this, [this, stageId](const QString &key) {
        m_board->focusStageNext(stageId);
        addItem(key, stageId);
    });
    picker->open();
}

void PlanEditActions::removeFocused()
{
    const QString id = PlanBoard::focusedActivityId();
    const auto placement = m_document->placement(id);
    if (!placement)
        return;
    // The keyboard goes to the next card, else the previous one, else the stage.
    const QString stageId = placement->activity.interviewStageId;
    const QList<PlanActivity> siblings = m_document->activitiesOn(stageId);
    QString next;
    if (placement->index + 1 < siblings.size())
        next = siblings.at(placement->index + 1).id;
    else if (placement->index > 0)
        next = siblings.at(placement->index - 1).id;
    m_board->focusCardNext(next);
    m_board->focusStageNext(stageId);
    if (!m_document->remove(id)) {
        m_board->focusCardNext({});
        m_board->focusStageNext({});
    }
}

void PlanEditActions::reorderFocused(int delta)
{
    const QString id = PlanBoard::focusedActivityId();
    m_board->focusCardNext(id);
    if (id.isEmpty() || !m_document->reorder(id, delta))
        m_board->focusCardNext({});
}

void PlanEditActions::showMoveToMenu()
{
    const QString id = PlanBoard::focusedActivityId();
    const auto placement = m_document->placement(id);
    if (!placement)
        return;
    auto *menu = new QMenu(m_view);
    menu->setObjectName(u"moveToStageMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setTitle(tr("Move %1 to").arg(placement->activity.title));
    for (StageColumn *column : m_board->columns()) {
        QAction *action = menu->addAction(column->title());
        action->setData(column->stageId());
        action->setEnabled(column->stageId() != placement->activity.interviewStageId);
        connect(action, &QAction::triggered, this, [this, id, stageId = column->stageId()] {
            m_board->focusCardNext(id);
            if (!m_document->move(id, stageId))
                m_board->focusCardNext({});
        });
    }
    ActivityCard *from = m_board->card(id);
    menu->popup(from ? from->mapToGlobal(QPoint(0, from->height())) : QCursor::pos());
}

} // namespace Tessera
