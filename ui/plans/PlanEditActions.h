#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMimeData;
class QWidget;

namespace Tessera {

class MessageBanner;
class PlanActivitiesDocument;
class PlanBoard;
class PlanPalette;

// The designer's edits by keyboard, menu and drop: Insert / "Add activity…" (a picker),
// Delete, Ctrl+M "Move to stage…", Alt+Up/Down, Ctrl+Z and Ctrl+Shift+Z, and drops of palette
// items and cards on a stage. Each edit is one undo step of the document; the keyboard then
// goes to the card or stage that the edit leaves in focus. An item that cannot be an activity
// is refused with the reason in the banner; a second copy on a stage is asked about first.
class PlanEditActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanEditActions)
public:
    // The card and stage keys act on the board; undo and redo anywhere in `view`.
    PlanEditActions(PlanActivitiesDocument *document, PlanPalette *palette, PlanBoard *board,
                    MessageBanner *banner, QWidget *view);

    QAction *addAction() const { return m_add; }
    QAction *removeAction() const { return m_remove; }
    QAction *moveToAction() const { return m_moveTo; }
    QAction *moveUpAction() const { return m_up; }
    QAction *moveDownAction() const { return m_down; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    void retranslateUi();

    // A drop on a stage (a palette item or a card), as the stage columns hand it over.
    bool dropOnStage(const QMimeData *mime, const QString &stageId, int index);
    // Adds the palette item: refused with the reason when it cannot be an activity, asks first
    // when the stage already has it. Answers whether it was added (or is being asked about).
    bool addItem(const QString &key, const QString &stageId, int index = -1);
    void openAddPicker(const QString &stageId);
    void showMoveToMenu();

private:
    void removeFocused();
    void reorderFocused(int delta);
    void ask(const QString &title, const QString &text, const QString &acceptText,
             const std::function<void()> &apply);

    PlanActivitiesDocument *m_document;
    PlanPalette *m_palette;
    PlanBoard *m_board;
    MessageBanner *m_banner;
    QWidget *m_view;
    QAction *m_add;
    QAction *m_remove;
    QAction *m_moveTo;
    QAction *m_up;
    QAction *m_down;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace Tessera
