#pragma once

#include "models/domain/Integration.h"

#include <QList>
#include <QString>

namespace Tessera {

// A record an integration's field mapping fills, with whose it is: the Humaans employee, one
// "workflow:<templateId>" target per Juro template (docs/API.md §3.12). Read from the
// integrations' capabilities, never from a list the console keeps.
struct MappingTarget
{
    QString integrationId;
    QString target;
    QString partnerName; // "Juro"
    QString label;       // "Employment contract"
    QString templateId;  // the partner template behind a workflow target, else empty

    QString chooserText() const; // "Juro · Employment contract"
};

namespace MappingTargets {

// Every target of every integration, in the backend's order.
QList<MappingTarget> of(const QList<Integration> &integrations);
// The integration's first target, or empty when it takes no mapping.
QString firstTargetOf(const Integration &integration);
// The partner templates an external workflow can use (targets that have a template).
QList<MappingTarget> templatesOf(const QList<Integration> &integrations);
// The integration whose external workflows the console manages, or null.
const Integration *workflowIntegration(const QList<Integration> &integrations);

} // namespace MappingTargets

} // namespace Tessera
