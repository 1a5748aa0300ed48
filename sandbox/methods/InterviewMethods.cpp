#include "MethodContext.h"

#include "models/api/ApiProtocol.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/server/MethodRegistry.h"
#include "sandbox/server/Pager.h"
#include "sandbox/store/Store.h"
#include "Views.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

void registerInterviewMethods(MethodRegistry &registry, MethodContext &context)
{
    Store &store = context.store;
    const Pager &pager = context.pager;

    registry.add(u"interviewPlan.list"_s, u"interviewsRead"_s,
                 [&store, &pager](const MethodCall &call) {
        ListQuery query{&store.interviewPlans};
        if (!call.optionalBool(u"includeArchived"_s).value_or(false))
            query.where = u"is_archived = 0"_s;
        return pager.page(call, query);
    });

    registry.add(u"interviewStage.list"_s, u"interviewsRead"_s, [&store](const MethodCall &call) {
        const QString planId = call.requiredString(u"interviewPlanId"_s);
        if (!store.interviewPlans.contains(planId))
            throw ApiFailure::notFound(
                QString::fromLatin1(Protocol::ErrorCode::interviewPlanNotFound),
                u"interview plan"_s, planId);
        QJsonArray stages;
        for (const StoredDocument &stage :
             store.interviewStages.select(u"plan_id = ?"_s, {planId}, u"ord"_s))
            stages << Views::stage(stage.doc);
        QJsonObject envelope = Protocol::successEnvelope(stages);
        envelope.insert(u"moreDataAvailable"_s, false);
        return envelope;
    });

    registry.add(u"interviewStage.info"_s, u"interviewsRead"_s, [&store](const MethodCall &call) {
        const Views views(store);
        return Protocol::successEnvelope(
            Views::stage(views.requireStage(call.requiredString(u"interviewStageId"_s))));
    });

    // Extension: archiving a stage keeps it (and what points at it) but marks it; interview-plan
    // activities on it show the stage_archived problem.
    registry.add(u"interviewStage.archive"_s, u"interviewsWrite"_s,
                 [&store](const MethodCall &call) {
        const Views views(store);
        QJsonObject stage = views.requireStage(call.requiredString(u"interviewStageId"_s));
        const auto archived = call.optionalBool(u"archived"_s);
        if (!archived)
            throw ApiFailure::invalidInput(
                u"Missing required field \"archived\" (true or false)."_s);
        stage.insert(u"isArchived"_s, *archived);
        store.interviewStages.update(stage.value(u"id"_s).toString(), stage);
        return Protocol::successEnvelope(Views::stage(stage));
    });

    registry.add(u"interviewStageGroup.list"_s, u"interviewsRead"_s,
                 [&store](const MethodCall &) {
        QJsonArray groups;
        for (const StoredDocument &group : store.stageGroups.select({}, {}, u"ord"_s))
            groups << group.doc;
        return Protocol::successEnvelope(groups);
    });
}

} // namespace Tessera::Sandbox
