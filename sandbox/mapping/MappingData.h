#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tessera::Sandbox {

// A field an integration's record has (a Humaans employee's firstName, a Juro template field).
struct TargetField
{
    QString id;
    QString label;
    QString type; // String, Email, Phone, Url, Date, Number, ValueSelect
    bool required = false;
    bool hidden = false;
    QStringList selectableValues = {}; // empty: any value
};

// One line of a mapping: where a target field's value comes from and how it is shaped.
struct MappingRow
{
    QString targetField;
    QString sourceField; // empty when a transform (constant, join, default) provides the value
    QJsonArray transforms; // objects with a "type", checked by TransformChain::validate
    bool required = false; // on top of the target field's own requirement
    bool hidden = false;
};

// The source values of one candidate (and application, job, offer) by source field id. A field
// that is empty for a structural reason (no offer, no value for a custom field) carries the
// sentence an admin reads.
struct SourceValues
{
    QHash<QString, QJsonValue> values;
    QHash<QString, QString> emptyReasons;
    QHash<QString, QString> labels;

    QJsonValue value(const QString &id) const { return values.value(id); }
};

// The evaluated value of one target field; `value` is null when empty or failed.
struct FieldValue
{
    QString targetField;
    QJsonValue value;
    QString error; // empty when fine
    bool required = false;
};

} // namespace Tessera::Sandbox
