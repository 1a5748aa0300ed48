#include "IntegrationCapabilities.h"

#include "IntegrationCatalog.h"
#include "sandbox/mapping/TargetSchemas.h"
#include "sandbox/partners/PartnerHub.h"
#include "sandbox/server/MethodRegistry.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

const QString workflowPrefix = u"workflow:"_s;

} // namespace

QJsonObject IntegrationCapabilities::of(const IntegrationEntry &entry, const PartnerHub &partners,
                                        const MethodRegistry &methods)
{
    return {{u"mappingTargets"_s, mappingTargets(entry.id)},
            {u"externalWorkflows"_s, entry.externalWorkflows},
            {u"activityKinds"_s, QJsonArray::fromStringList(entry.activityKinds)},
            {u"receivedRecords"_s, receivedRecords(entry.id, partners, methods)},
            {u"partnerConsoleSteps"_s,
             QJsonArray::fromStringList(partnerConsoleSteps(entry.id, methods))}};
}

QJsonArray IntegrationCapabilities::mappingTargets(const QString &integrationId)
{
    QJsonArray targets;
    for (const QString &id : TargetSchemas::targets(integrationId)) {
        const auto target = TargetSchemas::find(integrationId, id);
        if (!target)
            continue;
        QJsonObject json{{u"target"_s, target->id}, {u"label"_s, target->label}};
        if (id.startsWith(workflowPrefix))
            json.insert(u"templateId"_s, id.mid(workflowPrefix.size()));
        targets << json;
    }
    return targets;
}

QStringList IntegrationCapabilities::partnerConsoleSteps(const QString &integrationId,
                                                         const MethodRegistry &methods)
{
    const QString prefix = u"partnerConsole.%1."_s.arg(integrationId);
    QStringList steps;
    for (const QString &name : methods.orderedNames())
        if (name.startsWith(prefix))
            steps << name.mid(prefix.size());
    return steps;
}

QString IntegrationCapabilities::receivedRecords(const QString &integrationId,
                                                 const PartnerHub &partners,
                                                 const MethodRegistry &methods)
{
    if (!methods.find(receivedRecordsMethod))
        return {};
    const StandIn *standIn = partners.find(integrationId);
    return standIn ? standIn->receivedRecordsLabel() : QString();
}

} // namespace Tessera::Sandbox
