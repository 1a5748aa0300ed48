#include "PlanCaptures.h"

#include "CaptureSession.h"

#include "models/api/ApiCall.h"
#include "models/core/LoadStatus.h"
#include "models/plans/PlanActivitiesDocument.h"
#include "models/plans/PlanPalette.h"
#include "models/reference/ReferenceData.h"
#include "models/session/BackendContext.h"
#include "ui/plans/InterviewPlansView.h"
#include "ui/plans/StageColumn.h"

#include <QApplication>
#include <QJsonArray>
#include <QScrollArea>
#include <QScrollBar>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
// Justifacts' "Standard background check" and "Reference check" packages, as its stand-in lists
// them (assessment_type_id is a UUID in Ashby's API).
const QString standardCheckPackage = QStringLiteral("6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b02");
const QString referenceCheckPackage = QStringLiteral("6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b04");

// Wide enough for the stages from screening to offer side by side.
constexpr QSize boardWindowSize{1680, 900};
} // namespace

PlanCaptures::PlanCaptures(CaptureSession *session, QObject *parent)
    : CaptureScene(session, parent)
{
}

void PlanCaptures::start()
{
    session()->call(u"job.list"_s, {{u"limit"_s, 1}}, [this](ApiCall *jobs) {
        const QJsonObject job = jobs->results().toArray().at(0).toObject();
        const QString jobId = job[u"id"_s].toString();
        const QString planId = job[u"defaultInterviewPlanId"_s].toString();
        if (planId.isEmpty()) {
            session()->fail(u"no job with an interview plan for the designer"_s);
            return;
        }
        session()->call(u"interviewStage.list"_s, {{u"interviewPlanId"_s, planId}},
                [this, jobId, planId](ApiCall *stageList) {
            QHash<QString, QString> stages;
            QString beforeCheck;
            QString previous;
            for (const QJsonValue stage : stageList->results().toArray()) {
                const QString title = stage[u"title"_s].toString();
                stages.insert(title, stage[u"id"_s].toString());
                if (title == u"Background Check"_s)
                    beforeCheck = previous;
                previous = stage[u"id"_s].toString();
            }
            const QJsonObject workflow{{u"integrationId"_s, u"juro"_s},
                                       {u"title"_s, u"Employment contract"_s},
                                       {u"entryPoint"_s, u"interviewPlanActivity"_s},
                                       {u"templateId"_s, u"employment-contract"_s}};
            // It may exist already (a capture on a data directory used before).
            session()->call(u"externalWorkflow.create"_s, workflow, [=, this](ApiCall *) {
                session()->call(u"externalWorkflow.list"_s, {{u"integrationId"_s, u"juro"_s}},
                        [=, this](ApiCall *workflows) {
                    QString workflowId;
                    for (const QJsonValue item : workflows->results().toArray())
                        if (item[u"entryPoint"_s].toString() == u"interviewPlanActivity"_s)
                            workflowId = item[u"id"_s].toString();
                    const QJsonObject link{{u"jobId"_s, jobId},
                                           {u"interviewStageId"_s, stages.value(u"Recruiter Screen"_s)},
                                           {u"interviewTitle"_s, u"Phone screen questions"_s}};
                    session()->call(u"partnerConsole.willo.linkInterview"_s, link, [=, this](ApiCall *) {
                        session()->call(u"interviewPlanActivity.list"_s, {{u"interviewPlanId"_s, planId}},
                                [=, this](ApiCall *current) {
                            const QString check = stages.value(u"Background Check"_s);
                            const auto package = [check](const QString &id) {
                                return QJsonObject{{u"interviewStageId"_s, check},
                                                   {u"kind"_s, u"assessment"_s},
                                                   {u"integrationId"_s, u"justifacts"_s},
                                                   {u"config"_s, QJsonObject{{u"assessmentTypeId"_s, id}}}};
                            };
                            QJsonArray activities{package(standardCheckPackage),
                                                  package(referenceCheckPackage)};
                            if (!workflowId.isEmpty())
                                activities.append(QJsonObject{
                                    {u"interviewStageId"_s, beforeCheck},
                                    {u"kind"_s, u"externalWorkflow"_s},
                                    {u"integrationId"_s, u"juro"_s},
                                    {u"config"_s, QJsonObject{{u"externalWorkflowId"_s, workflowId}}}});
                            const QJsonObject set{
                                {u"interviewPlanId"_s, planId},
                                {u"version"_s, current->results()[u"version"_s].toInt()},
                                {u"activities"_s, activities}};
                            session()->call(u"interviewPlanActivity.set"_s, set, [=, this](ApiCall *saved) {
                                if (saved->error().isError()) {
                                    session()->fail(u"the designer's demo plan was refused: "_s
                                            + saved->error().serverMessage());
                                    return;
                                }
                                session()->call(u"partnerConsole.justifacts.withdrawPackage"_s,
                                        {{u"assessmentTypeId"_s, referenceCheckPackage}},
                                        [=, this](ApiCall *) { showInterviewPlans(jobId, planId); });
                            });
                        });
                    });
                });
            });
        });
    });
}

void PlanCaptures::showInterviewPlans(const QString &jobId, const QString &planId)
{
    MainWindow *window = session()->window();
    auto *plans = session()->view<InterviewPlansView>(MainWindow::View::InterviewPlans);
    if (!plans) {
        session()->fail(u"the interview plans view is missing"_s);
        return;
    }
    window->showView(MainWindow::View::InterviewPlans);
    plans->openJob(jobId);
    plans->document()->reload();
    plans->palette()->load();
    auto *stages = session()->context()->reference()->stages(planId);
    const auto ready = [plans, stages] {
        return plans->document()->status()->state() == LoadState::Ready
            && plans->palette()->status()->state() == LoadState::Ready
            && stages->status()->hasLoaded() && !plans->columns().isEmpty();
    };
    session()->whenReady(ready, u"the interview plan did not load"_s, [this, window, plans] {
        window->resize(boardWindowSize);
        QApplication::processEvents();
        for (StageColumn *column : plans->columns())
            if (column->title() == u"Recruiter Screen"_s)
                plans->boardArea()->horizontalScrollBar()->setValue(column->x());
        if (!session()->saveSettled(window, u"interview-plans"_s))
            return;
        window->resize(CaptureSession::windowSize);
        Q_EMIT finished(Then::Next);
    }, {plans->document()->status(), plans->palette()->status(), stages->status()});
}

} // namespace Tessera
