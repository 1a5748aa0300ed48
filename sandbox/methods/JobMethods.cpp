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

namespace {
const QStringList jobStatuses{u"Draft"_s, u"Open"_s, u"Closed"_s, u"Archived"_s};
}

void registerJobMethods(MethodRegistry &registry, MethodContext &context)
{
    Store &store = context.store;
    const Pager &pager = context.pager;

    registry.add(u"job.list"_s, u"jobsRead"_s, [&store, &pager](const MethodCall &call) {
        // Draft jobs only when asked for, as in Ashby.
        const QStringList statuses = call.optionalStringList(u"status"_s)
                                         .value_or(QStringList{u"Open"_s, u"Closed"_s,
                                                               u"Archived"_s});
        if (statuses.isEmpty())
            throw ApiFailure::invalidInput(u"Field \"status\" must list at least one status."_s);
        for (const QString &status : statuses)
            if (!jobStatuses.contains(status))
                throw ApiFailure::invalidInput(
                    u"Field \"status\" has the unknown job status \"%1\"."_s.arg(status));
        QStringList marks;
        marks.fill(u"?"_s, statuses.size());
        ListQuery query{&store.jobs, u"status IN (%1)"_s.arg(marks.join(u','))};
        for (const QString &status : statuses)
            query.binds << status;
        if (const auto after = call.optionalInteger(u"createdAfter"_s)) {
            query.where += u" AND created_ms > ?"_s;
            query.binds << *after;
        }
        const Views views(store);
        return pager.page(call, query, [&views](const QJsonObject &doc) { return views.job(doc); });
    });

    registry.add(u"job.info"_s, u"jobsRead"_s, [&store](const MethodCall &call) {
        const Views views(store);
        return Protocol::successEnvelope(views.job(views.requireJob(call.requiredString(u"id"_s))));
    });

    registry.add(u"jobInterviewPlan.info"_s, u"jobsRead"_s, [&store](const MethodCall &call) {
        const Views views(store);
        const QJsonObject job = views.requireJob(call.requiredString(u"jobId"_s));
        const QString planId = job.value(u"defaultInterviewPlanId"_s).toString();
        if (planId.isEmpty())
            throw ApiFailure(QString::fromLatin1(Protocol::ErrorCode::interviewPlanNotFound),
                             u"The job has no interview plan."_s);
        QJsonArray stages;
        for (const StoredDocument &stage :
             store.interviewStages.select(u"plan_id = ?"_s, {planId}, u"ord"_s))
            stages << Views::stageWithActivities(stage.doc);
        return Protocol::successEnvelope(QJsonObject{{u"jobId"_s, job.value(u"id"_s)},
                                                     {u"interviewPlanId"_s, planId},
                                                     {u"stages"_s, stages}});
    });
}

} // namespace Tessera::Sandbox
