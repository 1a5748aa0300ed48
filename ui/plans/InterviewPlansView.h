#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QFrame;
class QLabel;
class QMimeData;
class QPushButton;
class QScrollArea;

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
class PlanBoard;
class PlanEditActions;
class PlanFixActions;
class PlanPalette;
class PlanPalettePane;
class PlanSaveFlow;
class ReferenceData;
template<typename T>
class RecordList;
class Settings;
class StageColumn;
class StateStack;

// The "Interview plans" page, the interview-plan activity designer: pick a job, see its plan as
// stage columns left to right (PlanBoard) with the partner activities on each stage, the
// automations that fire there, and every problem the backend found with a Fix
// (PlanFixActions). Palette items are dragged onto a stage to add them, cards dragged to
// reorder or move; the same by keyboard (PlanEditActions). Save, revert, the draft of unsaved
// edits and the conflict dialog are PlanSaveFlow's, the palette PlanPalettePane's. This class
// puts them on one page with the job picker and the loading and empty states.
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
    PaletteTree *paletteTree() const;
    MessageBanner *banner() const { return m_banner; }
    StateStack *states() const { return m_states; }
    MappingEditBar *editBar() const;
    QFrame *draftBar() const;
    QPushButton *restoreDraftButton() const;
    QPushButton *discardDraftButton() const;
    QLabel *planNotice() const { return m_planNotice; }
    EmptyState *noIntegrations() const;
    QScrollArea *boardArea() const;
    QList<StageColumn *> columns() const;
    StageColumn *column(const QString &stageId) const;
    ActivityCard *card(const QString &activityId) const;

    QAction *addActivityAction() const;
    QAction *removeAction() const;
    QAction *moveToAction() const;
    QAction *moveUpAction() const;
    QAction *moveDownAction() const;
    QAction *undoAction() const;
    QAction *redoAction() const;
    QAction *saveAction() const;
    QAction *revertAction() const;

    // A drop on a stage (a palette item or a card), as the stage columns hand it over.
    bool dropOnStage(const QMimeData *mime, const QString &stageId, int index);
    // Adds the palette item (PlanEditActions::addItem).
    bool addItem(const QString &key, const QString &stageId, int index = -1);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    // "Enable Justifacts" and the empty state: show the marketplace (at this integration).
    void marketplaceRequested(const QString &integrationId);

private:
    void activate();
    // Every text of the view, at construction and again when the language changes.
    void retranslateUi();
    void rebuildBoard();
    void updateStates();
    void watchStages();

    ReferenceData *m_reference;
    PlanActivitiesDocument *m_document;
    PlanPalette *m_palette;
    QString m_jobId;
    QPointer<RecordList<InterviewStage>> m_stages;
    QObject *m_stageWatch = nullptr;

    PageHeader *m_header;
    JobPicker *m_jobs;
    QLabel *m_jobLabel;
    MessageBanner *m_banner;
    QLabel *m_planNotice;
    PlanBoard *m_board;
    PlanPalettePane *m_palettePane;
    PlanEditActions *m_edits;
    PlanFixActions *m_fixes;
    PlanSaveFlow *m_saveFlow;
    StateStack *m_states = nullptr;
    bool m_started = false;
    bool m_activated = false;
};

} // namespace Tessera
