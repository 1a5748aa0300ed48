#pragma once

#include "MappingData.h"

#include <optional>

namespace Tessera::Sandbox {

// A record type an integration receives: its fields and the rows used until a mapping is saved.
struct MappingTarget
{
    QString id; // "employee", "workflow:nda"
    QString label;
    QList<TargetField> fields;
    QList<MappingRow> defaultRows;

    const TargetField *field(const QString &fieldId) const;
};

// Humaans and Sora employees, and Juro's workflow templates (JuroTemplates) as
// "workflow:<templateId>".
class TargetSchemas final
{
public:
    static QStringList targets(const QString &integrationId); // empty: no mappings
    static std::optional<MappingTarget> find(const QString &integrationId, const QString &target);
};

} // namespace Tessera::Sandbox
