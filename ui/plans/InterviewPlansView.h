#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QFrame;
class QLabel;
class QMimeData;
class QPushButton;
class QScrollArea;
class QSplitter;

namespace Tessera {

class ActivityCard;
class EmptyState;
struct InterviewStage;
class JobPicker;
class MappingEditBar;
class MessageBanner;
class PageHeader;
class PaletteTree;
class PlanActivitiesDocument;
class PlanPalette;
struct PaletteItem;
class ReferenceData;
class VersionConflictDialog;
template<typename T>
class RecordList;
class ReferenceList;
class Settings;
class StageColumn;
class StateStack;

// The "Interview plans" page, the interview-plan activity designer: pick a job, see its plan as
// stage columns left to right (stage group as caption) with the partner activities on each
// stage, the automations that fire there, and every problem the backend found with a Fix.
// Palette items are dragged onto a stage to add them, cards dragged to reorder or move; the
// same by keyboard (Insert or "Add activity…", Ctrl+M, Alt+Up/Down, Delete). Every edit is an
// undo step; the bar below has Undo, Redo, the unsaved count, Revert and Save; a conflict
// dialog when someone else saved first, and a draft of unsaved edits that the next visit
// offers to restore.
class InterviewPlansView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterviewPlansView)
public:
    // The view takes ownership of the document and the palette.
    InterviewPlansView(ReferenceData *reference, PlanActivitiesDocument *document,
                       PlanPalette *palette, Settings *settings, const QString &backendId,
                       QWidget *parent = nullptr);

    // Once the view is (or next is) shown: loads jobs, integrations and the palette and opens
    // the first job unless one is open. Nothing is fetched for a view the admin never opens.
    void start();
    // Shows this job's plan.
    bool openJob(const QString &jobId);
    QString currentJobId() const { return m_jobId; }

    PlanActivitiesDocument *document() const { return m_document; }
    PlanPalette *palette() const { return m_palette; }
    JobPicker *jobPicker() const { return m_jobs; }
    PaletteTree *paletteTree() const { return m_paletteTree; }
    MessageBanner *banner() const { return m_banner; }
    StateStack *states() const { return m_states; }
    MappingEditBar *editBar() const { return m_editBar; }
    QFrame *draftBar() const { return m_draftBar; }
    QPushButton *restoreDraftButton() const { return m_restoreDraft; }
    QPushButton *discardDraftButton() const { return m_discardDraft; }
    QLabel *planNotice() const { return m_planNotice; }
    EmptyState *noIntegrations() const { return m_noIntegrations; }
    QScrollArea *boardArea() const { return m_boardArea; }
    QList<StageColumn *> columns() const { return m_columns; }
    StageColumn *column(const QString &stageId) const;
    ActivityCard *card(const QString &activityId) const;

    QAction *addActivityAction() const { return m_addAction; }
    QAction *removeAction() const { return m_removeAction; }
    QAction *moveToAction() const { return m_moveToAction; }
    QAction *moveUpAction() const { return m_upAction; }
    QAction *moveDownAction() const { return m_downAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *revertAction() const { return m_revertAction; }

    // A drop on a stage (a palette item or a card), as the stage columns hand it over.
    bool dropOnStage(const QMimeData *mime, const QString &stageId, int index);
    // Adds the palette item: refused with the reason when it cannot be an activity, asks first
    // when the stage already has it. Answers whether it was added (or is being asked about).
    bool addItem(const QString &key, const QString &stageId, int index = -1);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    // "Enable Justifacts" and the empty state: show the marketplace (at this integration).
    void marketplaceRequested(const QString &integrationId);

private:
    void activate();
    void buildActions();
    // Every text of the view, at construction and again when the language changes.
    void retranslateUi();
    QWidget *buildPalettePane();
    void rebuildBoard();
    void updateStates();
    void updateEditBar();
    void updatePalette();
    void watchStages();
    QString groupTitle(const InterviewStage &stage) const;
    QString stageTitle(const QString &stageId) const;
    QString focusedActivityId() const;
    QString focusedStageId() const;
    void openAddPicker(const QString &stageId);
    void showMoveToMenu();
    void removeFocused();
    void reorderFocused(int delta);
    void fix(const QString &activityId, const QString &problemCode);
    void choosePackage(const QString &activityId);
    void editWorkflow(const QString &activityId);
    void ask(const QString &title, const QString &text, const QString &acceptText,
             const std::function<void()> &apply);
    void showConflict();
    QString describe(const QList<struct PlanActivity> &activities) const;

    ReferenceData *m_reference;
    PlanActivitiesDocument *m_document;
    PlanPalette *m_palette;
    Settings *m_settings;
    QString m_backendId;
    QString m_jobId;
    QPointer<RecordList<InterviewStage>> m_stages;
    QObject *m_stageWatch = nullptr;

    PageHeader *m_header;
    JobPicker *m_jobs;
    QLabel *m_jobLabel;
    QLabel *m_paletteCaption = nullptr;
    QLabel *m_paletteHint = nullptr;
    MessageBanner *m_banner;
    QFrame *m_draftBar;
    QLabel *m_draftText;
    QPushButton *m_restoreDraft;
    QPushButton *m_discardDraft;
    QLabel *m_planNotice;
    QScrollArea *m_boardArea;
    QWidget *m_board;
    PaletteTree *m_paletteTree;
    QLabel *m_paletteProblems;
    EmptyState *m_noIntegrations;
    StateStack *m_states = nullptr;
    MappingEditBar *m_editBar = nullptr;
    QPointer<VersionConflictDialog> m_conflict;
    QList<StageColumn *> m_columns;
    QString m_focusActivity; // after the next rebuild, focus this card …
    QString m_focusStage;    // … or this stage
    bool m_started = false;
    bool m_activated = false;

    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_moveToAction = nullptr;
    QAction *m_upAction = nullptr;
    QAction *m_downAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_reloadAction = nullptr;
};

} // namespace Tessera
