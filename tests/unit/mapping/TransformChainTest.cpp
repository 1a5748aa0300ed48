// Every transform of a mapping row, with good and bad input.
#include "tests/support/CatchQt.h"

#include "sandbox/mapping/TransformChain.h"

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Sandbox;

namespace {

SourceValues sources()
{
    SourceValues values;
    values.values.insert(u"candidate.locationCity"_s, u"Oakland"_s);
    values.values.insert(u"candidate.locationRegion"_s, u"CA"_s);
    values.values.insert(u"candidate.twitterUrl"_s, QJsonValue::Null);
    for (auto it = values.values.begin(); it != values.values.end(); ++it)
        values.labels.insert(it.key(), it.key());
    return values;
}

TransformChain::Result run(const QJsonValue &input, const QJsonArray &transforms)
{
    return TransformChain(transforms).run(input, sources());
}

QJsonValue value(const QJsonValue &input, const QJsonObject &transform)
{
    const TransformChain::Result result = run(input, {transform});
    INFO(result.error.toStdString());
    CHECK(result.error.isEmpty());
    return result.value;
}

QString error(const QJsonValue &input, const QJsonObject &transform)
{
    const TransformChain::Result result = run(input, {transform});
    CHECK(result.value.isNull());
    return result.error;
}

QString invalid(const QJsonObject &transform)
{
    return TransformChain::validate(transform, [](const QString &id) {
        return id.startsWith(u"candidate."_s);
    });
}

} // namespace

TEST_CASE("valueMap maps known values, uses its default or passes the value through",
          "[unit][mapping]")
{
    const QJsonObject states{{u"type"_s, u"valueMap"_s},
                             {u"map"_s, QJsonObject{{u"CA"_s, u"California"_s},
                                                    {u"NY"_s, u"New York"_s}}}};
    CHECK(value(u"CA"_s, states) == QJsonValue(u"California"_s));
    CHECK(value(u" NY "_s, states) == QJsonValue(u"New York"_s));
    CHECK(value(u"TX"_s, states) == QJsonValue(u"TX"_s)); // no default: unchanged
    QJsonObject withDefault = states;
    withDefault.insert(u"default"_s, u"Other"_s);
    CHECK(value(u"TX"_s, withDefault) == QJsonValue(u"Other"_s));
    CHECK(value(QJsonValue::Null, withDefault).isNull()); // empty stays empty
    CHECK(value(3, QJsonObject{{u"type"_s, u"valueMap"_s},
                               {u"map"_s, QJsonObject{{u"3"_s, u"three"_s}}}})
          == QJsonValue(u"three"_s));
    CHECK(invalid({{u"type"_s, u"valueMap"_s}}).contains(u"\"map\""_s));
    CHECK(invalid({{u"type"_s, u"valueMap"_s}, {u"map"_s, QJsonObject{{u"CA"_s, QJsonArray{}}}}})
              .contains(u"\"CA\""_s));
    CHECK(invalid(states).isEmpty());
}

TEST_CASE("splitName takes the first, middle and last words", "[unit][mapping]")
{
    auto part = [](const QString &which) {
        return QJsonObject{{u"type"_s, u"splitName"_s}, {u"part"_s, which}};
    };
    CHECK(value(u"Ada  Augusta King"_s, part(u"first"_s)) == QJsonValue(u"Ada"_s));
    CHECK(value(u"Ada Augusta King"_s, part(u"middle"_s)) == QJsonValue(u"Augusta"_s));
    CHECK(value(u"Ada Augusta King"_s, part(u"last"_s)) == QJsonValue(u"King"_s));
    CHECK(value(u"Ada Lovelace"_s, part(u"middle"_s)).isNull());
    CHECK(value(u"Cher"_s, part(u"first"_s)) == QJsonValue(u"Cher"_s));
    CHECK(value(u"Cher"_s, part(u"last"_s)).isNull());
    CHECK(value(QJsonValue::Null, part(u"first"_s)).isNull());
    CHECK(invalid(part(u"second"_s)).contains(u"first, middle or last"_s));
}

TEST_CASE("join appends its sources, skipping empty ones", "[unit][mapping]")
{
    const QJsonObject cityState{
        {u"type"_s, u"join"_s},
        {u"sources"_s, QJsonArray{u"candidate.locationCity"_s, u"candidate.twitterUrl"_s,
                                  u"candidate.locationRegion"_s}},
        {u"separator"_s, u", "_s}};
    CHECK(value(QJsonValue::Null, cityState) == QJsonValue(u"Oakland, CA"_s));
    CHECK(value(u"Home"_s, cityState) == QJsonValue(u"Home, Oakland, CA"_s));
    CHECK(invalid({{u"type"_s, u"join"_s}, {u"sources"_s, QJsonArray{}}}).contains(u"sources"_s));
    CHECK(invalid({{u"type"_s, u"join"_s}, {u"sources"_s, QJsonArray{u"job.nope"_s}}})
              .contains(u"job.nope"_s));
    CHECK(invalid({{u"type"_s, u"join"_s},
                   {u"sources"_s, QJsonArray{u"candidate.name"_s}},
                   {u"separator"_s, 1}})
              .contains(u"separator"_s));
}

TEST_CASE("trim and case", "[unit][mapping]")
{
    CHECK(value(u"  Ada   King "_s, {{u"type"_s, u"trim"_s}}) == QJsonValue(u"Ada King"_s));
    CHECK(value(42, {{u"type"_s, u"trim"_s}}) == QJsonValue(42));
    auto mode = [](const QString &m) { return QJsonObject{{u"type"_s, u"case"_s}, {u"mode"_s, m}}; };
    CHECK(value(u"ada king"_s, mode(u"upper"_s)) == QJsonValue(u"ADA KING"_s));
    CHECK(value(u"ADA King"_s, mode(u"lower"_s)) == QJsonValue(u"ada king"_s));
    CHECK(value(u"mary-jane o'NEIL"_s, mode(u"title"_s)) == QJsonValue(u"Mary-Jane O'neil"_s));
    CHECK(value(QJsonValue::Null, mode(u"upper"_s)).isNull());
    CHECK(invalid(mode(u"camel"_s)).contains(u"upper, lower or title"_s));
}

TEST_CASE("dateFormat formats ISO dates and refuses anything else", "[unit][mapping]")
{
    const QJsonObject us{{u"type"_s, u"dateFormat"_s}, {u"format"_s, u"MM/dd/yyyy"_s}};
    CHECK(value(u"2026-03-01"_s, us) == QJsonValue(u"03/01/2026"_s));
    CHECK(value(u"2026-03-01T00:00:00.000Z"_s, us) == QJsonValue(u"03/01/2026"_s));
    CHECK(value(u"2026-03-01"_s, {{u"type"_s, u"dateFormat"_s}, {u"format"_s, u"d MMMM yyyy"_s}})
          == QJsonValue(u"1 March 2026"_s));
    CHECK(value(QJsonValue::Null, us).isNull());
    CHECK(error(u"next Monday"_s, us).contains(u"is not a date"_s));
    CHECK(error(u"2026-02-30"_s, us).contains(u"is not a date"_s));
    CHECK(error(20260301, us).contains(u"is not a date"_s));
    CHECK(invalid({{u"type"_s, u"dateFormat"_s}}).contains(u"format"_s));
}

TEST_CASE("constant and default", "[unit][mapping]")
{
    const QJsonObject constant{{u"type"_s, u"constant"_s}, {u"value"_s, u"FullTime"_s}};
    CHECK(value(QJsonValue::Null, constant) == QJsonValue(u"FullTime"_s));
    CHECK(value(u"PartTime"_s, constant) == QJsonValue(u"FullTime"_s));
    const QJsonObject fallback{{u"type"_s, u"default"_s}, {u"value"_s, u"n/a"_s}};
    CHECK(value(u"  "_s, fallback) == QJsonValue(u"n/a"_s));
    CHECK(value(QJsonArray{}, fallback) == QJsonValue(u"n/a"_s));
    CHECK(value(u"x"_s, fallback) == QJsonValue(u"x"_s));
    CHECK(invalid({{u"type"_s, u"constant"_s}}).contains(u"value"_s));
    CHECK(invalid({{u"type"_s, u"default"_s}, {u"value"_s, QJsonObject{}}}).contains(u"value"_s));
}

TEST_CASE("number and currency formatting", "[unit][mapping]")
{
    const QJsonObject twoDecimals{{u"type"_s, u"number"_s}, {u"decimals"_s, 2}};
    CHECK(value(120000, twoDecimals) == QJsonValue(u"120000.00"_s));
    CHECK(value(u" 12.344 "_s, twoDecimals) == QJsonValue(u"12.34"_s));
    CHECK(value(12.6, {{u"type"_s, u"number"_s}}) == QJsonValue(u"13"_s));
    CHECK(error(u"lots"_s, twoDecimals).contains(u"is not a number"_s));
    CHECK(invalid({{u"type"_s, u"number"_s}, {u"decimals"_s, 1.5}}).contains(u"decimals"_s));
    CHECK(invalid({{u"type"_s, u"number"_s}, {u"decimals"_s, 11}}).contains(u"decimals"_s));

    const QJsonObject salary{{u"value"_s, 120000}, {u"currencyCode"_s, u"EUR"_s}};
    CHECK(value(salary, {{u"type"_s, u"currency"_s}}) == QJsonValue(u"120,000.00 EUR"_s));
    CHECK(value(95000.5, {{u"type"_s, u"currency"_s}, {u"currencyCode"_s, u"USD"_s}})
          == QJsonValue(u"95,000.50 USD"_s));
    CHECK(error(95000, {{u"type"_s, u"currency"_s}}).contains(u"no currency"_s));
    CHECK(error(u"free"_s, {{u"type"_s, u"currency"_s}, {u"currencyCode"_s, u"USD"_s}})
              .contains(u"not an amount"_s));
    CHECK(invalid({{u"type"_s, u"currency"_s}, {u"currencyCode"_s, u"usd"_s}})
              .contains(u"currencyCode"_s));
}

TEST_CASE("Chains run in order and stop at the first error", "[unit][mapping]")
{
    const QJsonArray chain{QJsonObject{{u"type"_s, u"trim"_s}},
                           QJsonObject{{u"type"_s, u"valueMap"_s},
                                       {u"map"_s, QJsonObject{{u"CA"_s, u"California"_s}}}},
                           QJsonObject{{u"type"_s, u"case"_s}, {u"mode"_s, u"upper"_s}}};
    CHECK(run(u" CA "_s, chain).value == QJsonValue(u"CALIFORNIA"_s));
    const QJsonArray failing{QJsonObject{{u"type"_s, u"dateFormat"_s}, {u"format"_s, u"yyyy"_s}},
                             QJsonObject{{u"type"_s, u"default"_s}, {u"value"_s, u"2026"_s}}};
    const TransformChain::Result result = run(u"soon"_s, failing);
    CHECK(result.value.isNull());
    CHECK(result.error.contains(u"soon"_s));
    // A stored chain with a broken transform gives an error instead of a crash.
    CHECK(run(u"x"_s, {QJsonObject{{u"type"_s, u"rot13"_s}}}).error.contains(u"rot13"_s));
    CHECK(run(u"x"_s, {u"trim"_s}).error.contains(u"object"_s));
    CHECK(invalid({{u"type"_s, u"rot13"_s}}).contains(u"Unknown transform type"_s));
    CHECK(invalid({{u"mode"_s, u"upper"_s}}).contains(u"needs \"type\""_s));
}
