#include "SoakVerifier.h"

#include "SoakPlans.h"

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/mapping/MappingDocument.h"
#include "models/plans/PlanActivitiesDocument.h"
#include "models/plans/PlanActivityService.h"

#include <QHash>
#include <QSet>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Soak {

SoakVerifier::SoakVerifier(ApiClient *client, const SoakLedger *ledger,
                           const MappingDocument *mapping, const SoakPlans *plans,
                           QString noteTag, QString workflowTag, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ledger(ledger)
    , m_mapping(mapping)
    , m_plans(plans)
    , m_noteTag(std::move(noteTag))
    , m_workflowTag(std::move(workflowTag))
{
}

void SoakVerifier::start()
{
    m_steps.append([this] {
        read(u"integration.list"_s, {}, [this](const QJsonValue &r) { checkIntegrations(r); });
    });
    m_steps.append([this] {
        read(u"fieldMapping.info"_s,
             {{u"integrationId"_s, m_mapping->integrationId()}, {u"target"_s, m_mapping->target()}},
             [this](const QJsonValue &r) { checkMapping(r); });
    });
    m_steps.append([this] {
        read(u"externalWorkflow.list"_s, {{u"integrationId"_s, u"juro"_s}},
             [this](const QJsonValue &r) { checkWorkflows(r); });
    });
    for (int i = 0; i < m_plans->documents().size(); ++i) {
        m_steps.append([this, i] {
            read(u"interviewPlanActivity.list"_s,
                 {{u"interviewPlanId"_s, m_ledger->plans.at(i).id}},
                 [this, i](const QJsonValue &r) { checkPlan(i, r); });
        });
    }
    for (int i = 0; i < m_ledger->applications.size(); ++i) {
        m_steps.append([this, i] {
            read(u"application.info"_s, {{u"applicationId"_s, m_ledger->applications.at(i).id}},
                 [this, i](const QJsonValue &r) { checkApplication(i, r); });
        });
        m_steps.append([this, i] {
            read(u"activity.list"_s, {{u"applicationId"_s, m_ledger->applications.at(i).id}},
                 [this, i](const QJsonValue &r) { checkRuns(i, r); });
        });
        if (!m_candidates.contains(m_ledger->applications.at(i).candidateId))
            m_candidates.append(m_ledger->applications.at(i).candidateId);
    }
    for (int i = 0; i < m_candidates.size(); ++i)
        m_steps.append([this, i] { readNotes(i, {}); });
    next();
}

void SoakVerifier::next()
{
    if (m_steps.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    m_steps.takeFirst()();
}

void SoakVerifier::read(const QString &method, const QJsonObject &body,
                        std::function<void(const QJsonValue &)> handle)
{
    ApiCall *call = m_client->call(method, body, this);
    connect(call, &ApiCall::finished, this, [this, call, method, handle = std::move(handle)] {
        if (call->error().isError()) {
            m_result.failures.append(u"could not read %1 to verify it: %2"_s.arg(
                method, call->error().details()));
            next();
            return;
        }
        handle(call->results());
    });
}

void SoakVerifier::checkIntegrations(const QJsonValue &results)
{
    const QJsonArray list = results.toArray();
    for (auto it = m_ledger->integrations.cbegin(); it != m_ledger->integrations.cend(); ++it) {
        QString state;
        for (const QJsonValue &value : list) {
            if (value[u"id"_s].toString() == it.key())
                state = value[u"state"_s].toString();
        }
        const bool enabled = state == u"enabled"_s || state == u"needs_attention"_s;
        if (enabled != it->enabled)
            m_result.failures.append(u"integration %1 is %2 on the server, but the soak's last "
                                     "confirmed change left it %3"_s.arg(
                                         it.key(), state, it->enabled ? u"enabled"_s
                                                                      : u"disabled"_s));
    }
    next();
}

void SoakVerifier::checkMapping(const QJsonValue &results)
{
    const QJsonObject info = results.toObject();
    const int version = info.value(u"version"_s).toInt();
    m_result.mappingVersion = version;
    if (version != m_mapping->version())
        m_result.failures.append(u"mapping version is %1 on the server, the editor saved %2"_s.arg(
            version).arg(m_mapping->version()));
    if (rowsFromJson(info.value(u"rows"_s).toArray()) != m_mapping->savedRows())
        m_result.failures.append(u"the mapping's rows on the server are not the rows saved last"_s);
    const int saves = version - m_ledger->mappingBaseVersion;
    if (saves < m_ledger->mappingConfirmedSaves
        || saves > m_ledger->mappingConfirmedSaves + m_ledger->mappingUncertainSaves)
        m_result.failures.append(u"the mapping was saved %1 times, but %2 saves were confirmed "
                                 "and %3 had no answer"_s.arg(saves)
                                     .arg(m_ledger->mappingConfirmedSaves)
                                     .arg(m_ledger->mappingUncertainSaves));
    next();
}

void SoakVerifier::checkWorkflows(const QJsonValue &results)
{
    QHash<QString, int> found;
    const QJsonArray list = results.toArray();
    for (const QJsonValue &workflow : list) {
        const QString title = workflow[u"title"_s].toString();
        if (title.startsWith(m_workflowTag))
            ++found[title];
    }
    QHash<QString, const SoakLedger::Workflow *> written;
    for (const SoakLedger::Workflow &workflow : m_ledger->workflows)
        written.insert(workflow.title, &workflow);
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        m_result.workflowsFound += it.value();
        if (it.value() > 1)
            m_result.failures.append(u"workflow \"%1\" exists %2 times"_s.arg(it.key()).arg(it.value()));
        if (!written.contains(it.key()))
            m_result.failures.append(u"workflow \"%1\" was never created by the soak"_s.arg(it.key()));
    }
    for (const SoakLedger::Workflow &workflow : m_ledger->workflows) {
        const bool present = found.contains(workflow.title);
        const bool gone = workflow.deleteSent && workflow.deleted == WriteOutcome::Confirmed;
        const bool kept = workflow.created == WriteOutcome::Confirmed && !workflow.deleteSent;
        if (workflow.created == WriteOutcome::Refused && present)
            m_result.failures.append(u"workflow \"%1\" was refused, but exists"_s.arg(workflow.title));
        else if (kept && !present)
            m_result.failures.append(u"workflow \"%1\" was created (confirmed), but is lost"_s.arg(
                workflow.title));
        else if (gone && present)
            m_result.failures.append(u"workflow \"%1\" was deleted (confirmed), but still exists"_s.arg(
                workflow.title));
        else if (workflow.created == WriteOutcome::Uncertain && present)
            ++m_result.uncertainWorkflowWritesApplied;
        else if (workflow.deleteSent && workflow.deleted == WriteOutcome::Uncertain && !present)
            ++m_result.uncertainWorkflowWritesApplied;
    }
    next();
}

void SoakVerifier::checkPlan(int index, const QJsonValue &results)
{
    const SoakLedger::Plan &plan = m_ledger->plans.at(index);
    const PlanActivitiesDocument *document = m_plans->documents().at(index);
    const ActivityList server = PlanActivityService::decodeList(results);
    if (server.version != document->version())
        m_result.failures.append(u"plan %1 is at version %2 on the server, the designer saved %3"_s
                                     .arg(plan.id).arg(server.version).arg(document->version()));
    // Stage by stage, in order, with their ids: exactly the list saved last.
    QHash<QString, QList<PlanActivity>> onServer, saved;
    for (const PlanActivity &activity : server.activities)
        onServer[activity.interviewStageId].append(activity);
    const QList<PlanActivity> savedList = document->savedActivities();
    for (const PlanActivity &activity : savedList)
        saved[activity.interviewStageId].append(activity);
    if (onServer != saved)
        m_result.failures.append(u"the activities of plan %1 on the server (%2) are not the %3 "
                                 "the designer saved last"_s.arg(plan.id)
                                     .arg(server.activities.size()).arg(savedList.size()));
    const int saves = server.version - plan.baseVersion;
    if (saves < plan.confirmedSaves || saves > plan.confirmedSaves + plan.uncertainSaves)
        m_result.failures.append(u"plan %1 went through %2 saves, but %3 saves were confirmed "
                                 "and %4 had no answer"_s.arg(plan.id).arg(saves)
                                     .arg(plan.confirmedSaves).arg(plan.uncertainSaves));
    else
        m_result.uncertainPlanSavesApplied += saves - plan.confirmedSaves;
    next();
}

void SoakVerifier::checkRuns(int index, const QJsonValue &results)
{
    const QString applicationId = m_ledger->applications.at(index).id;
    // A run is what a start made: the plan activity it came from, or the package of a manual one.
    auto keyOf = [](const QString &planActivityId, const QString &assessmentTypeId) {
        return planActivityId.isEmpty() ? u"package "_s + assessmentTypeId
                                        : u"plan activity "_s + planActivityId;
    };
    QHash<QString, const SoakLedger::Start *> confirmed;
    QHash<QString, int> unanswered;
    for (const SoakLedger::Start &start : m_ledger->starts) {
        if (start.applicationId != applicationId)
            continue;
        if (start.outcome == WriteOutcome::Confirmed)
            confirmed.insert(start.runId, &start);
        else if (start.outcome == WriteOutcome::Uncertain)
            ++unanswered[keyOf(start.planActivityId, start.assessmentTypeId)];
    }
    QSet<QString> seen;
    const QJsonArray listed = results.toObject().value(u"activities"_s).toArray();
    for (const QJsonValue value : listed) {
        const QJsonObject run = value.toObject();
        if (!run.value(u"id"_s).isString())
            continue; // a plan activity not started
        const QString id = run.value(u"id"_s).toString();
        const QString status = run.value(u"status"_s).toString();
        ++m_result.runsFound;
        m_result.runsCompleted += status == u"completed"_s;
        m_result.runsCancelled += status == u"cancelled"_s;
        if (seen.contains(id))
            m_result.failures.append(u"assessment run %1 is listed twice"_s.arg(id));
        seen.insert(id);
        if (m_ledger->cancels.value(id, WriteOutcome::Refused) == WriteOutcome::Confirmed
            && status != u"cancelled"_s)
            m_result.failures.append(u"assessment run %1 was cancelled (confirmed), but is %2"_s
                                         .arg(id, status));
        if (confirmed.contains(id))
            continue;
        const QString key = keyOf(run.value(u"planActivityId"_s).toString(),
                                  run.value(u"config"_s)[u"assessmentTypeId"_s].toString());
        if (unanswered.value(key) > 0) {
            --unanswered[key];
            ++m_result.uncertainStartsApplied;
        } else {
            m_result.failures.append(u"assessment run %1 (%2) of application %3 was never "
                                     "started by the soak: a start applied twice, or a run "
                                     "from nowhere"_s.arg(id, key, applicationId));
        }
    }
    for (auto it = confirmed.cbegin(); it != confirmed.cend(); ++it) {
        if (!seen.contains(it.key()))
            m_result.failures.append(u"assessment run %1 of application %2 was started "
                                     "(confirmed), but is lost"_s.arg(it.key(), applicationId));
    }
    next();
}

void SoakVerifier::checkApplication(int index, const QJsonValue &results)
{
    const SoakLedger::Application &expected = m_ledger->applications.at(index);
    const QJsonObject application = results.toObject();
    const QString stage = application.value(u"currentInterviewStage"_s)[u"id"_s].toString();
    if (!expected.possibleStages.contains(stage))
        m_result.failures.append(u"application %1 is in stage %2; the soak's moves leave it in "
                                 "one of %3"_s.arg(expected.id, stage,
                                                   expected.possibleStages.join(u", "_s)));
    if (expected.baselineHistory >= 0) {
        const int rows = int(application.value(u"applicationHistory"_s).toArray().size())
                         - expected.baselineHistory;
        if (rows > expected.confirmedMoves + expected.uncertainMoves)
            m_result.failures.append(u"application %1 has %2 new history rows for %3 confirmed "
                                     "and %4 unanswered moves: a move was applied twice"_s
                                         .arg(expected.id)
                                         .arg(rows)
                                         .arg(expected.confirmedMoves)
                                         .arg(expected.uncertainMoves));
        else if (rows < expected.confirmedMoves)
            m_result.failures.append(u"application %1 has %2 new history rows for %3 confirmed "
                                     "moves: a move was lost"_s.arg(expected.id)
                                         .arg(rows)
                                         .arg(expected.confirmedMoves));
        else
            m_result.uncertainMovesApplied += rows - expected.confirmedMoves;
    }
    next();
}

void SoakVerifier::readNotes(int candidate, const QString &cursor)
{
    if (cursor.isEmpty())
        m_notes = {};
    QJsonObject body{{u"candidateId"_s, m_candidates.at(candidate)}, {u"limit"_s, 100}};
    if (!cursor.isEmpty())
        body.insert(u"cursor"_s, cursor);
    ApiCall *call = m_client->call(u"candidate.listNotes"_s, body, this);
    connect(call, &ApiCall::finished, this, [this, call, candidate] {
        if (call->error().isError()) {
            m_result.failures.append(u"could not read the notes of %1: %2"_s.arg(
                m_candidates.at(candidate), call->error().details()));
            next();
            return;
        }
        const QJsonArray page = call->results().toArray();
        for (const QJsonValue &note : page)
            m_notes.append(note);
        const QJsonObject envelope = call->envelope();
        if (envelope.value(u"moreDataAvailable"_s).toBool()) {
            readNotes(candidate, envelope.value(u"nextCursor"_s).toString());
            return;
        }
        checkNotes(m_candidates.at(candidate));
        next();
    });
}

void SoakVerifier::checkNotes(const QString &candidateId)
{
    QHash<QString, int> found;
    for (const QJsonValue &note : std::as_const(m_notes)) {
        const QString content = note[u"content"_s].toString();
        if (content.startsWith(m_noteTag))
            ++found[content];
    }
    QHash<QString, WriteOutcome> written;
    for (const SoakLedger::Note &note : m_ledger->notes) {
        if (note.candidateId == candidateId)
            written.insert(note.text, note.outcome);
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        m_result.notesFound += it.value();
        if (it.value() > 1)
            m_result.failures.append(u"note \"%1\" is on %2 %3 times"_s.arg(it.key(), candidateId)
                                         .arg(it.value()));
        if (!written.contains(it.key()))
            m_result.failures.append(u"note \"%1\" on %2 was never written by the soak"_s.arg(
                it.key(), candidateId));
        else if (written.value(it.key()) == WriteOutcome::Refused)
            m_result.failures.append(u"note \"%1\" on %2 was refused, but stored"_s.arg(
                it.key(), candidateId));
        else if (written.value(it.key()) == WriteOutcome::Uncertain)
            ++m_result.uncertainNotesApplied;
    }
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        if (it.value() == WriteOutcome::Confirmed && !found.contains(it.key()))
            m_result.failures.append(u"note \"%1\" on %2 was confirmed, but is lost"_s.arg(
                it.key(), candidateId));
    }
}

} // namespace Tessera::Soak
