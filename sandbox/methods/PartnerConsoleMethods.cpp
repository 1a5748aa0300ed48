// Sandbox-only partnerConsole.* methods: what an admin does on a partner's own website.
#include "MethodContext.h"

#include "models/api/ApiProtocol.h"
#include "sandbox/integrations/IntegrationCapabilities.h"
#include "sandbox/integrations/IntegrationCatalog.h"
#include "sandbox/partners/HumaansStandIn.h"
#include "sandbox/partners/JuroStandIn.h"
#include "sandbox/partners/JustifactsStandIn.h"
#include "sandbox/partners/PartnerHub.h"
#include "sandbox/partners/SoraStandIn.h"
#include "sandbox/partners/WilloStandIn.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/server/MethodRegistry.h"

using namespace Qt::Literals::StringLiterals;

namespace Code = Tessera::Protocol::ErrorCode;

namespace Tessera::Sandbox {

namespace {

const QString consoleScope = u"organizationWrite"_s;

// Registers partnerConsole.<partner>.<action>; every call first checks that the partner is up.
void addFor(MethodRegistry &registry, StandIn &standIn, const QString &action,
            MethodHandler handler)
{
    registry.add(u"partnerConsole.%1.%2"_s.arg(standIn.id(), action), consoleScope,
                 [&standIn, handler = std::move(handler)](const MethodCall &call) {
        standIn.requireUp();
        return handler(call);
    });
}

MethodResult later(const MethodCall &call, const std::function<void(const Deferred &)> &start)
{
    const Deferred answer = DeferredAnswer::create(call.requestId());
    start(answer);
    return answer;
}

void registerJuro(MethodRegistry &registry, JuroStandIn &juro)
{
    addFor(registry, juro, u"activateApi"_s, [&juro](const MethodCall &) {
        return Protocol::successEnvelope(QJsonObject{{u"apiKey"_s, juro.activateApi()}});
    });
    addFor(registry, juro, u"rotateApiKey"_s, [&juro](const MethodCall &) {
        return Protocol::successEnvelope(QJsonObject{{u"apiKey"_s, juro.rotateApiKey()}});
    });
    addFor(registry, juro, u"addWebhook"_s, [&juro](const MethodCall &call) {
        const QString id = juro.addWebhook(
            call.optionalString(u"name"_s).value_or(u"Ashby"_s), call.requiredString(u"url"_s),
            call.requiredString(u"signatureSecret"_s),
            call.optionalStringList(u"triggers"_s).value_or(QStringList{u"all"_s}));
        return Protocol::successEnvelope(QJsonObject{{u"webhookId"_s, id}});
    });
    addFor(registry, juro, u"sendTestWebhook"_s, [&juro](const MethodCall &call) {
        return later(call, [&juro](const Deferred &answer) { juro.sendTestWebhook(answer); });
    });
}

void registerWillo(MethodRegistry &registry, WilloStandIn &willo)
{
    addFor(registry, willo, u"connect"_s, [&willo](const MethodCall &call) {
        const QString key = call.requiredString(u"atsApiKey"_s);
        const QString plan = call.optionalString(u"plan"_s).value_or(u"Growth"_s);
        return later(call, [&](const Deferred &answer) { willo.connectKey(key, plan, answer); });
    });
    addFor(registry, willo, u"status"_s, [&willo](const MethodCall &) {
        return Protocol::successEnvelope(willo.status());
    });
    addFor(registry, willo, u"disconnect"_s, [&willo](const MethodCall &) {
        willo.disconnectKey();
        return Protocol::successEnvelope(willo.status());
    });
    addFor(registry, willo, u"linkInterview"_s, [&willo](const MethodCall &call) {
        return Protocol::successEnvelope(willo.linkInterview(
            call.requiredString(u"jobId"_s), call.requiredString(u"interviewStageId"_s),
            call.requiredString(u"interviewTitle"_s)));
    });
    addFor(registry, willo, u"unlinkInterview"_s, [&willo](const MethodCall &call) {
        const QString jobId = call.requiredString(u"jobId"_s);
        const QString stageId = call.requiredString(u"interviewStageId"_s);
        willo.unlinkInterview(jobId, stageId);
        return Protocol::successEnvelope(
            QJsonObject{{u"jobId"_s, jobId}, {u"interviewStageId"_s, stageId}});
    });
}

void registerHumaans(MethodRegistry &registry, HumaansStandIn &humaans)
{
    addFor(registry, humaans, u"connect"_s, [&humaans](const MethodCall &call) {
        const QString key = call.requiredString(u"atsApiKey"_s);
        return later(call, [&](const Deferred &answer) { humaans.connectKey(key, answer); });
    });
    addFor(registry, humaans, u"status"_s, [&humaans](const MethodCall &) {
        return Protocol::successEnvelope(humaans.status());
    });
    addFor(registry, humaans, u"disconnect"_s, [&humaans](const MethodCall &) {
        humaans.disconnectKey();
        return Protocol::successEnvelope(humaans.status());
    });
}

void registerSora(MethodRegistry &registry, SoraStandIn &sora)
{
    addFor(registry, sora, u"connect"_s, [&sora](const MethodCall &call) {
        const QString key = call.requiredString(u"atsApiKey"_s);
        const bool active = call.optionalBool(u"active"_s).value_or(true);
        return later(call, [&](const Deferred &answer) { sora.connectKey(key, active, answer); });
    });
    addFor(registry, sora, u"setActive"_s, [&sora](const MethodCall &call) {
        const auto active = call.optionalBool(u"active"_s);
        if (!active)
            throw ApiFailure::invalidInput(
                u"Missing required field \"active\" (true or false)."_s);
        return Protocol::successEnvelope(sora.setActive(*active));
    });
    addFor(registry, sora, u"addListener"_s, [&sora](const MethodCall &call) {
        const QString workflow = call.optionalString(u"workflow"_s).value_or(u"Onboarding"_s);
        const QString stageId = call.requiredString(u"stageId"_s);
        return later(call,
                     [&](const Deferred &answer) { sora.addListener(workflow, stageId, answer); });
    });
    addFor(registry, sora, u"createListener"_s, [&sora](const MethodCall &call) {
        return Protocol::successEnvelope(
            sora.createListener(call.requiredString(u"listenerId"_s)));
    });
    addFor(registry, sora, u"status"_s, [&sora](const MethodCall &) {
        return Protocol::successEnvelope(sora.status());
    });
    addFor(registry, sora, u"disconnect"_s, [&sora](const MethodCall &) {
        sora.disconnectKey();
        return Protocol::successEnvelope(sora.status());
    });
}

} // namespace

void registerPartnerConsoleMethods(MethodRegistry &registry, MethodContext &context)
{
    PartnerHub &partners = context.partners;
    registry.add(u"partnerConsole.setDown"_s, consoleScope, [&partners](const MethodCall &call) {
        const QString id = call.requiredString(u"partnerId"_s);
        StandIn *standIn = partners.find(id);
        if (!standIn)
            throw ApiFailure::notFound(Code::partnerNotFound, u"partner stand-in"_s, id);
        const auto down = call.optionalBool(u"down"_s);
        if (!down)
            throw ApiFailure::invalidInput(u"Missing required field \"down\" (true or false)."_s);
        standIn->setDown(*down);
        return Protocol::successEnvelope(QJsonObject{{u"partnerId"_s, id},
                                                     {u"down"_s, *down},
                                                     {u"heldWhileDown"_s,
                                                      standIn->heldWhileDown()}});
    });
    // One shape for every stand-in that receives records, so a console needs no per-partner
    // parsing of the status methods.
    registry.add(IntegrationCapabilities::receivedRecordsMethod, consoleScope,
                 [&partners](const MethodCall &call) {
        const QString id = call.requiredString(u"integrationId"_s);
        const IntegrationEntry *entry = IntegrationCatalog::find(id);
        if (!entry)
            throw ApiFailure::notFound(Code::integrationNotFound, u"integration"_s, id);
        StandIn *standIn = partners.find(id);
        if (!standIn || standIn->receivedRecordsLabel().isEmpty()) {
            QStringList receiving;
            for (const StandIn *other : partners.all())
                if (!other->receivedRecordsLabel().isEmpty())
                    receiving << u"%1 (%2)"_s.arg(other->name(), other->receivedRecordsLabel());
            throw ApiFailure::invalidInput(
                u"%1 receives no records from Ashby; only %2 do. Its capabilities say so: "
                "receivedRecords is empty."_s.arg(entry->name, receiving.join(u", "_s)));
        }
        standIn->requireUp();
        return Protocol::successEnvelope(
            QJsonObject{{u"records"_s, standIn->receivedRecords()}});
    });
    registerJuro(registry, partners.juro());
    registerWillo(registry, partners.willo());
    registerHumaans(registry, partners.humaans());
    registerSora(registry, partners.sora());
    JustifactsStandIn &justifacts = partners.justifacts();
    addFor(registry, justifacts, u"issueCredential"_s, [&justifacts](const MethodCall &) {
        return Protocol::successEnvelope(justifacts.issueCredential());
    });
    addFor(registry, justifacts, u"connect"_s, [&justifacts](const MethodCall &call) {
        const QString key = call.requiredString(u"atsApiKey"_s);
        return later(call, [&](const Deferred &answer) { justifacts.connectKey(key, answer); });
    });
    addFor(registry, justifacts, u"checks"_s, [&justifacts](const MethodCall &) {
        return Protocol::successEnvelope(
            QJsonObject{{u"checks"_s, justifacts.checks().list()}});
    });
    addFor(registry, justifacts, u"withdrawPackage"_s, [&justifacts](const MethodCall &call) {
        const QString id = call.requiredString(u"assessmentTypeId"_s);
        justifacts.withdrawPackage(id);
        return Protocol::successEnvelope(
            QJsonObject{{u"assessmentTypeId"_s, id}, {u"offered"_s, false}});
    });
    addFor(registry, justifacts, u"restorePackage"_s, [&justifacts](const MethodCall &call) {
        const QString id = call.requiredString(u"assessmentTypeId"_s);
        justifacts.restorePackage(id);
        return Protocol::successEnvelope(
            QJsonObject{{u"assessmentTypeId"_s, id}, {u"offered"_s, true}});
    });
}

QStringList partnerConsoleMethodNames(const MethodRegistry &registry)
{
    QStringList names;
    for (const QString &name : registry.names())
        if (name.startsWith(u"partnerConsole."_s))
            names << name;
    names.sort();
    return names;
}

} // namespace Tessera::Sandbox
