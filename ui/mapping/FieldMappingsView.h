#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;
class QToolButton;

namespace Tessera {

class CandidateSuggestions;
struct Integration;
template<typename T>
class RecordList;
class ExternalWorkflowsModel;
class ExternalWorkflowsPane;
class MappingDocument;
class MappingModel;
struct MappingRow;
class MappingEditBar;
class MessageBanner;
class PageHeader;
class VersionConflictDialog;
class StateStack;
class PreviewModel;
class PreviewPane;
class Settings;
class SourceFieldsModel;
class SourceFieldsPane;
class TransformChainEditor;

// The "Field mappings" page: choose an integration's target (Humaans or Sora employee, a Juro
// template; for Juro the external workflows that use the templates are listed above), then map ATS source fields (left) onto target fields (middle) by drag and drop or
// by keyboard (select a source, then Enter on a target), shape values with a transform chain
// (below) and check the result for a candidate (right). "Suggest mappings" maps what matches by
// name in one step; the bar below has Undo, Redo, the unsaved count, Revert and Save; a conflict
// dialog when someone else saved first, and a local draft of unsaved edits that the next visit
// offers to restore. Rows whose source vanished on the server are marked (word, icon, colour).
class FieldMappingsView final : public QWidget
{
    Q_OBJECT
public:
    // What the editor works on; the view takes ownership of each.
    struct Models
    {
        SourceFieldsModel *sources;
        MappingDocument *document;
        PreviewModel *preview;
        CandidateSuggestions *suggestions;
        ExternalWorkflowsModel *workflows;
        // The connection's integrations: their capabilities say which targets exist (not owned).
        RecordList<Integration> *integrations;
    };

    FieldMappingsView(const Models &models, Settings *settings, const QString &backendId,
                      QWidget *parent = nullptr);

    // Shows this integration's target ("employee", "workflow:nda"), loading it and the source
    // fields when needed.
    void open(const QString &integrationId, const QString &target);
    // Loads the integrations, then the first target unless something is open already.
    void start();

    MappingDocument *document() const { return m_document; }
    MappingModel *mappingModel() const { return m_model; }
    SourceFieldsModel *sourceFields() const { return m_sources; }
    PreviewModel *preview() const { return m_preview; }
    SourceFieldsPane *sourcePane() const { return m_sourcePane; }
    PreviewPane *previewPane() const { return m_previewPane; }
    QTableView *targetTable() const { return m_targets; }
    TransformChainEditor *transformEditor() const { return m_chain; }
    QFrame *draftBar() const { return m_draftBar; }
    QPushButton *restoreDraftButton() const { return m_restoreDraft; }
    MessageBanner *banner() const { return m_banner; }
    ExternalWorkflowsPane *workflowsPane() const { return m_workflows; }
    PageHeader *header() const { return m_header; }
    StateStack *states() const { return m_states; }
    MappingEditBar *editBar() const { return m_editBar; }
    QString title() const;
    QString currentTargetId() const { return m_currentTarget; }
    bool selectTarget(const QString &targetId);

    QAction *mapAction() const { return m_mapAction; }
    QAction *mapToMenuAction() const { return m_mapToMenuAction; }
    QAction *removeAction() const { return m_removeAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *revertAction() const { return m_revertAction; }
    QAction *suggestAction() const { return m_suggestAction; }
    QMenu *moreMenu() const;

    // Maps the selected source onto the current target (asks before replacing a mapping).
    void mapCurrent();
    void removeCurrent();
    // Pre-maps unmapped targets whose names match a source field (one undo step) and says how
    // many it mapped.
    void suggestMappings();

Q_SIGNALS:
    // The empty state's action: there is nothing to map until an integration is enabled.
    void marketplaceRequested();

private:
    void buildActions();
    void showUndoTexts();
    QWidget *buildTargetSide();
    void updateTitle();
    void updateStates();
    void updateTargetStatus();
    void updateChain();
    void showMapToMenu();
    void askReplace(const QString &targetId, const std::function<void()> &apply);
    void showConflict();
    static QString describe(const QList<MappingRow> &rows);
    void showDocumentProblems();
    void rebuildChooser();
    QString workflowIntegrationId() const;
    void showWorkflowsFor(const QString &integrationId, const QString &target);

    RecordList<Integration> *m_integrations;
    Settings *m_settings;
    QString m_backendId;
    SourceFieldsModel *m_sources;
    MappingDocument *m_document;
    MappingModel *m_model;
    PreviewModel *m_preview;

    PageHeader *m_header;
    QComboBox *m_chooser;
    QToolButton *m_menuButton;
    MessageBanner *m_banner;
    QFrame *m_draftBar;
    QLabel *m_draftText;
    QPushButton *m_restoreDraft;
    QPushButton *m_discardDraft;
    ExternalWorkflowsPane *m_workflows; // after the draft bar: the tab order follows the screen
    SourceFieldsPane *m_sourcePane;
    QLabel *m_targetStatus;
    QLabel *m_targetsCaption = nullptr;
    QTableView *m_targets;
    TransformChainEditor *m_chain;
    PreviewPane *m_previewPane;
    StateStack *m_states = nullptr;
    MappingEditBar *m_editBar = nullptr;
    QPointer<VersionConflictDialog> m_conflict;
    QString m_currentTarget;
    bool m_focusTargetsWhenReady = false;
    bool m_started = false; // start() was asked for: open the first target once there is one

    QAction *m_mapAction = nullptr;
    QAction *m_mapToMenuAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_suggestAction = nullptr;
};

} // namespace Tessera
