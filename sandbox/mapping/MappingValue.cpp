#include "MappingValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox::MappingValue {

bool isEmpty(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return true;
    if (value.isString())
        return value.toString().trimmed().isEmpty();
    if (value.isArray())
        return value.toArray().isEmpty();
    return false;
}

QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue item : value.toArray())
            parts << text(item);
        return parts.join(u", "_s);
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.contains(u"value"_s) && object.contains(u"currencyCode"_s))
            return text(object.value(u"value"_s)) + u' ' + object.value(u"currencyCode"_s).toString();
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

double number(const QJsonValue &value, bool *ok)
{
    *ok = true;
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        const double d = value.toString().trimmed().toDouble(ok);
        if (*ok && std::isfinite(d))
            return d;
    }
    if (value.isObject() && value.toObject().value(u"value"_s).isDouble())
        return value.toObject().value(u"value"_s).toDouble();
    *ok = false;
    return 0;
}

} // namespace Tessera::Sandbox::MappingValue
