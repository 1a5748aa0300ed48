#pragma once

#include <QStringList>

namespace Tessera::Sandbox {

class FaultInjector;
class MethodRegistry;
class Pager;
class PartnerHub;
class Store;
struct SyncPolicy;
class WebhookDispatcher;

// What method groups need; each group registers its handlers with register<Group>Methods().
struct MethodContext
{
    Store &store;
    const Pager &pager;
    FaultInjector &faults;
    SyncPolicy &syncPolicy;
    WebhookDispatcher &webhooks; // outbound events (application.changeStage)
    PartnerHub &partners;        // partner stand-ins (sandbox/partners)
};

void registerOrganizationMethods(MethodRegistry &registry, MethodContext &context);
void registerApiKeyMethods(MethodRegistry &registry, MethodContext &context);
void registerJobMethods(MethodRegistry &registry, MethodContext &context);
void registerInterviewMethods(MethodRegistry &registry, MethodContext &context);
void registerCandidateMethods(MethodRegistry &registry, MethodContext &context);
void registerApplicationMethods(MethodRegistry &registry, MethodContext &context);
void registerOfferMethods(MethodRegistry &registry, MethodContext &context);
void registerMetadataMethods(MethodRegistry &registry, MethodContext &context);
void registerControlMethods(MethodRegistry &registry, MethodContext &context);
void registerWebhookMethods(MethodRegistry &registry, MethodContext &context);
void registerIntegrationMethods(MethodRegistry &registry, MethodContext &context);
void registerPartnerConsoleMethods(MethodRegistry &registry, MethodContext &context);
// The partnerConsole.* methods registered, sorted (organization.info lists them).
QStringList partnerConsoleMethodNames(const MethodRegistry &registry);
void registerMappingMethods(MethodRegistry &registry, MethodContext &context);
void registerExternalWorkflowMethods(MethodRegistry &registry, MethodContext &context);
void registerPlanActivityMethods(MethodRegistry &registry, MethodContext &context);
void registerPlanAutomationMethods(MethodRegistry &registry, MethodContext &context);
void registerHealthMethods(MethodRegistry &registry, MethodContext &context);
void registerActivityMethods(MethodRegistry &registry, MethodContext &context);
void registerWorkflowRunMethods(MethodRegistry &registry, MethodContext &context);

inline void registerAllMethods(MethodRegistry &registry, MethodContext &context)
{
    registerOrganizationMethods(registry, context);
    registerApiKeyMethods(registry, context);
    registerJobMethods(registry, context);
    registerInterviewMethods(registry, context);
    registerCandidateMethods(registry, context);
    registerApplicationMethods(registry, context);
    registerOfferMethods(registry, context);
    registerMetadataMethods(registry, context);
    registerControlMethods(registry, context);
    registerWebhookMethods(registry, context);
    registerIntegrationMethods(registry, context);
    registerPartnerConsoleMethods(registry, context);
    registerMappingMethods(registry, context);
    registerExternalWorkflowMethods(registry, context);
    registerPlanActivityMethods(registry, context);
    registerPlanAutomationMethods(registry, context);
    registerHealthMethods(registry, context);
    registerActivityMethods(registry, context);
    registerWorkflowRunMethods(registry, context);
}

} // namespace Tessera::Sandbox
