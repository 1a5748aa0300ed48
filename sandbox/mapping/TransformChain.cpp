#include "TransformChain.h"

#include "MappingValue.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

using Result = TransformChain::Result;

Result ok(const QJsonValue &value)
{
    return {MappingValue::isEmpty(value) ? QJsonValue(QJsonValue::Null) : value, {}};
}

Result failed(const QString &error)
{
    return {QJsonValue::Null, error};
}

QString quoted(const QJsonValue &value)
{
    return u"\u201C"_s + MappingValue::text(value) + u"\u201D"_s;
}

Result valueMap(const QJsonObject &params, const QJsonValue &value)
{
    if (MappingValue::isEmpty(value))
        return ok(value);
    const QJsonObject map = params.value(u"map"_s).toObject();
    const QString key = MappingValue::text(value).trimmed();
    if (map.contains(key))
        return ok(map.value(key));
    if (params.contains(u"default"_s))
        return ok(params.value(u"default"_s));
    return ok(value); // unmapped values pass through unchanged
}

Result splitName(const QJsonObject &params, const QJsonValue &value)
{
    const QStringList words =
        MappingValue::text(value).split(u' ', Qt::SkipEmptyParts);
    const QString part = params.value(u"part"_s).toString();
    if (part == u"first"_s)
        return ok(words.value(0));
    if (part == u"last"_s)
        return ok(words.size() > 1 ? words.last() : QString());
    return ok(words.size() > 2 ? words.mid(1, words.size() - 2).join(u' ') : QString());
}

Result join(const QJsonObject &params, const QJsonValue &value, const SourceValues &sources)
{
    const QString separator = params.value(u"separator"_s).toString(u" "_s);
    QStringList parts;
    if (!MappingValue::isEmpty(value))
        parts << MappingValue::text(value).trimmed();
    for (const QJsonValue source : params.value(u"sources"_s).toArray()) {
        const QJsonValue part = sources.value(source.toString());
        if (!MappingValue::isEmpty(part))
            parts << MappingValue::text(part).trimmed();
    }
    return ok(parts.join(separator));
}

Result changeCase(const QJsonObject &params, const QJsonValue &value)
{
    if (MappingValue::isEmpty(value))
        return ok(value);
    const QString text = MappingValue::text(value);
    const QString mode = params.value(u"mode"_s).toString();
    if (mode == u"upper"_s)
        return ok(text.toUpper());
    if (mode == u"lower"_s)
        return ok(text.toLower());
    QString title = text.toLower();
    bool wordStart = true;
    for (QChar &c : title) {
        if (wordStart && c.isLetter())
            c = c.toUpper();
        wordStart = c.isSpace() || c == u'-';
    }
    return ok(title);
}

Result dateFormat(const QJsonObject &params, const QJsonValue &value)
{
    if (MappingValue::isEmpty(value))
        return ok(value);
    const QString text = MappingValue::text(value).trimmed();
    const QString format = params.value(u"format"_s).toString();
    const QLocale c = QLocale::c();
    if (value.isString()) {
        if (text.size() == 10) {
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (date.isValid())
                return ok(c.toString(date, format));
        }
        const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (time.isValid())
            return ok(c.toString(time.toUTC(), format));
    }
    return failed(u"%1 is not a date; dateFormat expects an ISO 8601 date such as 2026-03-01."_s
                      .arg(quoted(value)));
}

Result formatNumber(const QJsonObject &params, const QJsonValue &value)
{
    if (MappingValue::isEmpty(value))
        return ok(value);
    bool isNumber = false;
    const double number = MappingValue::number(value, &isNumber);
    if (!isNumber)
        return failed(u"%1 is not a number."_s.arg(quoted(value)));
    return ok(QString::number(number, 'f', params.value(u"decimals"_s).toInt(0)));
}

Result formatCurrency(const QJsonObject &params, const QJsonValue &value)
{
    if (MappingValue::isEmpty(value))
        return ok(value);
    bool isNumber = false;
    const double amount = MappingValue::number(value, &isNumber);
    if (!isNumber)
        return failed(u"%1 is not an amount of money."_s.arg(quoted(value)));
    QString code = params.value(u"currencyCode"_s).toString();
    if (code.isEmpty())
        code = value.toObject().value(u"currencyCode"_s).toString();
    if (code.isEmpty())
        return failed(u"%1 has no currency; give the currency transform a currencyCode."_s
                          .arg(quoted(value)));
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    return ok(QString(english.toString(amount, 'f', 2) + u' ' + code));
}

Result applyOne(const QJsonObject &transform, const QJsonValue &value,
                const SourceValues &sources)
{
    const QString type = transform.value(u"type"_s).toString();
    if (type == u"valueMap"_s)
        return valueMap(transform, value);
    if (type == u"splitName"_s)
        return splitName(transform, value);
    if (type == u"join"_s)
        return join(transform, value, sources);
    if (type == u"trim"_s)
        return ok(value.isString() ? QJsonValue(value.toString().simplified()) : value);
    if (type == u"case"_s)
        return changeCase(transform, value);
    if (type == u"dateFormat"_s)
        return dateFormat(transform, value);
    if (type == u"constant"_s)
        return ok(transform.value(u"value"_s));
    if (type == u"default"_s)
        return ok(MappingValue::isEmpty(value) ? transform.value(u"value"_s) : value);
    if (type == u"number"_s)
        return formatNumber(transform, value);
    if (type == u"currency"_s)
        return formatCurrency(transform, value);
    return failed(u"Unknown transform \"%1\"."_s.arg(type));
}

bool isScalar(const QJsonValue &value)
{
    return value.isString() || value.isDouble() || value.isBool();
}

QString validateParams(const QString &type, const QJsonObject &params,
                       const std::function<bool(const QString &)> &isSource)
{
    if (type == u"valueMap"_s) {
        if (!params.value(u"map"_s).isObject())
            return u"valueMap needs \"map\", an object of text to value."_s;
        const QJsonObject map = params.value(u"map"_s).toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            if (!isScalar(it.value()))
                return u"valueMap's \"map\" value for \"%1\" must be a string, a number or true "
                       "or false."_s.arg(it.key());
        if (params.contains(u"default"_s) && !isScalar(params.value(u"default"_s)))
            return u"valueMap's \"default\" must be a string, a number or true or false."_s;
        return {};
    }
    if (type == u"splitName"_s) {
        static const QStringList parts{u"first"_s, u"middle"_s, u"last"_s};
        if (!parts.contains(params.value(u"part"_s).toString()))
            return u"splitName needs \"part\": first, middle or last."_s;
        return {};
    }
    if (type == u"join"_s) {
        const QJsonValue sources = params.value(u"sources"_s);
        if (!sources.isArray() || sources.toArray().isEmpty())
            return u"join needs \"sources\", a non-empty array of source field ids."_s;
        for (const QJsonValue source : sources.toArray())
            if (!source.isString() || !isSource(source.toString()))
                return u"join's \"sources\" has the unknown source field \"%1\"."_s.arg(
                    MappingValue::text(source));
        if (params.contains(u"separator"_s) && !params.value(u"separator"_s).isString())
            return u"join's \"separator\" must be a string."_s;
        return {};
    }
    if (type == u"trim"_s)
        return {};
    if (type == u"case"_s) {
        static const QStringList modes{u"upper"_s, u"lower"_s, u"title"_s};
        if (!modes.contains(params.value(u"mode"_s).toString()))
            return u"case needs \"mode\": upper, lower or title."_s;
        return {};
    }
    if (type == u"dateFormat"_s) {
        if (params.value(u"format"_s).toString().trimmed().isEmpty())
            return u"dateFormat needs \"format\", a Qt date format such as yyyy-MM-dd."_s;
        return {};
    }
    if (type == u"constant"_s || type == u"default"_s) {
        if (!isScalar(params.value(u"value"_s)))
            return u"%1 needs \"value\", a string, a number or true or false."_s.arg(type);
        return {};
    }
    if (type == u"number"_s) {
        if (!params.contains(u"decimals"_s))
            return {};
        const QJsonValue decimals = params.value(u"decimals"_s);
        const double d = decimals.toDouble(-1);
        if (!decimals.isDouble() || d != std::floor(d) || d < 0 || d > 10)
            return u"number's \"decimals\" must be an integer from 0 to 10."_s;
        return {};
    }
    if (type == u"currency"_s) {
        if (!params.contains(u"currencyCode"_s))
            return {};
        static const QRegularExpression code(u"^[A-Z]{3}$"_s);
        if (!code.match(params.value(u"currencyCode"_s).toString()).hasMatch())
            return u"currency's \"currencyCode\" must be three capital letters, e.g. USD."_s;
        return {};
    }
    return u"Unknown transform type \"%1\"; known: %2."_s.arg(type,
                                                            TransformChain::types().join(u", "_s));
}

} // namespace

const QStringList &TransformChain::types()
{
    static const QStringList all{u"valueMap"_s, u"splitName"_s, u"join"_s,    u"trim"_s,
                                 u"case"_s,     u"dateFormat"_s, u"constant"_s, u"default"_s,
                                 u"number"_s,   u"currency"_s};
    return all;
}

QString TransformChain::validate(const QJsonValue &transform,
                                 const std::function<bool(const QString &)> &isSource)
{
    if (!transform.isObject())
        return u"A transform must be an object with a \"type\"."_s;
    const QJsonObject params = transform.toObject();
    if (!params.value(u"type"_s).isString())
        return u"A transform needs \"type\", one of %1."_s.arg(types().join(u", "_s));
    return validateParams(params.value(u"type"_s).toString(), params, isSource);
}

TransformChain::Result TransformChain::run(const QJsonValue &input,
                                           const SourceValues &sources) const
{
    Result result = ok(input);
    for (const QJsonValue transform : m_transforms) {
        const QString problem = validate(transform, [&sources](const QString &id) {
            return sources.values.contains(id) || sources.labels.contains(id);
        });
        if (!problem.isEmpty())
            return failed(problem);
        result = applyOne(transform.toObject(), result.value, sources);
        if (!result.error.isEmpty())
            return result;
    }
    return result;
}

} // namespace Tessera::Sandbox
