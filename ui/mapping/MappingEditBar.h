#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;

namespace Tessera {

class EditableDocument;

// The bar under the mapping editor (UX.md): [Undo] [Redo]  3 unsaved changes  [Revert] [Save].
// Each button mirrors a view action (enabled state, the shortcut in its tooltip) and triggers
// it, so keyboard, menu and button do the same thing.
class MappingEditBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingEditBar)
public:
    struct Actions
    {
        QAction *undo;
        QAction *redo;
        QAction *revert;
        QAction *save;
    };

    MappingEditBar(const Actions &actions, QWidget *parent = nullptr);

    void setStatus(const QString &text);
    // The status of a document being edited: saving, changed by someone else, not saved, the
    // `unsaved` count, or `whenSaved` once everything is saved; nothing until it has loaded.
    void showDocumentState(const EditableDocument &document, int unsaved,
                           const QString &whenSaved);
    QLabel *status() const { return m_status; }
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *redoButton() const { return m_redo; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *saveButton() const { return m_save; }

    // "Undo Map Work state (Ctrl+Z)": the action's text without its mnemonic, then its keys.
    static QString tooltipFor(const QAction *action);

private:
    QPushButton *buttonFor(QAction *action);

    QPushButton *m_undo;
    QPushButton *m_redo;
    QLabel *m_status;
    QPushButton *m_revert;
    QPushButton *m_save;
};

} // namespace Tessera
