#pragma once

#include "models/domain/DecodeError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Tessera {

// One ATS field a mapping can read (field.list).
struct SourceField
{
    QString id;         // "candidate.locationRegion", "customField.<id>"
    QString label;
    QString type;       // String, Email, Date, Number, Currency, ...
    QString objectType; // candidate, application, job, offer
    bool isCustom = false;
    bool isArchived = false;
    QJsonValue sample;

    static std::variant<SourceField, DecodeError> fromJson(const QJsonObject &object);
};

// One field of the record an integration receives (fieldMapping.info targetFields).
struct TargetField
{
    QString id;
    QString label;
    QString type;
    bool required = false;
    bool hidden = false;
    QStringList selectableValues;

    static std::variant<TargetField, DecodeError> fromJson(const QJsonObject &object);
};

// One row of a mapping: the target it fills, the source it reads and the transforms, in order.
// A transform is kept as its JSON object ({"type": ..., parameters}) so unknown parameters
// survive a round trip.
struct MappingRow
{
    QString targetField;
    QString sourceField;
    QJsonArray transforms;
    bool required = false;
    bool hidden = false;

    static std::variant<MappingRow, DecodeError> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    friend bool operator==(const MappingRow &, const MappingRow &) = default;
};

QJsonArray rowsToJson(const QList<MappingRow> &rows);
QList<MappingRow> rowsFromJson(const QJsonArray &rows);

// A saved mapping's drift entry (fieldMapping.info drift).
struct MappingDrift
{
    QString targetField;
    QString sourceField;
    QString problem;
    QString message;
};

// fieldMapping.info / fieldMapping.set.
struct MappingInfo
{
    QString integrationId;
    QString target;
    QString targetLabel;
    QList<TargetField> targetFields;
    QList<MappingRow> rows;
    int version = 0;
    bool isDefault = false;
    QList<MappingDrift> drift;

    static MappingInfo fromJson(const QJsonObject &results);
};

// One evaluated target field (fieldMapping.preview values).
struct PreviewValue
{
    QString targetField;
    QJsonValue value;
    QString error;
    bool required = false;
};

// The transform types fieldMapping.set accepts, and sentences about them.
class Transforms final
{
    Q_DECLARE_TR_FUNCTIONS(Transforms)
public:
    static QStringList types();
    static QString typeLabel(const QString &type);
    // A new transform of this type with usable default parameters.
    static QJsonObject create(const QString &type);
    // "Value map (2 values)", "Split name: first", "Date format: yyyy-MM-dd".
    static QString summary(const QJsonObject &transform);
    static QString chainSummary(const QJsonArray &transforms);
    // The source fields the chain reads besides the row's own (the sources of its joins).
    static QStringList extraSources(const QJsonArray &transforms);
    // A value as text for display: strings as they are, numbers, booleans, JSON for the rest.
    static QString valueText(const QJsonValue &value);
};

} // namespace Tessera
