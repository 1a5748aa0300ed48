#include "MappingEvaluator.h"

#include "MappingValue.h"
#include "TransformChain.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

const TargetField *MappingEvaluator::target(const QString &id) const
{
    for (const TargetField &field : m_targets)
        if (field.id == id)
            return &field;
    return nullptr;
}

FieldValue MappingEvaluator::evaluateRow(const MappingRow &row, const SourceValues &sources) const
{
    const TargetField *field = target(row.targetField);
    FieldValue result{row.targetField, QJsonValue::Null, {}, row.required};
    if (!field) {
        result.error = u"The target has no field \"%1\"."_s.arg(row.targetField);
        return result;
    }
    result.required = row.required || field->required;
    const bool hasSource = !row.sourceField.isEmpty();
    if (hasSource && !sources.values.contains(row.sourceField)
        && !sources.labels.contains(row.sourceField)) {
        result.error = u"The source field \"%1\" no longer exists."_s.arg(row.sourceField);
        return result;
    }
    const QJsonValue input = hasSource ? sources.value(row.sourceField) : QJsonValue::Null;
    const TransformChain::Result out = TransformChain(row.transforms).run(input, sources);
    if (!out.error.isEmpty()) {
        result.error = out.error;
        return result;
    }
    if (MappingValue::isEmpty(out.value)) {
        const QString reason = sources.emptyReasons.value(row.sourceField);
        if (!reason.isEmpty())
            result.error = reason;
        else if (result.required && hasSource)
            result.error = u"%1 is required, but %2 gives no value for this candidate."_s.arg(
                field->label, sources.labels.value(row.sourceField, row.sourceField));
        else if (result.required)
            result.error = u"%1 is required, but its row gives no value."_s.arg(field->label);
        return result;
    }
    if (!field->selectableValues.isEmpty()
        && !field->selectableValues.contains(MappingValue::text(out.value))) {
        result.error = u"\u201C%1\u201D is not one of the values %2 accepts: %3."_s.arg(
            MappingValue::text(out.value), field->label, field->selectableValues.join(u", "_s));
        return result;
    }
    result.value = out.value;
    return result;
}

QList<FieldValue> MappingEvaluator::evaluate(const SourceValues &sources) const
{
    QList<FieldValue> values;
    QSet<QString> mapped;
    for (const MappingRow &row : m_rows) {
        values << evaluateRow(row, sources);
        mapped.insert(row.targetField);
    }
    for (const TargetField &field : m_targets)
        if (field.required && !mapped.contains(field.id))
            values << FieldValue{field.id, QJsonValue::Null,
                                 u"%1 is required, but no row maps it."_s.arg(field.label), true};
    return values;
}

} // namespace Tessera::Sandbox
