#include "MappingRows.h"

#include "sandbox/server/ApiFailure.h"
#include "TargetSchemas.h"
#include "TransformChain.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

// The row's own source and the sources its join transforms read.
QStringList sourcesOf(const MappingRow &row)
{
    QStringList sources;
    if (!row.sourceField.isEmpty())
        sources << row.sourceField;
    for (const QJsonValue transform : row.transforms) {
        const QJsonObject object = transform.toObject();
        if (object.value(u"type"_s).toString() == u"join"_s)
            for (const QJsonValue source : object.value(u"sources"_s).toArray())
                if (!sources.contains(source.toString()))
                    sources << source.toString();
    }
    return sources;
}

bool providesValue(const QJsonArray &transforms)
{
    static const QStringList providers{u"constant"_s, u"default"_s, u"join"_s};
    for (const QJsonValue transform : transforms)
        if (providers.contains(transform.toObject().value(u"type"_s).toString()))
            return true;
    return false;
}

QStringList fieldIds(const MappingTarget &target)
{
    QStringList ids;
    for (const TargetField &field : target.fields)
        ids << field.id;
    return ids;
}

MappingRow parseRow(const QJsonValue &value, int number, const MappingTarget &target,
                    const QList<SourceField> &catalog)
{
    if (!value.isObject())
        throw ApiFailure::invalidInput(u"Row %1 must be an object."_s.arg(number));
    const QJsonObject json = value.toObject();
    const QJsonValue targetField = json.value(u"targetField"_s);
    if (!targetField.isString() || targetField.toString().isEmpty())
        throw ApiFailure::invalidInput(
            u"Row %1: missing required field \"targetField\"."_s.arg(number));
    MappingRow row;
    row.targetField = targetField.toString();
    const QString where = u"Row %1 (targetField \"%2\")"_s.arg(number).arg(row.targetField);
    if (!target.field(row.targetField))
        throw ApiFailure::invalidInput(u"%1: unknown targetField; %2 has %3."_s.arg(
            where, target.label, fieldIds(target).join(u", "_s)));

    const QJsonValue sourceField = json.value(u"sourceField"_s);
    if (!sourceField.isUndefined() && !sourceField.isNull() && !sourceField.isString())
        throw ApiFailure::invalidInput(u"%1: \"sourceField\" must be a string."_s.arg(where));
    row.sourceField = sourceField.toString();
    if (!row.sourceField.isEmpty()) {
        const SourceField *source = SourceFields::find(catalog, row.sourceField);
        if (!source)
            throw ApiFailure::invalidInput(u"%1: unknown sourceField \"%2\" (see field.list)."_s
                                               .arg(where, row.sourceField));
        if (source->archived)
            throw ApiFailure::invalidInput(
                u"%1: sourceField \"%2\" is the archived custom field \u201C%3\u201D."_s.arg(
                    where, row.sourceField, source->label));
    }

    const QJsonValue transforms = json.value(u"transforms"_s);
    if (!transforms.isUndefined() && !transforms.isNull() && !transforms.isArray())
        throw ApiFailure::invalidInput(u"%1: \"transforms\" must be an array."_s.arg(where));
    row.transforms = transforms.toArray();
    const auto isSource = [&catalog](const QString &id) {
        const SourceField *source = SourceFields::find(catalog, id);
        return source && !source->archived;
    };
    for (qsizetype i = 0; i < row.transforms.size(); ++i) {
        const QString problem = TransformChain::validate(row.transforms.at(i), isSource);
        if (!problem.isEmpty())
            throw ApiFailure::invalidInput(
                u"%1, transform %2: %3"_s.arg(where, QString::number(i + 1), problem));
    }
    if (row.sourceField.isEmpty() && !providesValue(row.transforms))
        throw ApiFailure::invalidInput(
            u"%1: give a sourceField, or a constant, default or join transform."_s.arg(where));

    for (const auto &flag : {u"required"_s, u"hidden"_s}) {
        const QJsonValue v = json.value(flag);
        if (!v.isUndefined() && !v.isNull() && !v.isBool())
            throw ApiFailure::invalidInput(
                u"%1: \"%2\" must be true or false."_s.arg(where, flag));
    }
    row.required = json.value(u"required"_s).toBool();
    row.hidden = json.value(u"hidden"_s).toBool();
    return row;
}

} // namespace

QList<MappingRow> MappingRows::parse(const QJsonArray &rows, const MappingTarget &target,
                                     const QList<SourceField> &catalog)
{
    QList<MappingRow> parsed;
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int number = int(i + 1);
        MappingRow row = parseRow(rows.at(i), number, target, catalog);
        if (seen.contains(row.targetField))
            throw ApiFailure::invalidInput(
                u"Row %1 (targetField \"%2\"): the field is already mapped by row %3."_s.arg(
                    QString::number(number), row.targetField,
                    QString::number(seen.value(row.targetField))));
        seen.insert(row.targetField, number);
        parsed << row;
    }
    return parsed;
}

QList<MappingRow> MappingRows::fromJson(const QJsonArray &rows)
{
    QList<MappingRow> parsed;
    for (const QJsonValue value : rows) {
        const QJsonObject json = value.toObject();
        parsed << MappingRow{json.value(u"targetField"_s).toString(),
                             json.value(u"sourceField"_s).toString(),
                             json.value(u"transforms"_s).toArray(),
                             json.value(u"required"_s).toBool(),
                             json.value(u"hidden"_s).toBool()};
    }
    return parsed;
}

QJsonArray MappingRows::toJson(const QList<MappingRow> &rows)
{
    QJsonArray json;
    for (const MappingRow &row : rows)
        json << QJsonObject{{u"targetField"_s, row.targetField},
                            {u"sourceField"_s, row.sourceField},
                            {u"transforms"_s, row.transforms},
                            {u"required"_s, row.required},
                            {u"hidden"_s, row.hidden}};
    return json;
}

QJsonObject MappingRows::sourceTypes(const QList<MappingRow> &rows,
                                     const QList<SourceField> &catalog)
{
    QJsonObject types;
    for (const MappingRow &row : rows)
        for (const QString &id : sourcesOf(row))
            if (const SourceField *source = SourceFields::find(catalog, id))
                types.insert(id, source->type);
    return types;
}

QJsonArray MappingRows::drift(const QList<MappingRow> &rows, const QList<SourceField> &catalog,
                              const QJsonObject &savedTypes)
{
    QJsonArray problems;
    for (const MappingRow &row : rows) {
        for (const QString &id : sourcesOf(row)) {
            const SourceField *source = SourceFields::find(catalog, id);
            QString problem;
            QString message;
            const QString savedType = savedTypes.value(id).toString();
            if (!source) {
                problem = u"source_missing"_s;
                message = u"The source field \"%1\" no longer exists; map %2 from another "
                          "field."_s.arg(id, row.targetField);
            } else if (source->archived) {
                problem = u"source_archived"_s;
                message = u"The custom field \u201C%1\u201D is archived; map %2 from another "
                          "field."_s.arg(source->label, row.targetField);
            } else if (!savedType.isEmpty() && savedType != source->type) {
                problem = u"source_type_changed"_s;
                message = u"\u201C%1\u201D changed type from %2 to %3 since the mapping was "
                          "saved; check the transforms of %4."_s.arg(source->label, savedType,
                                                                      source->type,
                                                                      row.targetField);
            } else {
                continue;
            }
            problems << QJsonObject{{u"targetField"_s, row.targetField},
                                    {u"sourceField"_s, id},
                                    {u"problem"_s, problem},
                                    {u"message"_s, message}};
        }
    }
    return problems;
}

} // namespace Tessera::Sandbox
