#pragma once

#include <QList>
#include <QString>

namespace Tessera {

// The integrations that take field mappings and their targets (docs/API.md §3.12): the
// Humaans and Sora employee, and one "workflow:<templateId>" target per Juro template.
struct MappingTarget
{
    QString integrationId;
    QString target;
    QString partnerName; // "Juro"
    QString label;       // translated: "Employment contract"

    QString chooserText() const; // "Juro · Employment contract"
    QString templateId() const;  // "employment-contract" for a workflow target, else empty
};

namespace MappingTargets {

QList<MappingTarget> all();
// The integration's first target ("employee"; Juro's first template), or empty when it takes
// no mapping.
QString firstTargetOf(const QString &integrationId);
// The Juro templates an external workflow can use.
QList<MappingTarget> juroTemplates();

} // namespace MappingTargets

} // namespace Tessera
