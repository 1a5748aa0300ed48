// Juro contract workflows started for a candidate (docs/API.md §3.15): activity.form, what the
// console's start dialog shows. activity.start / cancel / list reach JuroRuns from
// ActivityMethods.
#include "MethodContext.h"

#include "models/api/ApiProtocol.h"
#include "sandbox/activities/WorkflowForm.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/server/MethodRegistry.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

WorkflowForm formFor(const Store &store, const MethodCall &call)
{
    if (call.has(u"offerId"_s))
        return WorkflowForm::forOffer(store, call.requiredString(u"offerId"_s),
                                      call.requiredString(u"externalWorkflowId"_s));
    if (!call.has(u"applicationId"_s))
        throw ApiFailure::invalidInput(
            u"Give {applicationId, planActivityId} (a workflow of the application's current "
            "stage) or {offerId, externalWorkflowId} (a workflow started from an offer)."_s);
    return WorkflowForm::forPlanActivity(store, call.requiredString(u"applicationId"_s),
                                         call.requiredString(u"planActivityId"_s));
}

} // namespace

void registerWorkflowRunMethods(MethodRegistry &registry, MethodContext &context)
{
    Store &store = context.store;
    registry.add(u"activity.form"_s, u"candidatesRead"_s, [&store](const MethodCall &call) {
        return Protocol::successEnvelope(formFor(store, call).view());
    });
}

} // namespace Tessera::Sandbox
