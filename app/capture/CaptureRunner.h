#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

namespace Tessera {

class CaptureScene;
class CaptureSession;
class ConsoleController;

// --capture DIR: once the data has loaded, renders the console into DIR/*.png scene by scene,
// in this order (each scene's class says what it saves): every main view (ViewCaptures), the
// Webhooks page before any exists (EmptyStateCapture), the field-mapping editor and Juro's
// workflows (MappingCaptures), the marketplace's side panel (MarketplacePanelCapture), then on
// a backend with simulated partners the five enable wizards (WizardCaptures), the interview-plan
// designer (PlanCaptures), the marketplace's tile states (MarketplaceStatesCapture), the
// dashboard with a failing partner (DashboardCaptures), a candidate's activities
// (CandidateActivitiesCapture) and an offer's workflow (OfferWorkflowCapture), and last the
// page after the backend stopped (ErrorStateCapture). The first sync under way is saved
// whenever it happens (LoadingStateCapture). Quits with 0, or non-zero with a message when a
// step fails or the whole does not finish within 300 s.
class CaptureRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureRunner)
public:
    CaptureRunner(ConsoleController *console, const QString &directory, QObject *parent = nullptr);

Q_SIGNALS:
    void done(int exitCode);

private:
    void startScene(qsizetype index);
    void finish();
    void fail(const QString &message);

    CaptureSession *m_session;
    QList<CaptureScene *> m_scenes;
    QTimer m_deadline;
    bool m_started = false;
};

} // namespace Tessera
