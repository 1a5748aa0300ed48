#include "MappingTargets.h"

#include <QCoreApplication>

namespace Tessera {

QString MappingTarget::chooserText() const
{
    return QCoreApplication::translate("Tessera::MappingTargets", "%1 · %2")
        .arg(partnerName, label);
}

QList<MappingTarget> MappingTargets::of(const QList<Integration> &integrations)
{
    QList<MappingTarget> targets;
    for (const Integration &integration : integrations)
        for (const MappingTargetInfo &info : integration.capabilities.mappingTargets)
            targets.append({integration.id, info.target, integration.name, info.label,
                            info.templateId});
    return targets;
}

QString MappingTargets::firstTargetOf(const Integration &integration)
{
    const auto &targets = integration.capabilities.mappingTargets;
    return targets.isEmpty() ? QString() : targets.constFirst().target;
}

QList<MappingTarget> MappingTargets::templatesOf(const QList<Integration> &integrations)
{
    QList<MappingTarget> templates;
    for (const MappingTarget &target : of(integrations))
        if (!target.templateId.isEmpty())
            templates.append(target);
    return templates;
}

const Integration *MappingTargets::workflowIntegration(const QList<Integration> &integrations)
{
    for (const Integration &integration : integrations)
        if (integration.capabilities.externalWorkflows)
            return &integration;
    return nullptr;
}

} // namespace Tessera
