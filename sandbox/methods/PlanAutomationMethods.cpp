// interviewPlanAutomation.list (issue 12, docs/API.md §3.14): what fires at a plan's stages but
// is configured at the partner — Willo's trigger stages, Sora's listener stages and Humaans on
// the Hired stage — read from the partner stand-ins.
#include "MethodContext.h"

#include "models/api/ApiProtocol.h"
#include "sandbox/partners/HumaansStandIn.h"
#include "sandbox/partners/PartnerHub.h"
#include "sandbox/partners/SoraStandIn.h"
#include "sandbox/partners/WilloStandIn.h"
#include "sandbox/plans/PlanActivities.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/server/MethodRegistry.h"
#include "sandbox/store/Store.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

bool isEnabled(const Store &store, const QString &integrationId)
{
    const auto doc = store.integrations.find(integrationId);
    return doc && doc->value(u"state"_s).toString() == u"enabled"_s;
}

QString stateOf(bool active)
{
    return active ? u"active"_s : u"inactive"_s;
}

} // namespace

void registerPlanAutomationMethods(MethodRegistry &registry, MethodContext &context)
{
    Store &store = context.store;
    PartnerHub &partners = context.partners;

    registry.add(u"interviewPlanAutomation.list"_s, u"interviewsRead"_s,
                 [&store, &partners](const MethodCall &call) {
        const QString planId = call.requiredString(u"interviewPlanId"_s);
        PlanActivities::load(store, planId); // interview_plan_not_found
        const QList<QJsonObject> stages = PlanActivities::stagesOf(store, planId);
        QHash<QString, QJsonArray> byStage;
        const bool willoOn = isEnabled(store, u"willo"_s);
        for (const QJsonValue value : partners.willo().links()) {
            const QJsonObject link = value.toObject();
            const QString stageId = link.value(u"interviewStageId"_s).toString();
            byStage[stageId] << QJsonObject{
                {u"integrationId"_s, u"willo"_s},
                {u"interviewStageId"_s, stageId},
                {u"jobId"_s, link.value(u"jobId"_s)},
                {u"kind"_s, u"videoInvite"_s},
                {u"title"_s, u"Willo interview \"%1\""_s.arg(
                                 link.value(u"interviewTitle"_s).toString())},
                {u"detail"_s, u"Moving a candidate here sends the Willo invitation."_s},
                {u"state"_s, stateOf(willoOn)}};
        }
        const bool soraOn = isEnabled(store, u"sora"_s);
        for (const QJsonValue value : partners.sora().status().value(u"listeners"_s).toArray()) {
            const QJsonObject listener = value.toObject();
            const QString stageId = listener.value(u"stageId"_s).toString();
            const bool listening = listener.value(u"state"_s).toString() == u"active"_s;
            byStage[stageId] << QJsonObject{
                {u"integrationId"_s, u"sora"_s},
                {u"interviewStageId"_s, stageId},
                {u"kind"_s, u"recordImport"_s},
                {u"title"_s, u"Sora imports the new hire"_s},
                {u"detail"_s,
                 listening ? u"Moving a candidate here adds them to the Sora workflow \"%1\"."_s
                                 .arg(listener.value(u"workflow"_s).toString())
                           : u"The Sora listener for the workflow \"%1\" is not created yet; "
                             "click Create event listener in Sora."_s
                                 .arg(listener.value(u"workflow"_s).toString())},
                {u"state"_s, stateOf(soraOn && listening)}};
        }
        // Humaans imports on Hired; shown once Humaans is set up (enabled or holding a key).
        const bool humaansOn = isEnabled(store, u"humaans"_s);
        const bool humaansUsed = humaansOn || !partners.humaans().heldAtsKey().isEmpty();
        QJsonArray automations;
        for (const QJsonObject &stage : stages) {
            const QString stageId = stage.value(u"id"_s).toString();
            for (const QJsonValue value : byStage.value(stageId))
                automations << value;
            if (humaansUsed && stage.value(u"type"_s).toString() == u"Hired"_s)
                automations << QJsonObject{
                    {u"integrationId"_s, u"humaans"_s},
                    {u"interviewStageId"_s, stageId},
                    {u"kind"_s, u"recordImport"_s},
                    {u"title"_s, u"Humaans imports the new employee"_s},
                    {u"detail"_s, u"Moving a candidate here sends them to the New hires tab in "
                                  "Humaans for review."_s},
                    {u"state"_s, stateOf(humaansOn)}};
        }
        return Protocol::successEnvelope(QJsonObject{{u"automations"_s, automations}});
    });
}

} // namespace Tessera::Sandbox
