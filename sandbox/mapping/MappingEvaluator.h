#pragma once

#include "MappingData.h"

namespace Tessera::Sandbox {

// Evaluates a mapping for one subject: pure, shared by fieldMapping.preview and .apply. Every
// problem (bad data, missing offer, unmapped required field) becomes a per-field error; it never
// throws.
class MappingEvaluator final
{
public:
    MappingEvaluator(QList<TargetField> targets, QList<MappingRow> rows)
        : m_targets(std::move(targets)), m_rows(std::move(rows))
    {
    }

    // One value per row in row order, then one per required target field no row maps.
    QList<FieldValue> evaluate(const SourceValues &sources) const;

private:
    const TargetField *target(const QString &id) const;
    FieldValue evaluateRow(const MappingRow &row, const SourceValues &sources) const;

    QList<TargetField> m_targets;
    QList<MappingRow> m_rows;
};

} // namespace Tessera::Sandbox
