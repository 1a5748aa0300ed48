#include "MappingTypes.h"

#include "models/domain/JsonReader.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

std::variant<SourceField, DecodeError> SourceField::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"field"_s);
    SourceField field;
    field.id = reader.requiredString(u"id"_s);
    field.label = reader.optionalString(u"label"_s);
    field.type = reader.optionalString(u"type"_s);
    field.objectType = reader.optionalString(u"objectType"_s);
    field.isCustom = reader.optionalBool(u"isCustom"_s);
    field.isArchived = reader.optionalBool(u"isArchived"_s);
    field.sample = object.value(u"sample"_s);
    if (!reader.ok())
        return *reader.error();
    if (field.label.isEmpty())
        field.label = field.id;
    return field;
}

std::variant<TargetField, DecodeError> TargetField::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"targetField"_s);
    TargetField field;
    field.id = reader.requiredString(u"id"_s);
    field.label = reader.optionalString(u"label"_s);
    field.type = reader.optionalString(u"type"_s);
    field.required = reader.optionalBool(u"required"_s);
    field.hidden = reader.optionalBool(u"hidden"_s);
    for (const QJsonValue value : reader.optionalArray(u"selectableValues"_s))
        field.selectableValues << (value.isObject() ? value[u"value"_s].toString()
                                                    : Transforms::valueText(value));
    if (!reader.ok())
        return *reader.error();
    if (field.label.isEmpty())
        field.label = field.id;
    return field;
}

std::variant<MappingRow, DecodeError> MappingRow::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"row"_s);
    MappingRow row;
    row.targetField = reader.requiredString(u"targetField"_s);
    row.sourceField = reader.optionalString(u"sourceField"_s);
    row.transforms = reader.optionalArray(u"transforms"_s);
    row.required = reader.optionalBool(u"required"_s);
    row.hidden = reader.optionalBool(u"hidden"_s);
    if (!reader.ok())
        return *reader.error();
    return row;
}

QJsonObject MappingRow::toJson() const
{
    QJsonObject object{{u"targetField"_s, targetField}, {u"transforms"_s, transforms}};
    if (!sourceField.isEmpty())
        object.insert(u"sourceField"_s, sourceField);
    if (required)
        object.insert(u"required"_s, true);
    if (hidden)
        object.insert(u"hidden"_s, true);
    return object;
}

QJsonArray rowsToJson(const QList<MappingRow> &rows)
{
    QJsonArray array;
    for (const MappingRow &row : rows)
        array.append(row.toJson());
    return array;
}

QList<MappingRow> rowsFromJson(const QJsonArray &rows)
{
    QList<MappingRow> list;
    for (const QJsonValue value : rows) {
        auto decoded = MappingRow::fromJson(value.toObject());
        if (auto *row = std::get_if<MappingRow>(&decoded))
            list.append(std::move(*row));
    }
    return list;
}

MappingInfo MappingInfo::fromJson(const QJsonObject &results)
{
    MappingInfo info;
    info.integrationId = results.value(u"integrationId"_s).toString();
    info.target = results.value(u"target"_s).toString();
    info.targetLabel = results.value(u"targetLabel"_s).toString();
    for (const QJsonValue value : results.value(u"targetFields"_s).toArray()) {
        auto decoded = TargetField::fromJson(value.toObject());
        if (auto *field = std::get_if<TargetField>(&decoded))
            info.targetFields.append(std::move(*field));
    }
    info.rows = rowsFromJson(results.value(u"rows"_s).toArray());
    info.version = results.value(u"version"_s).toInt();
    info.isDefault = results.value(u"isDefault"_s).toBool();
    for (const QJsonValue value : results.value(u"drift"_s).toArray()) {
        const QJsonObject object = value.toObject();
        info.drift.append({object.value(u"targetField"_s).toString(),
                           object.value(u"sourceField"_s).toString(),
                           object.value(u"problem"_s).toString(),
                           object.value(u"message"_s).toString()});
    }
    return info;
}

QStringList Transforms::types()
{
    return {u"valueMap"_s, u"splitName"_s, u"join"_s,     u"trim"_s,   u"case"_s,
            u"dateFormat"_s, u"constant"_s, u"default"_s, u"number"_s, u"currency"_s};
}

QString Transforms::typeLabel(const QString &type)
{
    if (type == u"valueMap")
        return tr("Value map");
    if (type == u"splitName")
        return tr("Split name");
    if (type == u"join")
        return tr("Join");
    if (type == u"trim")
        return tr("Trim");
    if (type == u"case")
        return tr("Change case");
    if (type == u"dateFormat")
        return tr("Date format");
    if (type == u"constant")
        return tr("Constant");
    if (type == u"default")
        return tr("Default");
    if (type == u"number")
        return tr("Number");
    if (type == u"currency")
        return tr("Currency");
    return type;
}

QJsonObject Transforms::create(const QString &type)
{
    QJsonObject transform{{u"type"_s, type}};
    if (type == u"valueMap")
        transform.insert(u"map"_s, QJsonObject());
    else if (type == u"splitName")
        transform.insert(u"part"_s, u"first"_s);
    else if (type == u"join") {
        transform.insert(u"sources"_s, QJsonArray());
        transform.insert(u"separator"_s, u" "_s);
    }
    else if (type == u"case")
        transform.insert(u"mode"_s, u"title"_s);
    else if (type == u"dateFormat")
        transform.insert(u"format"_s, u"yyyy-MM-dd"_s);
    else if (type == u"constant" || type == u"default")
        transform.insert(u"value"_s, QString());
    else if (type == u"number")
        transform.insert(u"decimals"_s, 0);
    return transform;
}

QStringList Transforms::extraSources(const QJsonArray &transforms)
{
    QStringList sources;
    for (const QJsonValue transform : transforms)
        if (transform[u"type"_s].toString() == u"join")
            for (const QJsonValue source : transform[u"sources"_s].toArray())
                sources << source.toString();
    return sources;
}

QString Transforms::summary(const QJsonObject &transform)
{
    const QString type = transform.value(u"type"_s).toString();
    const QString label = typeLabel(type);
    if (type == u"valueMap") {
        const int count = int(transform.value(u"map"_s).toObject().size());
        return count == 1 ? tr("%1 (1 value)").arg(label) : tr("%1 (%2 values)").arg(label).arg(count);
    }
    QString detail;
    if (type == u"splitName")
        detail = transform.value(u"part"_s).toString();
    else if (type == u"join") {
        QStringList sources;
        for (const QJsonValue source : transform.value(u"sources"_s).toArray())
            sources << source.toString();
        detail = sources.join(u", "_s);
    } else if (type == u"case")
        detail = transform.value(u"mode"_s).toString();
    else if (type == u"dateFormat")
        detail = transform.value(u"format"_s).toString();
    else if (type == u"constant" || type == u"default")
        detail = valueText(transform.value(u"value"_s));
    else if (type == u"number")
    {
        const int decimals = transform.value(u"decimals"_s).toInt();
        detail = decimals == 1 ? tr("1 decimal") : tr("%1 decimals").arg(decimals);
    }
    else if (type == u"currency")
        detail = transform.value(u"currencyCode"_s).toString();
    return detail.isEmpty() ? label : tr("%1: %2").arg(label, detail);
}

QString Transforms::chainSummary(const QJsonArray &transforms)
{
    QStringList parts;
    for (const QJsonValue transform : transforms)
        parts << summary(transform.toObject());
    return parts.join(u" → "_s);
}

QString Transforms::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Object:
        if (value[u"value"_s].isDouble() && value[u"currencyCode"_s].isString()) // an amount
            return QString::number(value[u"value"_s].toDouble(), 'f', 0) + u' '
                + value[u"currencyCode"_s].toString();
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

} // namespace Tessera
