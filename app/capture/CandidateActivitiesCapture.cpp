#include "CandidateActivitiesCapture.h"

#include "CaptureSession.h"

#include "models/activities/ApplicationActivities.h"
#include "models/api/ApiCall.h"
#include "models/candidates/CandidateDetail.h"
#include "models/core/LoadStatus.h"
#include "ui/candidates/ActivitiesTab.h"
#include "ui/candidates/CandidateDetailPane.h"
#include "ui/candidates/CandidateTabs.h"
#include "ui/candidates/CandidatesView.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
// Justifacts' "Basic identity check" package, as its stand-in lists it.
const QString basicCheckPackage = QStringLiteral("6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01");
constexpr int checkPollMs = 1'000;
} // namespace

CandidateActivitiesCapture::CandidateActivitiesCapture(CaptureSession *session, QObject *parent)
    : CaptureScene(session, parent)
{
}

void CandidateActivitiesCapture::start()
{
    session()->call(u"job.list"_s, {{u"limit"_s, 1}}, [this](ApiCall *jobs) {
        const QJsonObject job = jobs->results().toArray().at(0).toObject();
        const QString jobId = job[u"id"_s].toString();
        const QString planId = job[u"defaultInterviewPlanId"_s].toString();
        session()->call(u"interviewStage.list"_s, {{u"interviewPlanId"_s, planId}},
                        [=, this](ApiCall *stageList) {
            QString check;
            for (const QJsonValue stage : stageList->results().toArray())
                if (stage[u"title"_s].toString() == u"Background Check"_s)
                    check = stage[u"id"_s].toString();
            session()->call(u"interviewPlanActivity.list"_s, {{u"interviewPlanId"_s, planId}},
                            [=, this](ApiCall *current) {
                if (session()->failed(current, u"the plan's activities could not be read"_s))
                    return;
                QJsonArray entries;
                QJsonObject workflow;
                bool workflowOnCheck = false;
                for (const QJsonValue value : current->results()[u"activities"_s].toArray()) {
                    QJsonObject entry = value.toObject();
                    entry.remove(u"problems"_s);
                    entry.remove(u"order"_s);
                    entry.remove(u"createdAt"_s);
                    entry.remove(u"updatedAt"_s);
                    entry.remove(u"interviewPlanId"_s);
                    if (entry[u"kind"_s].toString() == u"externalWorkflow"_s) {
                        workflow = entry;
                        workflowOnCheck = workflowOnCheck || entry[u"interviewStageId"_s] == check;
                    }
                    entries.append(entry);
                }
                if (!workflow.isEmpty() && !workflowOnCheck) {
                    workflow.remove(u"id"_s);
                    workflow.insert(u"interviewStageId"_s, check);
                    entries.append(workflow);
                }
                const QJsonObject set{{u"interviewPlanId"_s, planId},
                                      {u"version"_s, current->results()[u"version"_s].toInt()},
                                      {u"activities"_s, entries}};
                session()->call(u"interviewPlanActivity.set"_s, set, [=, this](ApiCall *saved) {
                    if (!session()->failed(saved, u"the workflow could not join Background Check"_s))
                        startFirstCheck(jobId, check);
                });
            });
        });
    });
}

void CandidateActivitiesCapture::startFirstCheck(const QString &jobId, const QString &checkStageId)
{
    session()->call(u"application.list"_s, {{u"limit"_s, 100}}, [=, this](ApiCall *list) {
        QString applicationId;
        QString candidateId;
        for (const QJsonValue value : list->results().toArray())
            if (value[u"job"_s][u"id"_s].toString() == jobId
                && value[u"status"_s].toString() == u"Active"_s) {
                applicationId = value[u"id"_s].toString();
                candidateId = value[u"candidate"_s][u"id"_s].toString();
            }
        if (applicationId.isEmpty()) {
            session()->fail(u"no active application for the activities picture"_s);
            return;
        }
        session()->call(u"application.changeStage"_s,
                        {{u"applicationId"_s, applicationId}, {u"interviewStageId"_s, checkStageId}},
                        [=, this](ApiCall *moved) {
            if (session()->failed(moved, u"the candidate could not move to Background Check"_s))
                return;
            const QJsonObject basic{
                {u"applicationId"_s, applicationId},
                {u"kind"_s, u"assessment"_s},
                {u"integrationId"_s, u"justifacts"_s},
                {u"config"_s, QJsonObject{{u"assessmentTypeId"_s, basicCheckPackage}}}};
            // Justifacts reports results with a key of its own (the tour may have revoked or
            // never shared one).
            const QJsonObject key{{u"integrationPartner"_s, u"Justifacts"_s},
                                  {u"scopePreset"_s, u"integration:justifacts"_s}};
            session()->call(u"apiKey.create"_s, key, [=, this](ApiCall *created) {
                if (session()->failed(created, u"no key for Justifacts"_s))
                    return;
                const QJsonObject keyForPartner{
                    {u"atsApiKey"_s, created->results()[u"key"_s].toString()}};
                session()->call(u"partnerConsole.justifacts.connect"_s, keyForPartner,
                                [=, this](ApiCall *connected) {
                    if (session()->failed(connected, u"Justifacts did not take the key"_s))
                        return;
                    session()->call(u"activity.start"_s, basic, [=, this](ApiCall *started) {
                        if (!session()->failed(started, u"Justifacts did not start the check"_s))
                            startRunningCheck(applicationId, candidateId);
                    });
                });
            });
        });
    });
}

void CandidateActivitiesCapture::startRunningCheck(const QString &applicationId,
                                                   const QString &candidateId)
{
    session()->call(u"activity.list"_s, {{u"applicationId"_s, applicationId}},
                    [=, this](ApiCall *list) {
        QString planned;
        bool complete = false;
        for (const QJsonValue value : list->results()[u"activities"_s].toArray()) {
            if (value[u"status"_s].toString() == u"completed"_s)
                complete = true;
            if (value[u"status"_s].toString() == u"not_started"_s
                && value[u"kind"_s].toString() == u"assessment"_s && planned.isEmpty())
                planned = value[u"planActivityId"_s].toString();
        }
        if (!complete) {
            QTimer::singleShot(checkPollMs, this,
                               [=, this] { startRunningCheck(applicationId, candidateId); });
            return;
        }
        session()->call(u"activity.start"_s,
                        {{u"applicationId"_s, applicationId}, {u"planActivityId"_s, planned}},
                        [=, this](ApiCall *started) {
            if (!session()->failed(started, u"the plan's check did not start"_s))
                showActivities(candidateId);
        });
    });
}

void CandidateActivitiesCapture::showActivities(const QString &candidateId)
{
    auto *view = session()->view<CandidatesView>(MainWindow::View::Candidates);
    if (!view) {
        Q_EMIT finished(Then::Last);
        return;
    }
    session()->window()->showView(MainWindow::View::Candidates);
    view->selectCandidate(candidateId);
    CandidateTabs *tabs = view->detailPane()->tabs();
    tabs->setCurrentWidget(tabs->activitiesTab());
    ApplicationActivities *model = tabs->activitiesTab()->model();
    const auto ready = [view, model] {
        if (view->detail()->state() != LoadState::Ready
            || model->status()->state() != LoadState::Ready)
            return false;
        bool running = false;
        bool completed = false;
        for (const CandidateActivity &activity : model->activities()) {
            running = running || activity.isRunning();
            completed = completed || activity.status == u"completed"_s;
        }
        return running && completed;
    };
    const QString notShown = u"the candidate's activities did not show a running and a completed check"_s;
    session()->whenReady(ready, notShown, [this] {
        // Queued: after the tab took the answer this status announced. Shown as it loaded: the
        // four cards fit without scrolling.
        QMetaObject::invokeMethod(this, [this] { finishWith(u"candidate-activities"_s); },
                                  Qt::QueuedConnection);
    }, {view->detail()->status(), model->status()});
}

} // namespace Tessera
