#pragma once

#include "DecodeError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tessera {

// Tolerant, typed access to one JSON object: unknown fields are ignored, optional fields may be
// missing or null, and the first wrong type or missing required field is recorded (not thrown).
class JsonReader final
{
public:
    explicit JsonReader(const QJsonObject &object, QString path = {})
        : m_object(object), m_path(std::move(path)) {}

    QString requiredString(const QString &field);
    QString optionalString(const QString &field);
    bool optionalBool(const QString &field, bool fallback = false);
    std::optional<double> optionalNumber(const QString &field);
    int optionalInt(const QString &field, int fallback = 0);
    QJsonObject optionalObject(const QString &field);
    QJsonArray optionalArray(const QString &field);
    // The strings of an optional array; other values in it are skipped.
    QStringList optionalStrings(const QString &field);

    bool ok() const { return !m_error.has_value(); }
    const std::optional<DecodeError> &error() const { return m_error; }
    QString pathOf(const QString &field) const
    {
        return m_path.isEmpty() ? field : m_path + QLatin1Char('.') + field;
    }

private:
    QJsonValue present(const QString &field) const;
    void fail(const QString &field, const QString &problem);

    QJsonObject m_object;
    QString m_path;
    std::optional<DecodeError> m_error;
};

} // namespace Tessera
