// Field mappings (field.list and fieldMapping.* extension methods) over real HTTP.
#include "ApiHelpers.h"

#include <QDate>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

SandboxProcess &mappingSandbox()
{
    return sharedSandbox(u"mapping"_s, SandboxProcess::defaultArguments(80));
}

QJsonObject byKey(const QJsonArray &items, const QString &key, const QString &value)
{
    const QJsonArray matching = where(items, key, value);
    INFO(key.toStdString() << " = " << value.toStdString());
    REQUIRE(matching.size() == 1);
    return matching.first().toObject();
}

QJsonObject info(TestClient &client, const QString &integration, const QString &target)
{
    return results(client, u"fieldMapping.info"_s,
                   {{u"integrationId"_s, integration}, {u"target"_s, target}})
        .toObject();
}

QStringList targetFieldsOf(const QJsonArray &rows)
{
    QStringList fields;
    for (const QJsonValue row : rows)
        fields << row.toObject().value(u"targetField"_s).toString();
    return fields;
}

QJsonObject row(const QString &target, const QString &source, const QJsonArray &transforms = {})
{
    return {{u"targetField"_s, target}, {u"sourceField"_s, source}, {u"transforms"_s, transforms}};
}

QJsonObject split(const QString &part)
{
    return {{u"type"_s, u"splitName"_s}, {u"part"_s, part}};
}

const QJsonObject stateNames{{u"type"_s, u"valueMap"_s},
                             {u"map"_s, QJsonObject{{u"CA"_s, u"California"_s},
                                                    {u"WA"_s, u"Washington"_s}}}};

// Sora's required fields plus the work state, optionally through the valueMap.
QJsonArray soraRows(bool mapStates)
{
    return {row(u"firstName"_s, u"candidate.name"_s, {split(u"first"_s)}),
            row(u"lastName"_s, u"candidate.name"_s, {split(u"last"_s)}),
            row(u"personalEmail"_s, u"candidate.personalEmail"_s),
            row(u"jobTitle"_s, u"job.title"_s),
            row(u"startDate"_s, u"offer.startDate"_s),
            row(u"workState"_s, u"candidate.locationRegion"_s,
                mapStates ? QJsonArray{stateNames} : QJsonArray{})};
}

// A seeded candidate whose location region is CA.
QJsonObject californian(TestClient &client)
{
    for (const QJsonValue value : walkAll(client, u"candidate.list"_s).records) {
        const QJsonObject candidate = value.toObject();
        for (const QJsonValue part : candidate.value(u"location"_s)
                                         .toObject()
                                         .value(u"locationComponents"_s)
                                         .toArray())
            if (part.toObject().value(u"type"_s) == QJsonValue(u"Region"_s)
                && part.toObject().value(u"name"_s) == QJsonValue(u"CA"_s))
                return candidate;
    }
    FAIL("the seed has no candidate in California");
    return {};
}

QJsonObject valueOf(const QJsonObject &preview, const QString &target)
{
    return byKey(preview.value(u"values"_s).toArray(), u"targetField"_s, target);
}

} // namespace

TEST_CASE("field.list lists the ATS fields with types and real samples", "[api][mapping]")
{
    TestClient admin = adminClient(mappingSandbox());
    const ApiReply reply = requireSuccess(admin.call(u"field.list"_s));
    CHECK(reply.envelope().value(u"moreDataAvailable"_s) == QJsonValue(false));
    const QJsonArray fields = reply.resultArray();
    for (const QJsonValue value : fields) {
        const QJsonObject field = value.toObject();
        INFO(field.value(u"id"_s).toString().toStdString());
        CHECK_FALSE(field.value(u"label"_s).toString().isEmpty());
        CHECK_FALSE(field.value(u"type"_s).toString().isEmpty());
        CHECK(QStringList{u"candidate"_s, u"application"_s, u"job"_s, u"offer"_s}.contains(
            field.value(u"objectType"_s).toString()));
        CHECK(field.contains(u"sample"_s));
        CHECK(field.value(u"id"_s).toString().startsWith(field.value(u"objectType"_s).toString())
              == !field.value(u"isCustom"_s).toBool());
    }
    const QStringList ids = idsOf(fields);
    for (const QString &id : {u"candidate.name"_s, u"candidate.personalEmail"_s,
                              u"candidate.personalPhone"_s, u"candidate.linkedInUrl"_s,
                              u"candidate.twitterUrl"_s, u"candidate.locationCity"_s,
                              u"application.status"_s, u"application.currentStage"_s,
                              u"job.title"_s, u"job.department"_s, u"offer.salary.value"_s,
                              u"offer.salary.currencyCode"_s})
        CHECK(ids.contains(id));

    const QString region =
        byKey(fields, u"id"_s, u"candidate.locationRegion"_s).value(u"sample"_s).toString();
    CHECK(region.size() == 2);
    CHECK(region == region.toUpper());
    const QJsonObject start = byKey(fields, u"id"_s, u"offer.startDate"_s);
    CHECK(start.value(u"type"_s) == QJsonValue(u"Date"_s));
    CHECK(QDate::fromString(start.value(u"sample"_s).toString(), Qt::ISODate).isValid());
    CHECK(byKey(fields, u"id"_s, u"offer.salary.value"_s).value(u"sample"_s).toDouble() > 1000);
    CHECK(byKey(fields, u"id"_s, u"job.department"_s).value(u"sample"_s).isString());
    CHECK(byKey(fields, u"id"_s, u"candidate.personalEmail"_s)
              .value(u"sample"_s).toString().contains(u'@'));

    // Custom fields from customField.list: live ones only, unless includeArchived.
    const QJsonArray custom = walkAll(admin, u"customField.list"_s).records;
    REQUIRE_FALSE(custom.isEmpty());
    const QJsonObject years = byKey(custom, u"title"_s, u"Years of experience"_s);
    const QJsonObject yearsField =
        byKey(fields, u"id"_s, u"customField."_s + years.value(u"id"_s).toString());
    CHECK(yearsField.value(u"isCustom"_s) == QJsonValue(true));
    CHECK(yearsField.value(u"isArchived"_s) == QJsonValue(false));
    CHECK(yearsField.value(u"type"_s) == QJsonValue(u"Number"_s));
    CHECK(yearsField.value(u"objectType"_s) == QJsonValue(u"candidate"_s));
    CHECK(yearsField.value(u"sample"_s).isDouble());
    CHECK(where(fields, u"label"_s, u"Legacy ATS id"_s).isEmpty());
    const QJsonArray all = results(admin, u"field.list"_s, {{u"includeArchived"_s, true}}).toArray();
    CHECK(byKey(all, u"label"_s, u"Legacy ATS id"_s).value(u"isArchived"_s) == QJsonValue(true));
}

TEST_CASE("fieldMapping.info returns the targets and, before any save, the default rows",
          "[api][mapping]")
{
    TestClient admin = adminClient(mappingSandbox());
    const QJsonObject humaans = info(admin, u"humaans"_s, u"employee"_s);
    CHECK(humaans.value(u"version"_s) == QJsonValue(0));
    CHECK(humaans.value(u"isDefault"_s) == QJsonValue(true));
    CHECK(humaans.value(u"drift"_s) == QJsonValue(QJsonArray{}));
    const QJsonArray targetFields = humaans.value(u"targetFields"_s).toArray();
    QStringList required;
    for (const QJsonValue field : targetFields)
        if (field.toObject().value(u"required"_s).toBool())
            required << field.toObject().value(u"id"_s).toString();
    CHECK(required == QStringList{u"firstName"_s, u"lastName"_s, u"personalEmail"_s, u"jobTitle"_s});
    CHECK(targetFieldsOf(humaans.value(u"rows"_s).toArray())
          == QStringList{u"firstName"_s, u"middleName"_s, u"lastName"_s, u"personalEmail"_s,
                         u"personalPhone"_s, u"jobTitle"_s, u"department"_s, u"linkedIn"_s,
                         u"twitter"_s, u"employmentStartDate"_s, u"salaryAmount"_s,
                         u"salaryCurrency"_s});
    const QJsonObject middle = byKey(humaans.value(u"rows"_s).toArray(), u"targetField"_s,
                                     u"middleName"_s);
    CHECK(middle.value(u"sourceField"_s) == QJsonValue(u"candidate.name"_s));
    CHECK(middle.value(u"transforms"_s) == QJsonValue(QJsonArray{split(u"middle"_s)}));

    const QJsonObject sora = info(admin, u"sora"_s, u"employee"_s);
    CHECK(sora.value(u"version"_s) == QJsonValue(0));
    CHECK(byKey(sora.value(u"targetFields"_s).toArray(), u"id"_s, u"workState"_s)
              .value(u"type"_s) == QJsonValue(u"String"_s));
    CHECK(sora.value(u"rows"_s).toArray().size() <= 6);

    const QJsonObject nda = info(admin, u"juro"_s, u"workflow:nda"_s);
    CHECK(nda.value(u"rows"_s) == QJsonValue(QJsonArray{}));
    const QJsonObject law = byKey(nda.value(u"targetFields"_s).toArray(), u"id"_s,
                                  u"governingState"_s);
    CHECK(law.value(u"selectableValues"_s).toArray().contains(QJsonValue(u"California"_s)));
    CHECK(info(admin, u"juro"_s, u"workflow:employment-contract"_s)
              .value(u"targetFields"_s).toArray().size() >= 5);

    requireInvalidInput(admin.call(u"fieldMapping.info"_s, {{u"integrationId"_s, u"humaans"_s},
                                                            {u"target"_s, u"workflow:nda"_s}}),
                        u"target"_s);
    requireInvalidInput(admin.call(u"fieldMapping.info"_s, {{u"integrationId"_s, u"willo"_s},
                                                            {u"target"_s, u"employee"_s}}));
    requireError(admin.call(u"fieldMapping.info"_s, {{u"integrationId"_s, u"bamboo"_s},
                                                     {u"target"_s, u"employee"_s}}),
                 200, u"integration_not_found"_s);
}

TEST_CASE("fieldMapping.set saves with version + 1 and refuses a stale version",
          "[api][mapping]")
{
    TestClient admin = adminClient(mappingSandbox());
    const QJsonObject saved = results(admin, u"fieldMapping.set"_s,
                                      {{u"integrationId"_s, u"sora"_s},
                                       {u"target"_s, u"employee"_s},
                                       {u"version"_s, 0},
                                       {u"rows"_s, soraRows(true)}})
                                  .toObject();
    CHECK(saved.value(u"version"_s) == QJsonValue(1));
    CHECK(saved.value(u"isDefault"_s) == QJsonValue(false));
    CHECK_FALSE(saved.value(u"updatedAt"_s).toString().isEmpty());
    CHECK(targetFieldsOf(saved.value(u"rows"_s).toArray()) == targetFieldsOf(soraRows(true)));
    CHECK(info(admin, u"sora"_s, u"employee"_s) == saved);

    // A second admin still holding version 0 does not overwrite the first one's rows.
    const ApiReply stale = admin.call(u"fieldMapping.set"_s, {{u"integrationId"_s, u"sora"_s},
                                                              {u"target"_s, u"employee"_s},
                                                              {u"version"_s, 0},
                                                              {u"rows"_s, QJsonArray{}}});
    requireError(stale, 200, u"version_conflict"_s);
    CHECK(stale.errorMessage().contains(u"version 1, not 0"_s));
    CHECK(info(admin, u"sora"_s, u"employee"_s) == saved);

    const QJsonObject second = results(admin, u"fieldMapping.set"_s,
                                       {{u"integrationId"_s, u"sora"_s},
                                        {u"target"_s, u"employee"_s},
                                        {u"version"_s, 1},
                                        {u"rows"_s, soraRows(false)}})
                                   .toObject();
    CHECK(second.value(u"version"_s) == QJsonValue(2));
    // Other targets keep their own versions.
    CHECK(info(admin, u"humaans"_s, u"employee"_s).value(u"version"_s) == QJsonValue(0));
}

TEST_CASE("fieldMapping.set refuses invalid rows, naming them, and saves nothing",
          "[api][mapping]")
{
    TestClient admin = adminClient(mappingSandbox());
    auto attempt = [&admin](const QJsonObject &bad) {
        QJsonArray rows = soraRows(true);
        rows.insert(1, bad); // row 2
        return admin.call(u"fieldMapping.set"_s, {{u"integrationId"_s, u"humaans"_s},
                                                  {u"target"_s, u"employee"_s},
                                                  {u"version"_s, 0},
                                                  {u"rows"_s, rows}});
    };
    const ApiReply unknownTarget = attempt(row(u"shoeSize"_s, u"candidate.name"_s));
    requireInvalidInput(unknownTarget, u"shoeSize"_s);
    CHECK(unknownTarget.errorMessage().startsWith(u"Row 2"_s));

    const ApiReply unknownSource = attempt(row(u"middleName"_s, u"candidate.shoeSize"_s));
    requireInvalidInput(unknownSource, u"candidate.shoeSize"_s);
    CHECK(unknownSource.errorMessage().startsWith(u"Row 2 (targetField \"middleName\")"_s));

    const ApiReply unknownTransform =
        attempt(row(u"middleName"_s, u"candidate.name"_s,
                    {QJsonObject{{u"type"_s, u"reverse"_s}}}));
    requireInvalidInput(unknownTransform, u"reverse"_s);
    CHECK(unknownTransform.errorMessage().contains(u"middleName"_s));

    const ApiReply badParams =
        attempt(row(u"middleName"_s, u"candidate.name"_s, {split(u"second"_s)}));
    requireInvalidInput(badParams, u"middleName"_s);
    CHECK(badParams.errorMessage().contains(u"transform 1"_s));

    // startDate exists only on Sora's employee, so Humaans refuses row 5 of soraRows.
    const ApiReply soraOnly = admin.call(u"fieldMapping.set"_s, {{u"integrationId"_s, u"humaans"_s},
                                                                 {u"target"_s, u"employee"_s},
                                                                 {u"version"_s, 0},
                                                                 {u"rows"_s, soraRows(true)}});
    requireInvalidInput(soraOnly, u"startDate"_s);
    CHECK(soraOnly.errorMessage().startsWith(u"Row 5"_s));
    requireInvalidInput(admin.call(u"fieldMapping.set"_s, {{u"integrationId"_s, u"humaans"_s},
                                                           {u"target"_s, u"employee"_s},
                                                           {u"rows"_s, QJsonArray{}}}),
                        u"version"_s);
    CHECK(info(admin, u"humaans"_s, u"employee"_s).value(u"version"_s) == QJsonValue(0));
}

TEST_CASE("fieldMapping.preview maps a Californian candidate's state with unsaved or saved rows",
          "[api][mapping]")
{
    // Its own sandbox: it relies on Sora's mapping never having been saved.
    TestClient admin = adminClient(sharedSandbox(u"mapping-preview"_s,
                                                 SandboxProcess::defaultArguments(40)));
    const QJsonObject candidate = californian(admin);
    const QString candidateId = candidate.value(u"id"_s).toString();
    const QJsonObject request{{u"integrationId"_s, u"sora"_s},
                              {u"target"_s, u"employee"_s},
                              {u"candidateId"_s, candidateId}};

    QJsonObject withRows = request;
    withRows.insert(u"rows"_s, soraRows(true));
    const QJsonObject unsaved = results(admin, u"fieldMapping.preview"_s, withRows).toObject();
    CHECK(unsaved.value(u"candidateId"_s) == QJsonValue(candidateId));
    const QJsonObject state = valueOf(unsaved, u"workState"_s);
    CHECK(state.value(u"value"_s) == QJsonValue(u"California"_s));
    CHECK(state.value(u"error"_s).isNull());
    CHECK(state.value(u"required"_s) == QJsonValue(false));
    const QStringList words = candidate.value(u"name"_s).toString().split(u' ');
    CHECK(valueOf(unsaved, u"firstName"_s).value(u"value"_s) == QJsonValue(words.first()));
    CHECK(valueOf(unsaved, u"lastName"_s).value(u"value"_s) == QJsonValue(words.last()));
    CHECK(valueOf(unsaved, u"personalEmail"_s).value(u"value"_s)
          == candidate.value(u"primaryEmailAddress"_s).toObject().value(u"value"_s));

    // Nothing saved: without rows the preview uses Sora's default, which maps no work state.
    const QJsonObject byDefault = results(admin, u"fieldMapping.preview"_s, request).toObject();
    CHECK(where(byDefault.value(u"values"_s).toArray(), u"targetField"_s, u"workState"_s)
              .isEmpty());

    // Saved rows without the valueMap pass the code through; by email works too.
    const qint64 version = info(admin, u"sora"_s, u"employee"_s).value(u"version"_s).toInteger();
    requireSuccess(admin.call(u"fieldMapping.set"_s, {{u"integrationId"_s, u"sora"_s},
                                                      {u"target"_s, u"employee"_s},
                                                      {u"version"_s, version},
                                                      {u"rows"_s, soraRows(false)}}));
    const QJsonObject saved = results(admin, u"fieldMapping.preview"_s,
                                      {{u"integrationId"_s, u"sora"_s},
                                       {u"target"_s, u"employee"_s},
                                       {u"email"_s, candidate.value(u"primaryEmailAddress"_s)
                                                        .toObject().value(u"value"_s)}})
                                  .toObject();
    CHECK(saved.value(u"candidateId"_s) == QJsonValue(candidateId));
    CHECK(valueOf(saved, u"workState"_s).value(u"value"_s) == QJsonValue(u"CA"_s));

    requireInvalidInput(admin.call(u"fieldMapping.preview"_s,
                                   {{u"integrationId"_s, u"sora"_s}, {u"target"_s, u"employee"_s}}),
                        u"candidateId"_s);
    requireError(admin.call(u"fieldMapping.preview"_s,
                            {{u"integrationId"_s, u"sora"_s},
                             {u"target"_s, u"employee"_s},
                             {u"email"_s, u"nobody@nowhere.invalid"_s}}),
                 200, u"candidate_not_found"_s);
    QJsonObject badRows = request;
    badRows.insert(u"rows"_s, QJsonArray{row(u"workState"_s, u"candidate.nope"_s)});
    requireInvalidInput(admin.call(u"fieldMapping.preview"_s, badRows), u"candidate.nope"_s);
}

TEST_CASE("fieldMapping.apply builds the record for applications with and without an offer",
          "[api][mapping]")
{
    TestClient admin = adminClient(mappingSandbox());
    const QJsonArray offers = walkAll(admin, u"offer.list"_s).records;
    const QJsonArray accepted = where(offers, u"acceptanceStatus"_s, u"Accepted"_s);
    REQUIRE_FALSE(accepted.isEmpty());
    const QJsonObject offer = accepted.first().toObject();
    const QJsonObject version = offer.value(u"latestVersion"_s).toObject();

    const QJsonObject hired = results(admin, u"fieldMapping.apply"_s,
                                      {{u"integrationId"_s, u"humaans"_s},
                                       {u"target"_s, u"employee"_s},
                                       {u"applicationId"_s, offer.value(u"applicationId"_s)}})
                                  .toObject();
    INFO(QJsonDocument(hired).toJson().toStdString());
    CHECK(hired.value(u"applicationId"_s) == offer.value(u"applicationId"_s));
    CHECK(hired.value(u"errors"_s) == QJsonValue(QJsonArray{}));
    const QJsonObject record = hired.value(u"record"_s).toObject();
    CHECK(record.value(u"employmentStartDate"_s)
          == QJsonValue(version.value(u"startDate"_s).toString().left(10)));
    CHECK(record.value(u"salaryAmount"_s)
          == version.value(u"salary"_s).toObject().value(u"value"_s));
    CHECK(record.value(u"salaryCurrency"_s)
          == version.value(u"salary"_s).toObject().value(u"currencyCode"_s));
    for (const QString &field : {u"firstName"_s, u"lastName"_s, u"personalEmail"_s,
                                 u"jobTitle"_s, u"department"_s, u"linkedIn"_s})
        CHECK(record.value(field).isString());

    QSet<QString> withOffers;
    for (const QJsonValue value : offers)
        withOffers.insert(value.toObject().value(u"applicationId"_s).toString());
    QString bare;
    for (const QJsonValue value : walkAll(admin, u"application.list"_s).records)
        if (!withOffers.contains(value.toObject().value(u"id"_s).toString())) {
            bare = value.toObject().value(u"id"_s).toString();
            break;
        }
    REQUIRE_FALSE(bare.isEmpty());
    const QJsonObject noOffer = results(admin, u"fieldMapping.apply"_s,
                                        {{u"integrationId"_s, u"humaans"_s},
                                         {u"target"_s, u"employee"_s},
                                         {u"applicationId"_s, bare}})
                                    .toObject();
    const QJsonArray errors = noOffer.value(u"errors"_s).toArray();
    CHECK(targetFieldsOf(errors) == QStringList{u"employmentStartDate"_s, u"salaryAmount"_s,
                                                u"salaryCurrency"_s});
    CHECK(byKey(errors, u"targetField"_s, u"employmentStartDate"_s).value(u"error"_s)
          == QJsonValue(u"Offer start date is empty: this candidate has no approved or accepted offer."_s));
    CHECK_FALSE(noOffer.value(u"record"_s).toObject().contains(u"employmentStartDate"_s));
    CHECK(noOffer.value(u"record"_s).toObject().value(u"jobTitle"_s).isString());

    // By candidate: the application with the accepted offer is the one used.
    const QJsonObject byCandidate = results(admin, u"fieldMapping.apply"_s,
                                            {{u"integrationId"_s, u"humaans"_s},
                                             {u"target"_s, u"employee"_s},
                                             {u"candidateId"_s, hired.value(u"candidateId"_s)}})
                                        .toObject();
    CHECK(byCandidate.value(u"applicationId"_s) == offer.value(u"applicationId"_s));
    CHECK(byCandidate.value(u"record"_s) == QJsonValue(record));

        requireError(admin.call(u"fieldMapping.apply"_s, {{u"integrationId"_s, u"humaans"_s},
                                                      {u"target"_s, u"employee"_s},
                                                      {u"applicationId"_s, u"nope"_s}}),
                 200, u"application_not_found"_s);
    requireInvalidInput(admin.call(u"fieldMapping.apply"_s, {{u"integrationId"_s, u"humaans"_s},
                                                             {u"target"_s, u"employee"_s}}),
                        u"applicationId"_s);
}

TEST_CASE("fieldMapping.info flags rows whose custom field was archived or retyped",
          "[api][mapping]")
{
    TestClient admin = adminClient(sharedSandbox(u"mapping-drift"_s,
                                                 SandboxProcess::defaultArguments(20)));
    const QJsonArray custom = walkAll(admin, u"customField.list"_s).records;
    const QString years = byKey(custom, u"title"_s, u"Years of experience"_s)
                              .value(u"id"_s).toString();
    const QString languages = byKey(custom, u"title"_s, u"Languages spoken"_s)
                                  .value(u"id"_s).toString();
    const QString yearsSource = u"customField."_s + years;
    const QString languagesSource = u"customField."_s + languages;
    QJsonArray rows = soraRows(true);
    rows << row(u"preferredName"_s, languagesSource)
         << row(u"department"_s, u"job.department"_s,
                {QJsonObject{{u"type"_s, u"join"_s},
                             {u"sources"_s, QJsonArray{yearsSource}}}});
    requireSuccess(admin.call(u"fieldMapping.set"_s, {{u"integrationId"_s, u"sora"_s},
                                                      {u"target"_s, u"employee"_s},
                                                      {u"version"_s, 0},
                                                      {u"rows"_s, rows}}));
    CHECK(info(admin, u"sora"_s, u"employee"_s).value(u"drift"_s) == QJsonValue(QJsonArray{}));

    requireSuccess(admin.call(u"customField.update"_s,
                              {{u"customFieldId"_s, years}, {u"isArchived"_s, true}}));
    requireSuccess(admin.call(u"customField.update"_s,
                              {{u"customFieldId"_s, languages}, {u"fieldType"_s, u"String"_s}}));
    const QJsonArray drift = info(admin, u"sora"_s, u"employee"_s).value(u"drift"_s).toArray();
    INFO(QJsonDocument(drift).toJson().toStdString());
    REQUIRE(drift.size() == 2);
    const QJsonObject archived = byKey(drift, u"targetField"_s, u"department"_s);
    CHECK(archived.value(u"sourceField"_s) == QJsonValue(yearsSource));
    CHECK(archived.value(u"problem"_s) == QJsonValue(u"source_archived"_s));
    CHECK(archived.value(u"message"_s).toString().contains(u"Years of experience"_s));
    const QJsonObject retyped = byKey(drift, u"targetField"_s, u"preferredName"_s);
    CHECK(retyped.value(u"problem"_s) == QJsonValue(u"source_type_changed"_s));
    CHECK(retyped.value(u"message"_s).toString().contains(u"MultiValueSelect to String"_s));

    // Saving again with the archived field is refused; the preview explains the gap.
    const qint64 version = info(admin, u"sora"_s, u"employee"_s).value(u"version"_s).toInteger();
    requireInvalidInput(admin.call(u"fieldMapping.set"_s, {{u"integrationId"_s, u"sora"_s},
                                                           {u"target"_s, u"employee"_s},
                                                           {u"version"_s, version},
                                                           {u"rows"_s, rows}}),
                        yearsSource);
    const QJsonObject someone = walkAll(admin, u"candidate.list"_s).records.first().toObject();
    const QJsonObject preview = results(admin, u"fieldMapping.preview"_s,
                                        {{u"integrationId"_s, u"sora"_s},
                                         {u"target"_s, u"employee"_s},
                                         {u"candidateId"_s, someone.value(u"id"_s)}})
                                    .toObject();
    // The join skips the archived source; the department itself still comes through.
    CHECK(valueOf(preview, u"department"_s).value(u"error"_s).isNull());
}

TEST_CASE("Mapping methods check their permissions", "[api][mapping]")
{
    TestClient admin = adminClient(mappingSandbox());
    const QJsonObject created = results(admin, u"apiKey.create"_s,
                                        {{u"title"_s, u"Organisation writer"_s},
                                         {u"scopes"_s, QJsonArray{u"organizationWrite"_s}}})
                                    .toObject();
    TestClient writer(mappingSandbox().baseUrl(), created.value(u"key"_s).toString());
    const ApiReply denied = writer.call(u"fieldMapping.info"_s, {{u"integrationId"_s, u"sora"_s},
                                                                 {u"target"_s, u"employee"_s}});
    requireError(denied, 403, u"missing_endpoint_permission"_s);
    CHECK(denied.errorMessage().contains(u"candidatesRead"_s));
    requireError(writer.call(u"field.list"_s), 403, u"missing_endpoint_permission"_s);
    const QJsonObject readerKey = results(admin, u"apiKey.create"_s,
                                          {{u"title"_s, u"Candidate reader"_s},
                                           {u"scopes"_s, QJsonArray{u"candidatesRead"_s}}})
                                      .toObject();
    TestClient reader(mappingSandbox().baseUrl(), readerKey.value(u"key"_s).toString());
    const ApiReply refused = reader.call(u"fieldMapping.set"_s, {{u"integrationId"_s, u"sora"_s},
                                                                 {u"target"_s, u"employee"_s},
                                                                 {u"version"_s, 0},
                                                                 {u"rows"_s, QJsonArray{}}});
    requireError(refused, 403, u"missing_endpoint_permission"_s);
    CHECK(refused.errorMessage().contains(u"organizationWrite"_s));
}
