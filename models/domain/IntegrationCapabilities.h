#pragma once

#include "DecodeError.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace Tessera {

// A record an integration's field mapping fills ("employee", "workflow:nda").
struct MappingTargetInfo
{
    QString target;
    QString label;      // as the backend names it: "Employee", "Mutual NDA"
    QString templateId; // the partner template behind a workflow target, else empty
};

// What an integration can do, as the backend describes it (integration.list `capabilities`,
// docs/API.md): the console adapts to this instead of knowing partners by name.
struct IntegrationCapabilities
{
    QList<MappingTargetInfo> mappingTargets;
    bool externalWorkflows = false;
    QStringList activityKinds;   // "assessment", "externalWorkflow"
    QString receivedRecords;     // what a simulated partner received ("New hires"), else empty
    QStringList partnerConsoleSteps;

    bool takesMapping() const { return !mappingTargets.isEmpty(); }

    // Missing fields mean "cannot": a backend that does not describe capabilities offers none.
    static std::variant<IntegrationCapabilities, DecodeError> fromJson(const QJsonObject &object);
};

} // namespace Tessera
