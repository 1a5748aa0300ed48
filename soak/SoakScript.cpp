#include "SoakScript.h"

#include "SoakActivities.h"
#include "SoakPlans.h"
#include "SoakSandbox.h"

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/candidates/ApplicationsModel.h"
#include "models/candidates/CandidateDetail.h"
#include "models/integrations/IntegrationService.h"
#include "models/mapping/MappingDocument.h"
#include "models/reference/ReferenceData.h"
#include "models/session/BackendContext.h"
#include "models/settings/BackendConfig.h"
#include "models/settings/Settings.h"
#include "models/workflows/ExternalWorkflowsModel.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Soak {

namespace {
constexpr int applicationCount = 6;
constexpr qint64 stuckStepMs = 120'000; // a step without an outcome for this long is a hang
constexpr int restartDelayMs = 2'000;   // the sandbox stays down this long after a kill
const QString mappingIntegration = u"sora"_s;
const QString mappingTarget = u"employee"_s;
const QString mappingField = u"workCity"_s;
} // namespace

SoakScript::SoakScript(SoakSandbox *sandbox, SoakLedger *ledger, qint64 durationMs,
                       QObject *parent)
    : QObject(parent)
    , m_sandbox(sandbox)
    , m_ledger(ledger)
    , m_durationMs(durationMs)
    , m_integrationIds{u"willo"_s, u"humaans"_s}
    , m_noteTag(u"Soak note %1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, '0'_L1))
    , m_workflowTag(u"Soak workflow %1"_s.arg(m_noteTag.right(8)))
{
    m_watchdog.setInterval(1'000);
    connect(&m_watchdog, &QTimer::timeout, this, &SoakScript::checkProgress);
    connect(m_sandbox, &SoakSandbox::ready, this, &SoakScript::onSandboxReady);
    connect(m_sandbox, &SoakSandbox::stopped, this, &SoakScript::onSandboxStopped);
    connect(m_sandbox, &SoakSandbox::failed, this, &SoakScript::fail);
}

SoakScript::~SoakScript()
{
    // Children first (the detail, the mapping editor, calls and one-shot connections): a call
    // the client cancels must find no step of the script left to continue.
    m_finished = true;
    while (!children().isEmpty())
        delete children().constFirst();
    if (m_context)
        m_context->shutDown();
}

QJsonObject SoakScript::faultSettings(bool on)
{
    // About one request in five is faulted: every kind the sandbox injects.
    return QJsonObject{{u"latencyMs"_s, on ? 15 : 0},
                       {u"serverErrorRate"_s, on ? 0.04 : 0.0},
                       {u"rateLimitRate"_s, on ? 0.04 : 0.0},
                       {u"malformedRate"_s, on ? 0.03 : 0.0},
                       {u"dropRate"_s, on ? 0.04 : 0.0},
                       {u"dropAfterApplyRate"_s, on ? 0.05 : 0.0},
                       {u"retryAfterSeconds"_s, 1}};
}

void SoakScript::start()
{
    m_clock.start();
    m_watchdog.start();
    step(u"starting the sandbox"_s);
    m_sandbox->start();
    // The sandbox dies at a quarter and at half time: the second half runs on one process, so
    // its memory can be judged.
    for (const double at : {0.25, 0.5}) {
        QTimer::singleShot(qint64(double(m_durationMs) * at), this, [this] {
            if (m_quiet || m_finished)
                return;
            ++m_kills;
            m_sandbox->kill();
        });
    }
    // The quiet phase: the last tenth, at most the last 20 s.
    const qint64 quietAt = std::max(qint64(double(m_durationMs) * 0.9), m_durationMs - 20'000);
    QTimer::singleShot(quietAt, this, [this] { m_quiet = true; });
}

void SoakScript::onSandboxReady()
{
    if (m_started) {
        ++m_ledger->restarts;
        configureFaults(!m_quiet, [] {});
        return;
    }
    m_started = true;
    m_settings = std::make_unique<Settings>(m_settingsDir.filePath(u"tessera.ini"_s));
    const BackendConfig backend = BackendConfig::create(u"Soak sandbox"_s, m_sandbox->baseUrl(),
                                                        BackendConfig::Kind::Remote);
    m_context = std::make_unique<BackendContext>(&m_network, backend, m_sandbox->adminKey(),
                                                 m_settings.get(), nullptr);
    m_detail = new CandidateDetail(m_context->client(), this);
    m_mapping = new MappingDocument(m_context->client(), this);
    m_workflows = new ExternalWorkflowsModel(m_context->client(),
                                             m_context->reference()->integrations(), this);
    m_workflows->load(u"juro"_s);
    m_plans = new SoakPlans(this, m_context->client(), m_ledger, m_settings.get(), backend.id,
                            this);
    m_activities = new SoakActivities(this, m_context->client(), m_ledger, this);
    // A write is retried after a 429 (sent before acting) or a lost answer. After a lost answer
    // the write may have been applied, whatever the last attempt says.
    connect(m_context->client(), &ApiClient::retryScheduled, this,
            [this](const QString &method, int, int, const ApiError &reason) {
                if (method == m_writeMethod && reason.kind() != ApiError::Kind::RateLimited)
                    m_lostAnswer = true;
            });
    connect(m_mapping, &MappingDocument::saved, this, [this] {
        ++m_ledger->mappingConfirmedSaves;
        m_ledger->count(WriteOutcome::Confirmed);
        if (auto then = std::exchange(m_mappingDone, nullptr))
            then();
    });
    connect(m_mapping, &MappingDocument::saveStateChanged, this,
            [this](MappingDocument::SaveState state) {
                if (state == MappingDocument::SaveState::Conflict) {
                    onMappingConflict();
                } else if (state == MappingDocument::SaveState::Failed) {
                    const WriteOutcome outcome = outcomeOf(m_mapping->saveError());
                    m_ledger->count(outcome);
                    if (outcome == WriteOutcome::Uncertain) {
                        ++m_ledger->mappingUncertainSaves;
                        m_uncertainMappingRows.append(rowsToJson(m_mapping->rows()));
                    }
                    if (auto then = std::exchange(m_mappingDone, nullptr))
                        then();
                }
            });
    connect(m_context.get(), &BackendContext::connected, this, [this] {
        if (m_ledger->applications.isEmpty() && m_step == u"connecting"_s)
            setUp();
    });
    step(u"connecting"_s);
    m_context->connectToBackend();
}

void SoakScript::onSandboxStopped()
{
    QTimer::singleShot(restartDelayMs, this, [this] {
        if (!m_finished)
            m_sandbox->start();
    });
}

void SoakScript::configureFaults(bool on, std::function<void()> then)
{
    ApiCall *call = m_context->client()->call(u"sandbox.configure"_s,
                                              {{u"faults"_s, faultSettings(on)}}, this);
    connect(call, &ApiCall::finished, this, [this, call, on, then = std::move(then)] {
        if (!call->error().isError()) {
            then();
            return;
        }
        // The sandbox may have died under it: it will be configured when it is back.
        if (!m_sandbox->isRunning()) {
            then();
            return;
        }
        QTimer::singleShot(500, this, [this, on, then] { configureFaults(on, then); });
    });
}

void SoakScript::setUp()
{
    step(u"listing applications"_s);
    ApiCall *call = m_context->client()->call(
        u"application.list"_s, {{u"status"_s, u"Active"_s}, {u"limit"_s, 40}}, this);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (call->error().isError())
            return fail(u"application.list failed: "_s + call->error().details());
        QSet<QString> candidates;
        const QJsonArray results = call->results().toArray();
        for (const QJsonValue &value : results) {
            const QJsonObject object = value.toObject();
            const QString candidateId = object.value(u"candidate"_s)[u"id"_s].toString();
            if (candidates.contains(candidateId))
                continue; // one application per candidate: the detail moves one at a time
            candidates.insert(candidateId);
            SoakLedger::Application application;
            application.id = object.value(u"id"_s).toString();
            application.candidateId = candidateId;
            const QJsonObject stage = object.value(u"currentInterviewStage"_s).toObject();
            application.possibleStages = {stage.value(u"id"_s).toString()};
            application.planId = stage.value(u"interviewPlanId"_s).toString();
            m_ledger->applications.append(application);
            if (m_ledger->applications.size() == applicationCount)
                break;
        }
        if (m_ledger->applications.isEmpty())
            return fail(u"the sandbox has no active applications"_s);
        setUpStages(0);
    });
}

void SoakScript::setUpStages(int index)
{
    if (index == m_ledger->applications.size()) {
        for (const QString &id : std::as_const(m_integrationIds))
            m_ledger->integrations.insert(id, {});
        // The plans of the soak's applications are the ones it designs.
        for (const SoakLedger::Application &application : std::as_const(m_ledger->applications)) {
            const bool known = std::any_of(m_ledger->plans.cbegin(), m_ledger->plans.cend(),
                                           [&application](const SoakLedger::Plan &plan) {
                                               return plan.id == application.planId;
                                           });
            if (!known)
                m_ledger->plans.append({application.planId, application.stageIds});
        }
        step(u"loading the mapping"_s);
        loadMapping([this] {
            m_ledger->mappingBaseVersion = m_mapping->version();
            m_plans->setUp([this] {
                m_activities->setPackages(m_plans->packages());
                step(u"turning faults on"_s);
                configureFaults(true, [this] { nextRound(); });
            });
        });
        return;
    }
    const QString planId = m_ledger->applications.at(index).planId;
    ApiCall *call = m_context->client()->call(u"interviewStage.list"_s,
                                              {{u"interviewPlanId"_s, planId}}, this);
    connect(call, &ApiCall::finished, this, [this, call, index] {
        if (call->error().isError())
            return fail(u"interviewStage.list failed: "_s + call->error().details());
        QStringList stages;
        const QJsonArray results = call->results().toArray();
        for (const QJsonValue &value : results) {
            const QString type = value[u"type"_s].toString();
            // Archiving needs a reason and hiring starts partner flows: the soak moves between
            // the stages in between.
            if (type != u"Archived"_s && type != u"Hired"_s)
                stages.append(value[u"id"_s].toString());
        }
        if (stages.size() < 2)
            return fail(u"an interview plan has fewer than two stages to move between"_s);
        m_ledger->applications[index].stageIds = stages;
        setUpStages(index + 1);
    });
}

void SoakScript::loadMapping(std::function<void()> then)
{
    auto *once = new QObject(this);
    connect(m_mapping->status(), &LoadStatus::stateChanged, once,
            [this, once, then = std::move(then)](LoadState state) {
                if (state == LoadState::Loading)
                    return;
                once->deleteLater();
                if (state == LoadState::Failed) {
                    ++m_ledger->loadFailures;
                    ++m_ledger->loadFailureCauses[describe(m_mapping->status()->lastError())];
                }
                then();
            });
    if (m_mapping->integrationId().isEmpty())
        m_mapping->load(mappingIntegration, mappingTarget);
    else
        m_mapping->reload();
}

void SoakScript::nextRound()
{
    if (m_finished)
        return;
    if (m_quiet) {
        step(u"turning faults off"_s);
        configureFaults(false, [this] { settle(0); });
        return;
    }
    ++m_ledger->rounds;
    toggleIntegration(m_integrationIds.at(m_ledger->rounds % m_integrationIds.size()), [this] {
        editMapping([this] {
            manageWorkflows([this] {
                m_plans->edit([this] {
                    visitCandidate(
                        [this] { QTimer::singleShot(0, this, &SoakScript::nextRound); });
                });
            });
        });
    });
}

void SoakScript::toggleIntegration(const QString &id, std::function<void()> then)
{
    // Always away from the last confirmed state: after a lost answer that is the same change
    // again (the admin clicks once more), which the server applies at most once.
    const bool wantEnabled = !m_ledger->integrations.value(id).enabled;
    step(u"%1 %2"_s.arg(wantEnabled ? u"enabling"_s : u"disabling"_s, id));
    auto handle = [this, id, wantEnabled, then = std::move(then)](const ApiError &error) {
        const WriteOutcome outcome = outcomeOf(error);
        m_ledger->count(outcome);
        SoakLedger::Integration &entry = m_ledger->integrations[id];
        if (outcome == WriteOutcome::Confirmed) {
            entry.enabled = wantEnabled;
            entry.lastUncertain = false;
            ++entry.confirmed;
        } else if (outcome == WriteOutcome::Uncertain) {
            entry.lastUncertain = true;
            ++entry.uncertain;
        }
        then();
    };
    IntegrationService *service = m_context->integrationService();
    beginWrite(wantEnabled ? u"integration.enable"_s : u"integration.disable"_s);
    if (wantEnabled) {
        service->enable(id, {}, this, [handle](const Outcome<Integration> &outcome) {
            handle(outcome.error);
        });
    } else {
        service->disable(id, this, [handle](const Outcome<Integration> &outcome) {
            handle(outcome.error);
        });
    }
}

void SoakScript::editMapping(std::function<void()> then)
{
    if (m_mapping->status()->state() != LoadState::Ready) {
        step(u"reloading the mapping"_s);
        loadMapping(std::move(then));
        return;
    }
    const auto row = m_mapping->row(mappingField);
    const QString source = row && row->sourceField == u"candidate.locationCity"_s
                               ? u"candidate.locationSummary"_s
                               : u"candidate.locationCity"_s;
    if (!m_mapping->mapSource(mappingField, source))
        return fail(u"MappingDocument refused to map %1 to %2"_s.arg(mappingField, source));
    step(u"saving the mapping"_s);
    m_mappingDone = std::move(then);
    beginWrite(u"fieldMapping.set"_s);
    m_mapping->save();
}

void SoakScript::onMappingConflict()
{
    // The script is the only writer: a conflict means one of its own saves landed although its
    // answer was lost. Anything else is a write from nowhere.
    const QJsonArray server = rowsToJson(m_mapping->serverState().rows);
    if (m_uncertainMappingRows.contains(server))
        ++m_ledger->mappingOwnConflicts;
    else
        m_ledger->violations.append(
            u"the mapping changed to rows the soak never sent (version %1)"_s.arg(
                m_mapping->serverState().version));
    m_ledger->count(WriteOutcome::Refused);
    m_mapping->resolveReload();
    if (auto then = std::exchange(m_mappingDone, nullptr))
        then();
}

void SoakScript::manageWorkflows(std::function<void()> then)
{
    // Every third round creates a workflow; the rounds after it delete the oldest confirmed
    // one while more than four are left, so the list stays short.
    QList<SoakLedger::Workflow> &workflows = m_ledger->workflows;
    qsizetype oldest = -1;
    int live = 0;
    for (qsizetype i = 0; i < workflows.size(); ++i) {
        if (workflows.at(i).id.isEmpty() || workflows.at(i).deleteSent)
            continue;
        ++live;
        if (oldest < 0)
            oldest = i;
    }
    const bool create = m_ledger->rounds % 3 == 0;
    if (!create && live <= 4) {
        then();
        return;
    }
    auto *once = new QObject(this);
    const qsizetype index = create ? workflows.size() : oldest;
    if (create)
        workflows.append({u"%1 #%2"_s.arg(m_workflowTag).arg(workflows.size() + 1), {}});
    else
        workflows[index].deleteSent = true;
    auto record = [this, once, index, create, then](WriteOutcome outcome, const QString &id) {
        once->deleteLater();
        m_ledger->count(outcome);
        SoakLedger::Workflow &workflow = m_ledger->workflows[index];
        if (create) {
            workflow.created = outcome;
            workflow.id = outcome == WriteOutcome::Confirmed ? id : QString();
        } else {
            workflow.deleted = outcome;
        }
        then();
    };
    connect(m_workflows, &ExternalWorkflowsModel::saved, once,
            [record](ExternalWorkflowsModel::Action, const QString &id) {
                record(WriteOutcome::Confirmed, id);
            });
    connect(m_workflows, &ExternalWorkflowsModel::actionFailed, once,
            [this, record](ExternalWorkflowsModel::Action, const QString &, const ApiError &error) {
                record(outcomeOf(error), {});
            });
    if (create) {
        step(u"creating a workflow"_s);
        beginWrite(u"externalWorkflow.create"_s);
        m_workflows->create(workflows.at(index).title, u"offer"_s, u"nda"_s);
    } else {
        step(u"deleting a workflow"_s);
        beginWrite(u"externalWorkflow.delete"_s);
        m_workflows->remove(workflows.at(index).id);
    }
}

void SoakScript::visitCandidate(std::function<void()> then)
{
    const int index = m_ledger->rounds % int(m_ledger->applications.size());
    const QString candidateId = m_ledger->applications.at(index).candidateId;
    step(u"opening candidate %1"_s.arg(candidateId));
    auto *once = new QObject(this);
    connect(m_detail, &CandidateDetail::stateChanged, once,
            [this, once, index, then = std::move(then)](LoadState state) {
                if (state == LoadState::Loading)
                    return;
                once->deleteLater();
                if (state != LoadState::Ready) {
                    ++m_ledger->loadFailures;
                    ++m_ledger->loadFailureCauses[describe(m_detail->lastError())];
                    then();
                    return;
                }
                SoakLedger::Application &application = m_ledger->applications[index];
                const Application *shown = m_detail->applications()->application(application.id);
                if (!shown) {
                    m_ledger->violations.append(u"application %1 is missing from its candidate"_s
                                                    .arg(application.id));
                    then();
                    return;
                }
                // What the view shows must be a stage the script's moves can explain.
                const QString current = shown->currentStage.id;
                if (application.possibleStages.contains(current))
                    application.possibleStages = {current};
                else
                    m_ledger->violations.append(
                        u"application %1 is in stage %2, where no move of the soak put it"_s.arg(
                            application.id, current));
                if (application.baselineHistory < 0)
                    application.baselineHistory = int(shown->history.size());
                addNote(application, [this, index, then] {
                    moveApplication(m_ledger->applications[index], [this, index, then] {
                        m_activities->visit(index, then);
                    });
                });
            });
    m_detail->load(candidateId);
}

void SoakScript::addNote(SoakLedger::Application &application, std::function<void()> then)
{
    const QString text = u"%1 #%2"_s.arg(m_noteTag).arg(++m_noteNumber);
    const QString candidateId = application.candidateId;
    step(u"adding a note to %1"_s.arg(candidateId));
    auto *once = new QObject(this);
    auto finish = [this, once, candidateId, text, then](WriteOutcome outcome) {
        once->deleteLater();
        m_ledger->count(outcome);
        m_ledger->notes.append({candidateId, text, outcome});
        then();
    };
    connect(m_detail, &CandidateDetail::noteAdded, once,
            [finish](const QString &, const QString &) { finish(WriteOutcome::Confirmed); });
    connect(m_detail, &CandidateDetail::noteFailed, once,
            [this, finish](const QString &, const ApiError &error, const QString &) {
                finish(outcomeOf(error));
            });
    beginWrite(u"candidate.createNote"_s);
    if (!m_detail->addNote(text)) {
        once->deleteLater();
        fail(u"CandidateDetail refused to add a note"_s);
    }
}

void SoakScript::moveApplication(SoakLedger::Application &application, std::function<void()> then)
{
    const QString from = application.possibleStages.value(0);
    const QString target = application.stageIds.at(
        (application.stageIds.indexOf(from) + 1) % int(application.stageIds.size()));
    const QString applicationId = application.id;
    step(u"moving %1"_s.arg(applicationId));
    auto *once = new QObject(this);
    auto finish = [this, once, applicationId, target, then](WriteOutcome outcome) {
        once->deleteLater();
        m_ledger->count(outcome);
        for (SoakLedger::Application &entry : m_ledger->applications) {
            if (entry.id != applicationId)
                continue;
            if (outcome == WriteOutcome::Confirmed) {
                entry.possibleStages = {target};
                ++entry.confirmedMoves;
            } else if (outcome == WriteOutcome::Uncertain) {
                if (!entry.possibleStages.contains(target))
                    entry.possibleStages.append(target);
                ++entry.uncertainMoves;
            }
        }
        then();
    };
    connect(m_detail, &CandidateDetail::applicationMoved, once,
            [finish](const QString &, const QString &, const QJsonObject &) {
                finish(WriteOutcome::Confirmed);
            });
    connect(m_detail, &CandidateDetail::moveFailed, once,
            [this, finish](const QString &, const ApiError &error) { finish(outcomeOf(error)); });
    beginWrite(u"application.changeStage"_s);
    if (!m_detail->moveToStage(applicationId, target)) {
        once->deleteLater();
        fail(u"CandidateDetail refused to move %1"_s.arg(applicationId));
    }
}

void SoakScript::settle(int attempt)
{
    // Faults are off: send again what has no answer, until every belief is confirmed.
    if (attempt > 40)
        return fail(u"the quiet phase could not confirm the last writes"_s);
    for (auto it = m_ledger->integrations.cbegin(); it != m_ledger->integrations.cend(); ++it) {
        if (!it->lastUncertain)
            continue;
        step(u"settling %1"_s.arg(it.key()));
        toggleIntegration(it.key(), [this, attempt] { settle(attempt + 1); });
        return;
    }
    if (m_mapping->status()->state() != LoadState::Ready) {
        step(u"settling the mapping load"_s);
        loadMapping([this, attempt] { settle(attempt + 1); });
        return;
    }
    if (m_mapping->isDirty() || m_mapping->saveState() != MappingDocument::SaveState::Idle) {
        step(u"settling the mapping"_s);
        m_mappingDone = [this, attempt] { settle(attempt + 1); };
        beginWrite(u"fieldMapping.set"_s);
        m_mapping->save();
        return;
    }
    if (m_plans->settle([this, attempt] { settle(attempt + 1); }))
        return;
    m_finished = true;
    m_watchdog.stop();
    step(u"done"_s);
    Q_EMIT done();
}

void SoakScript::beginWrite(const QString &method)
{
    m_writeMethod = method;
    m_lostAnswer = false;
}

WriteOutcome SoakScript::outcomeOf(const ApiError &error)
{
    const WriteOutcome outcome = classify(error);
    if (outcome != WriteOutcome::Refused || !m_lostAnswer)
        return outcome;
    // Refused on a retry (e.g. 429) after an attempt whose answer was lost: maybe applied.
    ++m_ledger->refusalsAfterLostAnswer;
    return WriteOutcome::Uncertain;
}

void SoakScript::step(const QString &name)
{
    const qint64 now = m_clock.elapsed();
    if (!m_step.isEmpty() && now - m_stepStartMs > m_longestStepMs) {
        m_longestStepMs = now - m_stepStartMs;
        m_longestStep = m_step;
    }
    m_step = name;
    m_stepStartMs = now;
}

void SoakScript::checkProgress()
{
    if (m_clock.elapsed() - m_stepStartMs > stuckStepMs)
        fail(u"no progress for %1 s in step \"%2\""_s.arg(stuckStepMs / 1000).arg(m_step));
}

void SoakScript::fail(const QString &why)
{
    if (m_finished)
        return;
    m_finished = true;
    m_watchdog.stop();
    Q_EMIT failed(why);
}

} // namespace Tessera::Soak
