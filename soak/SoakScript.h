#pragma once

#include "SoakLedger.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

namespace Tessera {
class BackendContext;
class CandidateDetail;
class ExternalWorkflowsModel;
class MappingDocument;
class Settings;
} // namespace Tessera

namespace Tessera::Soak {

class SoakActivities;
class SoakPlans;
class SoakSandbox;

// The scripted admin session, repeated until the time is up: toggle integrations through
// IntegrationService, edit and save the Sora employee mapping (MappingDocument), create and
// delete Juro external workflows (ExternalWorkflowsModel), edit and save an interview plan's
// activities (SoakPlans), open a candidate (CandidateDetail), add a note, move their
// application, start and cancel Justifacts assessments (SoakActivities). All through one
// BackendContext, as the views use it. Faults are on from setup to the quiet phase (the last
// tenth, at most 20 s); the sandbox is killed at a quarter and at half time and restarted on the same data.
// In the quiet phase the uncertain toggles and saves are sent again, then done() fires.
class SoakScript final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SoakScript)
public:
    SoakScript(SoakSandbox *sandbox, SoakLedger *ledger, qint64 durationMs,
               QObject *parent = nullptr);
    ~SoakScript() override;

    void start();
    BackendContext *context() const { return m_context.get(); }
    MappingDocument *mapping() const { return m_mapping; }
    const SoakPlans *plans() const { return m_plans; }
    QString noteTag() const { return m_noteTag; }
    QString workflowTag() const { return m_workflowTag; }
    QString longestStep() const { return m_longestStep; }
    double longestStepS() const { return double(m_longestStepMs) / 1000.0; }

    static QJsonObject faultSettings(bool on);

    // For the parts of the session in their own classes (SoakPlans, SoakActivities).
    void step(const QString &name);
    // A write starts: its retries after a lost answer make a refusal uncertain.
    void beginWrite(const QString &method);
    WriteOutcome outcomeOf(const ApiError &error);
    void fail(const QString &why);

Q_SIGNALS:
    void done();
    void failed(const QString &why);

private:
    void onSandboxReady();
    void onSandboxStopped();
    void configureFaults(bool on, std::function<void()> then);
    void setUp();
    void setUpStages(int index);
    void loadMapping(std::function<void()> then);
    void nextRound();
    void toggleIntegration(const QString &id, std::function<void()> then);
    void editMapping(std::function<void()> then);
    void onMappingConflict();
    void manageWorkflows(std::function<void()> then);
    void visitCandidate(std::function<void()> then);
    void addNote(SoakLedger::Application &application, std::function<void()> then);
    void moveApplication(SoakLedger::Application &application, std::function<void()> then);
    void settle(int attempt);
    void checkProgress();

    SoakSandbox *m_sandbox;
    SoakLedger *m_ledger;
    qint64 m_durationMs;
    QElapsedTimer m_clock;
    QTemporaryDir m_settingsDir;
    QNetworkAccessManager m_network;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<BackendContext> m_context;
    CandidateDetail *m_detail = nullptr;
    MappingDocument *m_mapping = nullptr;
    ExternalWorkflowsModel *m_workflows = nullptr;
    SoakPlans *m_plans = nullptr;
    SoakActivities *m_activities = nullptr;
    QStringList m_integrationIds;
    QList<QJsonArray> m_uncertainMappingRows; // rows of saves whose answer was lost
    std::function<void()> m_mappingDone;
    QTimer m_watchdog;
    QString m_writeMethod; // the write running now (one at a time)
    bool m_lostAnswer = false; // it had an attempt without an answer
    QString m_step;
    qint64 m_stepStartMs = 0;
    QString m_longestStep;
    qint64 m_longestStepMs = 0;
    QString m_noteTag;
    QString m_workflowTag;
    int m_noteNumber = 0;
    int m_kills = 0;
    bool m_quiet = false;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace Tessera::Soak
