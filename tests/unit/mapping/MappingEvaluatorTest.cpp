// MappingEvaluator: rows against target fields for one subject's source values.
#include "tests/support/CatchQt.h"

#include "sandbox/mapping/JuroTemplates.h"
#include "sandbox/mapping/MappingEvaluator.h"
#include "sandbox/mapping/TargetSchemas.h"

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Sandbox;

namespace {

SourceValues candidateWithoutOffer()
{
    SourceValues s;
    auto add = [&s](const QString &id, const QString &label, const QJsonValue &value,
                    const QString &reason = {}) {
        s.values.insert(id, value);
        s.labels.insert(id, label);
        if (!reason.isEmpty())
            s.emptyReasons.insert(id, reason);
    };
    add(u"candidate.name"_s, u"Name"_s, u"Ada Augusta King"_s);
    add(u"candidate.personalEmail"_s, u"Personal email"_s, u"ada@example.com"_s);
    add(u"candidate.twitterUrl"_s, u"Twitter"_s, QJsonValue::Null);
    add(u"candidate.locationRegion"_s, u"State"_s, u"CA"_s);
    add(u"job.title"_s, u"Job title"_s, u"Engineer"_s);
    add(u"offer.startDate"_s, u"Offer start date"_s, QJsonValue::Null,
        u"Offer start date is empty: this candidate has no approved or accepted offer."_s);
    add(u"customField.x"_s, u"Languages"_s, QJsonValue::Null,
        u"Custom field \u201CLanguages\u201D has no value for this candidate."_s);
    add(u"candidate.bio"_s, u"Bio"_s, u"not a date"_s);
    return s;
}

QList<TargetField> targets()
{
    return {{u"firstName"_s, u"First name"_s, u"String"_s, true},
            {u"lastName"_s, u"Last name"_s, u"String"_s, true},
            {u"twitter"_s, u"Twitter"_s, u"Url"_s},
            {u"startDate"_s, u"Start date"_s, u"Date"_s},
            {u"languages"_s, u"Languages"_s, u"String"_s},
            {u"workState"_s, u"Work state"_s, u"String"_s},
            {u"jobTitle"_s, u"Job title"_s, u"String"_s, true},
            {u"type"_s, u"Type"_s, u"ValueSelect"_s, false, false, {u"FullTime"_s, u"PartTime"_s}}};
}

MappingRow row(const QString &target, const QString &source, const QJsonArray &transforms = {},
               bool required = false)
{
    return MappingRow{target, source, transforms, required, false};
}

const FieldValue &byTarget(const QList<FieldValue> &values, const QString &target)
{
    for (const FieldValue &value : values)
        if (value.targetField == target)
            return value;
    FAIL("no value for " << target.toStdString());
    return values.first();
}

} // namespace

TEST_CASE("The evaluator maps values and explains every empty or failed field", "[unit][mapping]")
{
    const QList<MappingRow> rows{
        row(u"firstName"_s, u"candidate.name"_s,
            {QJsonObject{{u"type"_s, u"splitName"_s}, {u"part"_s, u"first"_s}}}),
        row(u"lastName"_s, u"candidate.name"_s,
            {QJsonObject{{u"type"_s, u"splitName"_s}, {u"part"_s, u"last"_s}}}),
        row(u"twitter"_s, u"candidate.twitterUrl"_s),
        row(u"startDate"_s, u"offer.startDate"_s,
            {QJsonObject{{u"type"_s, u"dateFormat"_s}, {u"format"_s, u"yyyy-MM-dd"_s}}}),
        row(u"languages"_s, u"customField.x"_s),
        row(u"workState"_s, u"candidate.locationRegion"_s,
            {QJsonObject{{u"type"_s, u"valueMap"_s},
                         {u"map"_s, QJsonObject{{u"CA"_s, u"California"_s}}}}}),
        row(u"type"_s, {}, {QJsonObject{{u"type"_s, u"constant"_s}, {u"value"_s, u"Contract"_s}}}),
    };
    const QList<FieldValue> values =
        MappingEvaluator(targets(), rows).evaluate(candidateWithoutOffer());
    REQUIRE(values.size() == rows.size() + 1); // + the unmapped required jobTitle

    CHECK(byTarget(values, u"firstName"_s).value == QJsonValue(u"Ada"_s));
    CHECK(byTarget(values, u"firstName"_s).required);
    CHECK(byTarget(values, u"lastName"_s).value == QJsonValue(u"King"_s));
    CHECK(byTarget(values, u"lastName"_s).error.isEmpty());
    // An optional field that is simply empty is fine.
    CHECK(byTarget(values, u"twitter"_s).value.isNull());
    CHECK(byTarget(values, u"twitter"_s).error.isEmpty());
    CHECK_FALSE(byTarget(values, u"twitter"_s).required);
    // A missing offer or custom field value is explained even when optional.
    CHECK(byTarget(values, u"startDate"_s).error
          == u"Offer start date is empty: this candidate has no approved or accepted offer."_s);
    CHECK(byTarget(values, u"languages"_s).error.contains(u"has no value"_s));
    CHECK(byTarget(values, u"workState"_s).value == QJsonValue(u"California"_s));
    CHECK(byTarget(values, u"type"_s).error.contains(u"not one of the values Type accepts"_s));
    const FieldValue &unmapped = values.last();
    CHECK(unmapped.targetField == u"jobTitle"_s);
    CHECK(unmapped.required);
    CHECK(unmapped.error == u"Job title is required, but no row maps it."_s);
}

TEST_CASE("The evaluator survives bad data and stale rows", "[unit][mapping]")
{
    const QList<MappingRow> rows{
        row(u"firstName"_s, u"candidate.bio"_s,
            {QJsonObject{{u"type"_s, u"dateFormat"_s}, {u"format"_s, u"yyyy"_s}}}),
        // A single-word name has no last name: required, so an error.
        row(u"lastName"_s, u"customField.gone"_s),
        row(u"jobTitle"_s, u"job.title"_s, {QJsonObject{{u"type"_s, u"nope"_s}}}),
        row(u"twitter"_s, u"candidate.twitterUrl"_s, {}, true),
        row(u"nonsense"_s, u"job.title"_s),
    };
    const QList<FieldValue> values =
        MappingEvaluator(targets(), rows).evaluate(candidateWithoutOffer());
    CHECK(byTarget(values, u"firstName"_s).error.contains(u"is not a date"_s));
    CHECK(byTarget(values, u"lastName"_s).error.contains(u"no longer exists"_s));
    CHECK(byTarget(values, u"jobTitle"_s).error.contains(u"nope"_s));
    CHECK(byTarget(values, u"twitter"_s).required); // the row's own requirement
    CHECK(byTarget(values, u"twitter"_s).error
          == u"Twitter is required, but Twitter gives no value for this candidate."_s);
    CHECK(byTarget(values, u"nonsense"_s).error.contains(u"no field"_s));
    for (const FieldValue &value : values)
        if (!value.error.isEmpty())
            CHECK(value.value.isNull());
}

TEST_CASE("Humaans' default rows fill an employee from a hired candidate", "[unit][mapping]")
{
    const auto humaans = TargetSchemas::find(u"humaans"_s, u"employee"_s);
    REQUIRE(humaans);
    SourceValues s = candidateWithoutOffer();
    s.values.insert(u"offer.startDate"_s, u"2026-04-01"_s);
    s.emptyReasons.remove(u"offer.startDate"_s);
    s.values.insert(u"offer.salary.value"_s, 150000);
    s.values.insert(u"offer.salary.currencyCode"_s, u"USD"_s);
    const QList<FieldValue> values = MappingEvaluator(humaans->fields, humaans->defaultRows)
                                         .evaluate(s);
    CHECK(byTarget(values, u"firstName"_s).value == QJsonValue(u"Ada"_s));
    CHECK(byTarget(values, u"middleName"_s).value == QJsonValue(u"Augusta"_s));
    CHECK(byTarget(values, u"lastName"_s).value == QJsonValue(u"King"_s));
    CHECK(byTarget(values, u"employmentStartDate"_s).value == QJsonValue(u"2026-04-01"_s));
    CHECK(byTarget(values, u"salaryAmount"_s).value == QJsonValue(150000));
    CHECK(byTarget(values, u"jobTitle"_s).value == QJsonValue(u"Engineer"_s));
    // Fields the test's values do not have (department, phone) are empty; none is required.
    for (const FieldValue &value : values)
        if (value.required)
            CHECK(value.error.isEmpty());
    CHECK_FALSE(TargetSchemas::find(u"humaans"_s, u"workflow:nda"_s));
    CHECK(TargetSchemas::find(u"juro"_s, u"workflow:nda"_s));
    CHECK(TargetSchemas::targets(u"willo"_s).isEmpty());
}

TEST_CASE("Juro's templates are static data with Juro's field shape", "[unit][mapping]")
{
    QStringList ids;
    for (const JuroTemplate &entry : JuroTemplates::list())
        ids << entry.id;
    CHECK(ids == QStringList{u"employment-contract"_s, u"contractor-agreement"_s, u"nda"_s});
    CHECK_FALSE(JuroTemplates::find(u"lease"_s));
    const JuroTemplate *contract = JuroTemplates::find(u"employment-contract"_s);
    REQUIRE(contract);
    const QJsonObject json = contract->toJson();
    CHECK(json.value(u"name"_s) == QJsonValue(u"Employment contract"_s));
    const QJsonArray fields = json.value(u"fields"_s).toArray();
    REQUIRE(fields.size() == contract->fields.size());
    const QJsonObject currency = fields.at(6).toObject();
    CHECK(currency.value(u"uid"_s) == QJsonValue(u"salaryCurrency"_s));
    CHECK(currency.value(u"isRequired"_s) == QJsonValue(true));
    CHECK(currency.value(u"selectableValues"_s).toArray().contains(QJsonValue(u"USD"_s)));
    CHECK_FALSE(fields.at(0).toObject().contains(u"selectableValues"_s));
    CHECK(fields.last().toObject().value(u"isHidden"_s) == QJsonValue(true));
    const auto target = TargetSchemas::find(u"juro"_s, u"workflow:employment-contract"_s);
    REQUIRE(target);
    CHECK(target->defaultRows.isEmpty());
    CHECK(target->fields.size() == contract->fields.size());
}
