#include "JsonReader.h"

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

QJsonValue JsonReader::present(const QString &field) const
{
    const QJsonValue value = m_object.value(field);
    return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
}

void JsonReader::fail(const QString &field, const QString &problem)
{
    if (!m_error)
        m_error = DecodeError{pathOf(field), problem};
}

QString JsonReader::requiredString(const QString &field)
{
    const QJsonValue value = present(field);
    if (value.isUndefined()) {
        fail(field, u"missing"_s);
        return {};
    }
    if (!value.isString()) {
        fail(field, u"expected a string"_s);
        return {};
    }
    return value.toString();
}

QString JsonReader::optionalString(const QString &field)
{
    const QJsonValue value = present(field);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        fail(field, u"expected a string"_s);
        return {};
    }
    return value.toString();
}

bool JsonReader::optionalBool(const QString &field, bool fallback)
{
    const QJsonValue value = present(field);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        fail(field, u"expected true or false"_s);
        return fallback;
    }
    return value.toBool();
}

std::optional<double> JsonReader::optionalNumber(const QString &field)
{
    const QJsonValue value = present(field);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble()) {
        fail(field, u"expected a number"_s);
        return std::nullopt;
    }
    return value.toDouble();
}

int JsonReader::optionalInt(const QString &field, int fallback)
{
    const auto number = optionalNumber(field);
    if (!number)
        return fallback;
    // Converting a double outside int's range is undefined; a number that large is bad data.
    if (!std::isfinite(*number) || *number < double(std::numeric_limits<int>::min())
        || *number > double(std::numeric_limits<int>::max())) {
        fail(field, u"expected a whole number within range"_s);
        return fallback;
    }
    return int(*number);
}

QJsonObject JsonReader::optionalObject(const QString &field)
{
    const QJsonValue value = present(field);
    if (value.isUndefined())
        return {};
    if (!value.isObject()) {
        fail(field, u"expected an object"_s);
        return {};
    }
    return value.toObject();
}

QJsonArray JsonReader::optionalArray(const QString &field)
{
    const QJsonValue value = present(field);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        fail(field, u"expected an array"_s);
        return {};
    }
    return value.toArray();
}

QStringList JsonReader::optionalStrings(const QString &field)
{
    QStringList list;
    for (const QJsonValue value : optionalArray(field))
        if (value.isString())
            list << value.toString();
    return list;
}

} // namespace Tessera
