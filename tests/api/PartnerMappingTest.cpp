// The Humaans and Sora stand-ins build their records through the admin's field mapping: they
// call fieldMapping.apply over HTTP with the key they hold, so what they store is what the
// evaluator gives (the same evaluator as fieldMapping.preview).
#include "ApiHelpers.h"

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"partner-mapping"_s, SandboxProcess::defaultArguments(120)
                                                   << u"--time-scale"_s << u"0.01"_s);
}

QString presetKey(TestClient &admin, const QString &integrationId)
{
    const QJsonObject body{{u"title"_s, integrationId},
                           {u"scopePreset"_s, QString(u"integration:"_s + integrationId)}};
    return object(admin, u"apiKey.create"_s, body).value(u"key"_s).toString();
}

QJsonObject row(const QString &target, const QString &source, const QJsonArray &transforms = {})
{
    return {{u"targetField"_s, target}, {u"sourceField"_s, source}, {u"transforms"_s, transforms}};
}

QJsonObject transform(const QString &type, const QString &name = {}, const QJsonValue &value = {})
{
    QJsonObject json{{u"type"_s, type}};
    if (!name.isEmpty())
        json.insert(name, value);
    return json;
}

void saveMapping(TestClient &admin, const QString &integrationId, const QJsonArray &rows)
{
    const QJsonObject body{{u"integrationId"_s, integrationId}, {u"target"_s, u"employee"_s}};
    const QJsonValue version = object(admin, u"fieldMapping.info"_s, body).value(u"version"_s);
    QJsonObject set = body;
    set.insert(u"version"_s, version);
    set.insert(u"rows"_s, rows);
    requireSuccess(admin.call(u"fieldMapping.set"_s, set));
}

QJsonObject applied(TestClient &admin, const QString &integrationId,
                    const QJsonValue &applicationId)
{
    return object(admin, u"fieldMapping.apply"_s, {{u"integrationId"_s, integrationId},
                                                   {u"target"_s, u"employee"_s},
                                                   {u"applicationId"_s, applicationId}});
}

// The stand-in's entry has every value and error of fieldMapping.apply for the application.
void checkMatchesApply(const QJsonObject &entry, const QJsonObject &apply)
{
    INFO(QJsonDocument(entry).toJson().toStdString()
         << QJsonDocument(apply).toJson().toStdString());
    const QJsonObject record = apply.value(u"record"_s).toObject();
    for (auto it = record.begin(); it != record.end(); ++it)
        CHECK(entry.value(it.key()) == it.value());
    CHECK(entry.value(u"errors"_s) == apply.value(u"errors"_s));
    CHECK(entry.value(u"candidateId"_s) == apply.value(u"candidateId"_s));
    CHECK(entry.value(u"applicationId"_s) == apply.value(u"applicationId"_s));
}

QJsonObject errorFor(const QJsonObject &entry, const QString &targetField)
{
    const QJsonArray found = where(entry.value(u"errors"_s).toArray(), u"targetField"_s,
                                   targetField);
    INFO(QJsonDocument(entry).toJson().toStdString());
    REQUIRE(found.size() == 1);
    return found.first().toObject();
}

// Waits for the stand-in's entry (in `list` of `statusMethod`) for the candidate; returns it.
QJsonObject waitForEntry(TestClient &admin, const QString &statusMethod, const QString &list,
                         const QJsonObject &application)
{
    const QString candidateId =
        application.value(u"candidate"_s).toObject().value(u"id"_s).toString();
    QJsonObject entry;
    REQUIRE(waitUntil([&] {
        const QJsonArray mine = where(object(admin, statusMethod).value(list).toArray(),
                                      u"candidateId"_s, candidateId);
        if (!mine.isEmpty())
            entry = mine.first().toObject();
        return !entry.isEmpty();
    }));
    INFO(QJsonDocument(entry).toJson().toStdString());
    CHECK(entry.value(u"applicationId"_s) == application.value(u"id"_s));
    return entry;
}

// Sora connected with `atsKey` and listening (active, with its webhook) on the move's stage.
void listenOnStage(TestClient &admin, const QString &atsKey, const QString &workflow,
                   const Move &move)
{
    requireSuccess(admin.call(u"partnerConsole.sora.connect"_s,
                              {{u"atsApiKey"_s, atsKey}, {u"active"_s, true}}));
    const QJsonObject listener = object(admin, u"partnerConsole.sora.addListener"_s,
                                        {{u"workflow"_s, workflow},
                                         {u"stageId"_s, move.stage.value(u"id"_s)}});
    requireSuccess(admin.call(u"webhook.create"_s,
                              {{u"webhookType"_s, u"candidateStageChange"_s},
                               {u"requestUrl"_s, listener.value(u"endpointUrl"_s)},
                               {u"secretToken"_s, listener.value(u"secretKey"_s)}}));
    requireSuccess(admin.call(u"partnerConsole.sora.createListener"_s,
                              {{u"listenerId"_s, listener.value(u"listenerId"_s)}}));
}

// An Active application of a seeded candidate in California (location region CA), and a stage
// of its plan that is neither its current one, Hired nor Archived.
Move californianMove(TestClient &admin)
{
    QSet<QString> californians;
    for (const QJsonValue value : walkAll(admin, u"candidate.list"_s).records)
        for (const QJsonValue part : value.toObject().value(u"location"_s).toObject()
                                         .value(u"locationComponents"_s).toArray())
            if (part.toObject().value(u"type"_s) == QJsonValue(u"Region"_s)
                && part.toObject().value(u"name"_s) == QJsonValue(u"CA"_s))
                californians.insert(value.toObject().value(u"id"_s).toString());
    for (const QJsonValue value :
         walkAll(admin, u"application.list"_s, {{u"status"_s, u"Active"_s}}).records) {
        const QJsonObject application = value.toObject();
        if (!californians.contains(
                application.value(u"candidate"_s).toObject().value(u"id"_s).toString()))
            continue;
        const QJsonObject current = application.value(u"currentInterviewStage"_s).toObject();
        for (const QJsonValue stage :
             results(admin, u"interviewStage.list"_s,
                     {{u"interviewPlanId"_s, current.value(u"interviewPlanId"_s)}}).toArray()) {
            const QString type = stage.toObject().value(u"type"_s).toString();
            if (type != u"Hired"_s && type != u"Archived"_s
                && stage.toObject().value(u"id"_s) != current.value(u"id"_s))
                return {application, stage.toObject()};
        }
    }
    FAIL("the seed has no active application of a candidate in California");
    return {};
}

} // namespace

TEST_CASE("Humaans stores the New hire its saved field mapping builds, errors included",
          "[api][partners][mapping]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject connected = object(admin, u"partnerConsole.humaans.connect"_s,
                                         {{u"atsApiKey"_s, presetKey(admin, u"humaans"_s)}});
    requireSuccess(admin.call(u"webhook.create"_s,
                              {{u"webhookType"_s, u"applicationUpdate"_s},
                               {u"requestUrl"_s, connected.value(u"requestUrl"_s)},
                               {u"secretToken"_s, connected.value(u"secretToken"_s)}}));
    // A constant job title, an upper-cased first name, and a salary read from the name: the
    // number transform fails for that field only.
    saveMapping(admin, u"humaans"_s,
                {row(u"firstName"_s, u"candidate.name"_s,
                     {transform(u"splitName"_s, u"part"_s, u"first"_s),
                      transform(u"case"_s, u"mode"_s, u"upper"_s)}),
                 row(u"lastName"_s, u"candidate.name"_s,
                     {transform(u"splitName"_s, u"part"_s, u"last"_s)}),
                 row(u"personalEmail"_s, u"candidate.personalEmail"_s),
                 row(u"jobTitle"_s, QString(),
                     {transform(u"constant"_s, u"value"_s, u"Engineer"_s)}),
                 row(u"salaryAmount"_s, u"candidate.name"_s, {transform(u"number"_s)})});

    const Move move = takeMove(admin, true);
    changeStage(admin, move);
    const QJsonObject hire =
        waitForEntry(admin, u"partnerConsole.humaans.status"_s, u"newHires"_s, move.application);
    const QString candidateId =
        move.application.value(u"candidate"_s).toObject().value(u"id"_s).toString();
    const QString name = object(admin, u"candidate.info"_s, {{u"id"_s, candidateId}})
                             .value(u"name"_s).toString();
    CHECK(hire.value(u"jobTitle"_s) == QJsonValue(u"Engineer"_s));
    CHECK(hire.value(u"firstName"_s) == QJsonValue(name.split(u' ').first().toUpper()));
    CHECK(hire.value(u"salaryAmount"_s).isNull());
    CHECK(errorFor(hire, u"salaryAmount"_s).value(u"error"_s).toString()
              .contains(u"not a number"_s));
    // Fields the mapping leaves out keep their keys, as null.
    for (const QString &field : {u"middleName"_s, u"department"_s, u"linkedIn"_s,
                                 u"employmentStartDate"_s, u"salaryCurrency"_s})
        CHECK(hire.value(field).isNull());
    CHECK(hire.value(u"id"_s).isString());
    CHECK(hire.value(u"receivedAt"_s).isString());
    checkMatchesApply(hire, applied(admin, u"humaans"_s, move.application.value(u"id"_s)));
}

TEST_CASE("Sora imports the employee its saved mapping builds: CA becomes California",
          "[api][partners][mapping]")
{
    TestClient admin = adminClient(sandbox());
    const Move move = californianMove(admin);
    listenOnStage(admin, presetKey(admin, u"sora"_s), u"Onboarding"_s, move);
    const QJsonObject states{{u"CA"_s, u"California"_s}, {u"WA"_s, u"Washington"_s}};
    // No start date row: Sora requires one, so that field is reported and the rest delivered.
    saveMapping(admin, u"sora"_s,
                {row(u"firstName"_s, u"candidate.name"_s,
                     {transform(u"splitName"_s, u"part"_s, u"first"_s)}),
                 row(u"lastName"_s, u"candidate.name"_s,
                     {transform(u"splitName"_s, u"part"_s, u"last"_s)}),
                 row(u"personalEmail"_s, u"candidate.personalEmail"_s),
                 row(u"jobTitle"_s, u"job.title"_s, {transform(u"case"_s, u"mode"_s, u"lower"_s)}),
                 row(u"workState"_s, u"candidate.locationRegion"_s,
                     {transform(u"valueMap"_s, u"map"_s, states)})});

    changeStage(admin, move);
    const QJsonObject employee =
        waitForEntry(admin, u"partnerConsole.sora.status"_s, u"imported"_s, move.application);
    CHECK(employee.value(u"workState"_s) == QJsonValue(u"California"_s));
    CHECK(employee.value(u"workflow"_s) == QJsonValue(u"Onboarding"_s));
    CHECK(employee.value(u"jobTitle"_s)
          == QJsonValue(move.application.value(u"job"_s).toObject().value(u"title"_s)
                            .toString().toLower()));
    CHECK_FALSE(employee.value(u"personalEmail"_s).toString().isEmpty());
    CHECK(employee.value(u"startDate"_s).isNull());
    CHECK(errorFor(employee, u"startDate"_s).value(u"error"_s).toString().contains(u"required"_s));
    checkMatchesApply(employee, applied(admin, u"sora"_s, move.application.value(u"id"_s)));
}

TEST_CASE("A stand-in whose key lost its access stores the failure as the record's error",
          "[api][partners][mapping]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject key = object(admin, u"apiKey.create"_s,
                                   {{u"title"_s, u"Sora, revoked later"_s},
                                    {u"scopePreset"_s, u"integration:sora"_s}});
    const Move move = takeMove(admin, false);
    listenOnStage(admin, key.value(u"key"_s).toString(), u"Offboarding"_s, move);
    requireSuccess(admin.call(u"apiKey.revoke"_s, {{u"apiKeyId"_s, key.value(u"id"_s)}}));

    changeStage(admin, move);
    const QJsonObject employee =
        waitForEntry(admin, u"partnerConsole.sora.status"_s, u"imported"_s, move.application);
    CHECK(employee.value(u"firstName"_s).isNull());
    const QJsonArray errors = employee.value(u"errors"_s).toArray();
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().toObject().value(u"targetField"_s).isNull());
    CHECK(errors.first().toObject().value(u"error"_s).toString().contains(u"fieldMapping.apply"_s));
}
