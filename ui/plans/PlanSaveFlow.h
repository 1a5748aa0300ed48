#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QFrame;
class QLabel;
class QPushButton;
class QWidget;

namespace Tessera {

class JobPicker;
class MappingEditBar;
class MessageBanner;
class PlanActivitiesDocument;
class PlanBoard;
class PlanPalette;
struct PlanActivity;
class VersionConflictDialog;

// Saving the designer's edits: Save (Ctrl+S), Revert (Ctrl+Shift+R) and Reload (F5); the edit
// bar under the board (Undo, Redo, the unsaved count or the save state, Revert, Save); the
// draft bar that offers unsaved edits of an earlier session; and the conflict dialog when
// someone else saved first.
class PlanSaveFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanSaveFlow)
public:
    PlanSaveFlow(PlanActivitiesDocument *document, PlanPalette *palette, PlanBoard *board,
                 JobPicker *jobs, MessageBanner *banner, QAction *undo, QAction *redo,
                 QWidget *view);

    QAction *saveAction() const { return m_save; }
    QAction *revertAction() const { return m_revert; }
    MappingEditBar *editBar() const { return m_editBar; }
    QFrame *draftBar() const { return m_draftBar; }
    QPushButton *restoreDraftButton() const { return m_restoreDraft; }
    QPushButton *discardDraftButton() const { return m_discardDraft; }

    void retranslateUi();
    void updateEditBar();
    // Another plan opens: the draft bar and a conflict dialog of this one go.
    void closePlan();

private:
    void showConflict();
    QString describe(const QList<PlanActivity> &activities) const;

    PlanActivitiesDocument *m_document;
    PlanPalette *m_palette;
    PlanBoard *m_board;
    JobPicker *m_jobs;
    QWidget *m_view;
    QAction *m_save;
    QAction *m_revert;
    QAction *m_reload;
    MappingEditBar *m_editBar;
    QFrame *m_draftBar;
    QLabel *m_draftText;
    QPushButton *m_restoreDraft;
    QPushButton *m_discardDraft;
    QPointer<VersionConflictDialog> m_conflict;
};

} // namespace Tessera
