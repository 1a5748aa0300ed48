#include "DefectPlanter.h"

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"

#include <QElapsedTimer>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Soak {

DefectPlanter::DefectPlanter(ApiClient *client, SoakLedger *ledger, QString workflowTag,
                             QStringList packages, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ledger(ledger)
    , m_workflowTag(std::move(workflowTag))
    , m_packages(std::move(packages))
{
}

void DefectPlanter::call(const QString &method, const QJsonObject &body,
                         std::function<void(const QJsonValue &)> then)
{
    ApiCall *call = m_client->call(method, body, this);
    connect(call, &ApiCall::finished, this, [this, call, method, then = std::move(then)] {
        if (call->error().isError()) {
            Q_EMIT finished(u"could not plant a defect with %1: %2"_s.arg(
                method, call->error().details()));
            return;
        }
        then(call->results());
    });
}

void DefectPlanter::changePlan(std::function<void()> then)
{
    const SoakLedger::Plan &plan = m_ledger->plans.first();
    const QString planId = plan.id;
    const QString stageId = plan.stageIds.first();
    call(u"interviewPlanActivity.list"_s, {{u"interviewPlanId"_s, planId}},
         [this, planId, stageId, then](const QJsonValue &results) {
             call(u"interviewPlanActivity.add"_s,
                  {{u"interviewPlanId"_s, planId},
                   {u"interviewStageId"_s, stageId},
                   {u"kind"_s, u"assessment"_s},
                   {u"integrationId"_s, u"justifacts"_s},
                   {u"config"_s, QJsonObject{{u"assessmentTypeId"_s, m_packages.first()}}},
                   {u"version"_s, results[u"version"_s].toInt()}},
                  [then](const QJsonValue &) { then(); });
         });
}

void DefectPlanter::startAssessment(int application, std::function<void()> then)
{
    if (application == m_ledger->applications.size()) {
        Q_EMIT finished(u"Justifacts is checking every application of the soak: no assessment "
                        "could be planted"_s);
        return;
    }
    const QString applicationId = m_ledger->applications.at(application).id;
    ApiCall *started = m_client->call(
        u"activity.start"_s,
        {{u"applicationId"_s, applicationId},
         {u"kind"_s, u"assessment"_s},
         {u"integrationId"_s, u"justifacts"_s},
         {u"config"_s, QJsonObject{{u"assessmentTypeId"_s, m_packages.first()}}}},
        this);
    connect(started, &ApiCall::finished, this, [this, started, application, then] {
        if (!started->error().isError()) {
            then();
            return;
        }
        // Justifacts is still checking this candidate (a run of the soak): try the next one.
        if (started->error().code() == u"partner_refused"_s) {
            startAssessment(application + 1, then);
            return;
        }
        Q_EMIT finished(u"could not plant an assessment: "_s + started->error().details());
    });
}

void DefectPlanter::start()
{
    // A GUI thread kept busy for 1.2 s: the heartbeat must call it a hang.
    QElapsedTimer busy;
    busy.start();
    while (busy.elapsed() < 1'200) {
    }

    const SoakLedger::Note *confirmed = nullptr;
    for (const SoakLedger::Note &note : std::as_const(m_ledger->notes)) {
        if (note.outcome == WriteOutcome::Confirmed) {
            confirmed = &note;
            break;
        }
    }
    if (!confirmed || m_ledger->applications.isEmpty() || m_ledger->integrations.isEmpty()
        || m_ledger->plans.isEmpty() || m_packages.isEmpty()) {
        Q_EMIT finished(u"the run saved too little to plant defects in"_s);
        return;
    }
    const SoakLedger::Note doubled = *confirmed;
    m_ledger->notes.append({doubled.candidateId, doubled.text + u" (never sent)"_s,
                            WriteOutcome::Confirmed});
    const SoakLedger::Application &application = m_ledger->applications.first();
    QString stray;
    for (const QString &stage : application.stageIds) {
        if (!application.possibleStages.contains(stage))
            stray = stage;
    }
    const QString integrationId = m_ledger->integrations.cbegin().key();
    const bool enabled = m_ledger->integrations.cbegin()->enabled;
    using Results = const QJsonValue &;
    call(u"candidate.createNote"_s,
         {{u"candidateId"_s, doubled.candidateId}, {u"note"_s, doubled.text}}, [=, this](Results) {
             call(u"application.changeStage"_s,
                  {{u"applicationId"_s, application.id}, {u"interviewStageId"_s, stray}},
                  [=, this](Results) {
                      call(enabled ? u"integration.disable"_s : u"integration.enable"_s,
                           {{u"integrationId"_s, integrationId}}, [this](Results) {
                               call(u"externalWorkflow.create"_s,
                                    {{u"integrationId"_s, u"juro"_s},
                                     {u"title"_s, QString(m_workflowTag + u" planted"_s)},
                                     {u"entryPoint"_s, u"offer"_s},
                                     {u"templateId"_s, u"nda"_s}},
                                    [this](Results) {
                                        changePlan([this] {
                                            startAssessment(0, [this] { Q_EMIT finished({}); });
                                        });
                                    });
                           });
                  });
         });
}

} // namespace Tessera::Soak
