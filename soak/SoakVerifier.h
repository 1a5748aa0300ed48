#pragma once

#include "SoakLedger.h"

#include <QJsonArray>
#include <QObject>
#include <QStringList>

#include <functional>

namespace Tessera {
class ApiClient;
class MappingDocument;
} // namespace Tessera

namespace Tessera::Soak {

class SoakPlans;

// Asks the server, through the API, whether it holds what the ledger says was saved: every
// confirmed note exactly once and no note twice, each moved application in a stage its moves
// explain and with no more history rows than moves, the mapping's rows and version, the
// integrations' states, the external workflows created and deleted, each designed plan's
// activities and version as the designer saved them last, and the assessments: every confirmed
// start's run there exactly once, no run beyond what the unanswered starts can explain (a start
// applied twice), every confirmed cancel cancelled. Runs with faults off; reads are still
// retried by ApiCall.
class SoakVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SoakVerifier)
public:
    struct Result
    {
        QStringList failures;
        int notesFound = 0;
        int uncertainNotesApplied = 0;
        int uncertainMovesApplied = 0;
        int mappingVersion = 0;
        int workflowsFound = 0;
        int uncertainWorkflowWritesApplied = 0;
        int uncertainPlanSavesApplied = 0;
        int runsFound = 0;
        int runsCompleted = 0;
        int runsCancelled = 0;
        int uncertainStartsApplied = 0;
    };

    SoakVerifier(ApiClient *client, const SoakLedger *ledger, const MappingDocument *mapping,
                 const SoakPlans *plans, QString noteTag, QString workflowTag,
                 QObject *parent = nullptr);

    void start();
    const Result &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void read(const QString &method, const QJsonObject &body,
              std::function<void(const QJsonValue &)> handle);
    void next();
    void checkIntegrations(const QJsonValue &results);
    void checkMapping(const QJsonValue &results);
    void checkWorkflows(const QJsonValue &results);
    void checkApplication(int index, const QJsonValue &results);
    void checkPlan(int index, const QJsonValue &results);
    void checkRuns(int index, const QJsonValue &results);
    void readNotes(int candidate, const QString &cursor);
    void checkNotes(const QString &candidateId);

    ApiClient *m_client;
    const SoakLedger *m_ledger;
    const MappingDocument *m_mapping;
    const SoakPlans *m_plans;
    QString m_noteTag;
    QString m_workflowTag;
    QList<std::function<void()>> m_steps;
    QStringList m_candidates;
    QJsonArray m_notes; // the candidate's notes read so far
    Result m_result;
};

} // namespace Tessera::Soak
