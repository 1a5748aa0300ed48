#include "MethodCall.h"

#include "ApiFailure.h"
#include "FieldLimits.h"
#include "models/api/ApiProtocol.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

ApiFailure ApiFailure::invalidInput(const QString &message)
{
    return ApiFailure(QString::fromLatin1(Protocol::ErrorCode::invalidInput), message);
}

ApiFailure ApiFailure::notFound(const QString &code, const QString &what, const QString &id)
{
    return ApiFailure(code, u"No %1 with id \"%2\" exists."_s.arg(what, id));
}

namespace {

ApiFailure wrongType(const QString &field, const char *expected)
{
    return ApiFailure::invalidInput(
        u"Field \"%1\" must be %2."_s.arg(field, QString::fromLatin1(expected)));
}

} // namespace

MethodCall::MethodCall(QString method, QJsonObject body, ApiKeyRecord key, QString requestId,
                       qint64 nowMs)
    : m_method(std::move(method))
    , m_body(std::move(body))
    , m_key(std::move(key))
    , m_requestId(std::move(requestId))
    , m_nowMs(nowMs)
{
}

QJsonValue MethodCall::present(const QString &field) const
{
    const QJsonValue value = m_body.value(field);
    return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
}

bool MethodCall::has(const QString &field) const
{
    return !present(field).isUndefined();
}

QString MethodCall::requiredString(const QString &field) const
{
    const QJsonValue value = present(field);
    if (value.isUndefined())
        throw ApiFailure::invalidInput(u"Missing required field \"%1\"."_s.arg(field));
    if (!value.isString())
        throw wrongType(field, "a string");
    FieldLimits::check(field, value.toString());
    if (value.toString().trimmed().isEmpty())
        throw ApiFailure::invalidInput(u"Field \"%1\" must not be empty."_s.arg(field));
    return value.toString();
}

std::optional<QString> MethodCall::optionalString(const QString &field) const
{
    const QJsonValue value = present(field);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isString())
        throw wrongType(field, "a string");
    FieldLimits::check(field, value.toString());
    return value.toString();
}

std::optional<bool> MethodCall::optionalBool(const QString &field) const
{
    const QJsonValue value = present(field);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isBool())
        throw wrongType(field, "true or false");
    return value.toBool();
}

std::optional<qint64> MethodCall::optionalInteger(const QString &field) const
{
    const QJsonValue value = present(field);
    if (value.isUndefined())
        return std::nullopt;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::trunc(number) != number || std::abs(number) > 9.0e15)
        throw wrongType(field, "an integer");
    return static_cast<qint64>(number);
}

std::optional<QStringList> MethodCall::optionalStringList(const QString &field) const
{
    const QJsonValue value = present(field);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isArray())
        throw wrongType(field, "an array of strings");
    QStringList list;
    for (const QJsonValue item : value.toArray()) {
        if (!item.isString())
            throw wrongType(field, "an array of strings");
        FieldLimits::check(field, item.toString());
        list << item.toString();
    }
    return list;
}

std::optional<QJsonObject> MethodCall::optionalObject(const QString &field) const
{
    const QJsonValue value = present(field);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isObject())
        throw wrongType(field, "an object");
    return value.toObject();
}

std::optional<QJsonArray> MethodCall::optionalArray(const QString &field) const
{
    const QJsonValue value = present(field);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isArray())
        throw wrongType(field, "an array");
    return value.toArray();
}

} // namespace Tessera::Sandbox
