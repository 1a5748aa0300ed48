#include "MethodContext.h"

#include "models/api/ApiProtocol.h"
#include "sandbox/activities/ActivityCodes.h"
#include "sandbox/activities/ActivityStats.h"
#include "sandbox/activities/CandidateActivities.h"
#include "sandbox/activities/JuroRuns.h"
#include "sandbox/activities/WilloInvites.h"
#include "sandbox/partners/PartnerHub.h"
#include "sandbox/activities/WorkflowForm.h"
#include "sandbox/plans/PlanActivities.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/server/DeferredAnswer.h"
#include "sandbox/server/MethodRegistry.h"
#include "sandbox/store/Store.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Code = Tessera::Protocol::ErrorCode;

namespace Tessera::Sandbox {

namespace {

QJsonObject applicationOrThrow(const Store &store, const QString &applicationId)
{
    const auto application = store.applications.find(applicationId);
    if (!application)
        throw ApiFailure::notFound(Code::applicationNotFound, u"application"_s, applicationId);
    return *application;
}

// The plan activities of the application's current stage, not yet started, as activity.list
// shows them.
QJsonArray notStarted(const Store &store, const QJsonObject &application,
                      const QStringList &startedPlanActivities)
{
    QJsonArray shown;
    const PlanActivities plan =
        PlanActivities::load(store, application.value(u"interviewPlanId"_s).toString());
    const QString stageId = application.value(u"currentInterviewStageId"_s).toString();
    for (const QJsonValue value : plan.activities()) {
        const QJsonObject activity = value.toObject();
        const QString id = activity.value(u"id"_s).toString();
        if (activity.value(u"interviewStageId"_s).toString() != stageId
            || startedPlanActivities.contains(id))
            continue;
        shown << CandidateActivities::notStartedView(
            {{u"planActivityId"_s, id},
             {u"kind"_s, activity.value(u"kind"_s)},
             {u"integrationId"_s, activity.value(u"integrationId"_s)},
             {u"title"_s, activity.value(u"title"_s)}});
    }
    return shown;
}

MethodResult deferredActivity(const MethodCall &call,
                              const std::function<void(CandidateActivities::Done,
                                                       CandidateActivities::Failed)> &work)
{
    const Deferred answer = DeferredAnswer::create(call.requestId());
    work([answer](const QJsonObject &activity) {
        answer->succeed(QJsonObject{{u"activity"_s, activity}});
    }, [answer](const QString &code, const QString &message) { answer->fail(code, message); });
    return MethodResult(answer);
}

} // namespace

void registerActivityMethods(MethodRegistry &registry, MethodContext &context)
{
    Store &store = context.store;
    PartnerHub &partners = context.partners;

    // Ashby's public API: the assessment partner reports progress (OpenAPI assessment.update).
    registry.add(u"assessment.update"_s, u"candidatesWrite"_s, [&store](const MethodCall &call) {
        return Protocol::successEnvelope(CandidateActivities::apply(store, call.body()));
    });

    registry.add(u"activity.list"_s, u"candidatesRead"_s,
                 [&store, &partners](const MethodCall &call) {
        if (call.has(u"offerId"_s))
            return Protocol::successEnvelope(QJsonObject{
                {u"activities"_s, JuroRuns::listForOffer(store, call.requiredString(u"offerId"_s),
                                                         QDateTime::currentMSecsSinceEpoch())}});
        const QString applicationId = call.requiredString(u"applicationId"_s);
        const QJsonObject application = applicationOrThrow(store, applicationId);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QJsonArray started;
        QStringList startedPlanActivities;
        qint64 lastSeq = 0;
        for (const StoredDocument &row : store.candidateActivities.select(
                 u"application_id = ?"_s, {applicationId}, u"rid"_s)) {
            started << CandidateActivities::view(row.doc, now);
            startedPlanActivities << row.doc.value(u"planActivityId"_s).toString();
            lastSeq = std::max(lastSeq, row.seq);
        }
        QJsonArray activities = notStarted(store, application, startedPlanActivities);
        for (const QJsonValue value : started)
            activities << value;
        for (const QJsonValue value : WilloInvites::activities(store, applicationId))
            activities << value;
        if (const QJsonValue waiting = WilloInvites::waiting(store, partners.willo(), application);
            waiting.isObject())
            activities << waiting;
        return Protocol::successEnvelope(QJsonObject{
            {u"activities"_s, activities}, {u"syncToken"_s, QString::number(lastSeq)}});
    });

    registry.add(u"activity.stats"_s, u"candidatesRead"_s, [&store](const MethodCall &call) {
        return Protocol::successEnvelope(ActivityStats::compute(store, call.body(), call.nowMs()));
    });

    registry.add(u"activity.start"_s, u"candidatesWrite"_s,
                 [&store, &partners](const MethodCall &call) {
        const QJsonObject values = call.optionalObject(u"values"_s).value_or(QJsonObject{});
        if (call.has(u"offerId"_s)) {
            const WorkflowForm form = WorkflowForm::forOffer(
                store, call.requiredString(u"offerId"_s),
                call.requiredString(u"externalWorkflowId"_s));
            return deferredActivity(call, [&, form, values](auto done, auto failed) {
                JuroRuns::start(store, partners, form, values, std::move(done), std::move(failed));
            });
        }
        const QString applicationId = call.requiredString(u"applicationId"_s);
        const QJsonObject application = applicationOrThrow(store, applicationId);
        QString integrationId;
        QString assessmentTypeId;
        QString planActivityId;
        if (const auto planned = call.optionalString(u"planActivityId"_s)) {
            planActivityId = *planned;
            QJsonObject found;
            for (const QJsonValue value : notStarted(store, application, {}))
                if (value.toObject().value(u"planActivityId"_s).toString() == planActivityId)
                    found = value.toObject();
            if (found.isEmpty())
                throw ApiFailure::notFound(ActivityCodes::activityNotFound,
                                           u"activity of the application's current stage"_s,
                                           planActivityId);
            if (!store.candidateActivities
                     .select(u"application_id = ? AND json_extract(doc, '$.planActivityId') = ? "
                             "AND json_extract(doc, '$.status') NOT IN "
                             "('completed', 'cancelled', 'failed')"_s,
                             {applicationId, planActivityId}, {}, 1)
                     .isEmpty())
                throw ApiFailure::invalidInput(
                    u"This activity is already running for the application; cancel it before "
                    "starting it again."_s);
            if (found.value(u"kind"_s).toString() == u"externalWorkflow"_s) {
                const WorkflowForm form =
                    WorkflowForm::forPlanActivity(store, applicationId, planActivityId);
                return deferredActivity(call, [&, form, values](auto done, auto failed) {
                    JuroRuns::start(store, partners, form, values, std::move(done),
                                    std::move(failed));
                });
            }
            if (found.value(u"kind"_s).toString() != u"assessment"_s)
                throw ApiFailure::invalidInput(
                    u"Starting \"%1\" activities is not supported yet; only assessments start "
                    "from here."_s.arg(found.value(u"kind"_s).toString()));
            integrationId = found.value(u"integrationId"_s).toString();
            const auto full = PlanActivities::load(
                store, application.value(u"interviewPlanId"_s).toString()).find(planActivityId);
            assessmentTypeId = full->value(u"config"_s).toObject()
                                   .value(u"assessmentTypeId"_s).toString();
        } else {
            const QString kind = call.requiredString(u"kind"_s);
            if (kind != u"assessment"_s)
                throw ApiFailure::invalidInput(
                    u"Field \"kind\" must be \"assessment\" for a manual activity (or send "
                    "planActivityId to start one of the stage's activities)."_s);
            integrationId = call.requiredString(u"integrationId"_s);
            const QJsonObject config = call.optionalObject(u"config"_s).value_or(QJsonObject{});
            assessmentTypeId = config.value(u"assessmentTypeId"_s).toString();
            if (assessmentTypeId.isEmpty())
                throw ApiFailure::invalidInput(
                    u"Field \"config.assessmentTypeId\" must name the package to start (see "
                    "assessmentType.list)."_s);
        }
        return deferredActivity(call, [&, applicationId, integrationId, assessmentTypeId,
                                       planActivityId](auto done, auto failed) {
            CandidateActivities::startAssessment(store, partners, applicationId, integrationId,
                                                 assessmentTypeId, planActivityId,
                                                 std::move(done), std::move(failed));
        });
    });

    registry.add(u"activity.cancel"_s, u"candidatesWrite"_s,
                 [&store, &partners](const MethodCall &call) {
        const QString activityId = call.requiredString(u"activityId"_s);
        const QString reason = call.requiredString(u"reason"_s);
        const auto run = store.candidateActivities.find(activityId);
        if (run && run->value(u"integrationId"_s).toString() == u"juro"_s
            && !CandidateActivities::isFinal(run->value(u"status"_s).toString())
            && !reason.trimmed().isEmpty())
            return deferredActivity(call, [&, run, reason](auto done, auto failed) {
                JuroRuns::cancel(store, partners, *run, reason, std::move(done), std::move(failed));
            });
        return deferredActivity(call, [&, activityId, reason](auto done, auto failed) {
            CandidateActivities::cancel(store, partners, activityId, reason, std::move(done),
                                        std::move(failed));
        });
    });
}

} // namespace Tessera::Sandbox
