#pragma once

#include <QDir>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Tessera {

class ActivitiesTab;
class ApiCall;
class MainWindow;
class BackendContext;
class ConsoleController;
class ExternalWorkflowsPane;

// --capture DIR: once the data has loaded, renders every main view at 1280×800 into
// DIR/<view>.png, the field-mapping editor on a Sora mapping with a preview
// (field-mappings.png, value-map-editor.png), Juro's workflows above its mapping
// (field-mappings-juro.png, workflow-dialog.png), the marketplace with its side panel open, then (on a backend with simulated
// partners) enables all five integrations through their wizards, saving every page as
// DIR/wizard-<partner>-<n>.png. The three states every view has are saved too: the first
// candidate sync under way (state-loading.png), the Webhooks page before any exists
// (state-empty.png) and after the backend stopped (state-error.png); a candidate's
// Activities tab (candidate-activities.png). Quits with 0, or
// non-zero with a message when a step fails.
class CaptureRunner final : public QObject
{
    Q_OBJECT
public:
    CaptureRunner(ConsoleController *console, const QString &directory, QObject *parent = nullptr);

Q_SIGNALS:
    void done(int exitCode);

private:
    void openFirstCandidate();
    void captureAll();
    void captureFieldMappings();
    void captureJuroWorkflows();
    void captureWorkflowDialog(ExternalWorkflowsPane *pane);
    // Calls `next` once `ready` holds, checking it again whenever one of `watched` (load
    // statuses, item models) reports a change; fails after 30 s.
    void whenReady(const std::function<bool()> &ready, const QString &what,
                   const std::function<void()> &next, const QList<QObject *> &watched);
    void captureLoadingState();
    void captureMarketplace();
    // The designer on the first job: packages on Background Check (one withdrawn by the
    // partner), a Juro workflow card, Willo's and Sora's automation chips.
    void captureInterviewPlans();
    void showInterviewPlans(const QString &jobId, const QString &planId);
    // Calls `method`, then `next` with the call (answered or failed; the call goes after).
    void callThen(const QString &method, const QJsonObject &body,
                  const std::function<void(ApiCall *)> &next);
    void captureMarketplaceStates();
    void showMarketplaceStates(BackendContext *context);
    void captureDashboard();
    // A candidate in Background Check with a completed and a running Justifacts check and the
    // plan's Juro workflow: candidate-activities.png.
    void captureCandidateActivities();
    void captureOfferWorkflow();
    void showOfferWorkflow(const QString &candidateId, const QString &offerId);
    void startRunningCheck(const QString &applicationId, const QString &candidateId);
    void showCandidateActivities(const QString &candidateId);
    void saveCandidateActivities(MainWindow *window, ActivitiesTab *tab);
    void captureErrorState();
    void finish();
    void tourNextWizard();
    bool save(QWidget *widget, const QString &name);
    void fail(const QString &message);

    ConsoleController *m_console;
    QDir m_directory;
    QTimer m_deadline;
    bool m_started = false;
    bool m_captured = false;
    bool m_loadingCaptured = false;
    QStringList m_tour; // integrations still to enable
    int m_saved = 0;
};

} // namespace Tessera
