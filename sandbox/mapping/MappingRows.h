#pragma once

#include "MappingData.h"
#include "SourceFields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Tessera::Sandbox {

struct MappingTarget;

// Mapping rows as JSON ({targetField, sourceField, transforms, required, hidden}): checking
// what a client sends, storing, and finding drift (source fields gone, archived or retyped).
class MappingRows final
{
public:
    // Throws ApiFailure(invalid_input) naming the row (1-based) and its field.
    static QList<MappingRow> parse(const QJsonArray &rows, const MappingTarget &target,
                                   const QList<SourceField> &catalog);
    // Stored rows, read without checks (they were checked when saved).
    static QList<MappingRow> fromJson(const QJsonArray &rows);
    static QJsonArray toJson(const QList<MappingRow> &rows);

    // The type of every source field the rows read, as stored with a mapping for drift checks.
    static QJsonObject sourceTypes(const QList<MappingRow> &rows,
                                   const QList<SourceField> &catalog);
    // [{targetField, sourceField, problem, message}]; problem is source_missing,
    // source_archived or source_type_changed.
    static QJsonArray drift(const QList<MappingRow> &rows, const QList<SourceField> &catalog,
                            const QJsonObject &savedTypes);
};

} // namespace Tessera::Sandbox
