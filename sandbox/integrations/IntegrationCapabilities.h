#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Tessera::Sandbox {

class MethodRegistry;
class PartnerHub;
struct IntegrationEntry;

// What an integration offers, so the console needs no per-partner knowledge (the "capabilities"
// of integration.list and integration.info, docs/API.md §3.10). Every part is read from where
// the behaviour lives: the mapping targets from TargetSchemas (which fieldMapping.* use), the
// partner console steps from the registered methods, the received records from the stand-in.
class IntegrationCapabilities final
{
public:
    static QJsonObject of(const IntegrationEntry &entry, const PartnerHub &partners,
                          const MethodRegistry &methods);

    // [{target, label[, templateId]}], in TargetSchemas' order; [] when it takes no mapping.
    static QJsonArray mappingTargets(const QString &integrationId);
    // The <action> of every registered partnerConsole.<integrationId>.<action>, in order.
    static QStringList partnerConsoleSteps(const QString &integrationId,
                                           const MethodRegistry &methods);
    // The stand-in's label for what it received, "" when none or without partner consoles.
    static QString receivedRecords(const QString &integrationId, const PartnerHub &partners,
                                   const MethodRegistry &methods);

    static inline const QString receivedRecordsMethod =
        QStringLiteral("partnerConsole.receivedRecords");
};

} // namespace Tessera::Sandbox
