// The "capabilities" of integration.list / integration.info describe each integration, so the
// console needs no per-partner knowledge. Every part is checked against what the other methods
// really accept or do, over real HTTP.
#include "ApiHelpers.h"

#include <QNetworkRequest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"capabilities"_s, SandboxProcess::defaultArguments(60)
                                                << u"--time-scale"_s << u"0.01"_s);
}

// The record a simulated partner keeps for an application, once it has arrived (its status
// method lists them under `list`).
QJsonObject waitForPartnerRecord(TestClient &admin, const QString &statusMethod,
                                 const QString &list, const QString &applicationId)
{
    QJsonObject record;
    REQUIRE(waitUntil([&] {
        const QJsonArray records = where(object(admin, statusMethod).value(list).toArray(),
                                         u"applicationId"_s, applicationId);
        if (!records.isEmpty())
            record = records.first().toObject();
        return !record.isEmpty();
    }));
    return record;
}

QJsonArray integrations(TestClient &admin)
{
    const QJsonArray all = results(admin, u"integration.list"_s).toArray();
    REQUIRE(all.size() == 5);
    return all;
}

QJsonObject capabilitiesOf(TestClient &admin, const QString &integrationId)
{
    return object(admin, u"integration.info"_s, {{u"integrationId"_s, integrationId}})
        .value(u"capabilities"_s).toObject();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue item : value.toArray())
        list << item.toString();
    return list;
}

ApiReply mappingInfo(TestClient &admin, const QString &integrationId, const QString &target)
{
    return admin.call(u"fieldMapping.info"_s,
                      {{u"integrationId"_s, integrationId}, {u"target"_s, target}});
}

ApiReply getJuro(TestClient &client, const QString &path, const QString &juroKey)
{
    QNetworkRequest request{QUrl(client.baseUrl().toString(QUrl::StripTrailingSlash)
                                 + u"/partners/juro/"_s + path)};
    request.setRawHeader("x-api-key", juroKey.toUtf8());
    return client.wait(client.manager().get(request));
}

} // namespace

TEST_CASE("Capabilities have the documented shape on list and info alike", "[api][capabilities]")
{
    TestClient admin = adminClient(sandbox());
    for (const QJsonValue value : integrations(admin)) {
        const QJsonObject integration = value.toObject();
        const QString id = integration.value(u"id"_s).toString();
        INFO(id.toStdString());
        const QJsonObject capabilities = integration.value(u"capabilities"_s).toObject();
        const QStringList keys = capabilities.keys();
        CHECK(QSet<QString>(keys.begin(), keys.end())
              == QSet<QString>{u"mappingTargets"_s, u"externalWorkflows"_s, u"activityKinds"_s,
                               u"receivedRecords"_s, u"partnerConsoleSteps"_s});
        CHECK(capabilities.value(u"mappingTargets"_s).isArray());
        CHECK(capabilities.value(u"externalWorkflows"_s).isBool());
        CHECK(capabilities.value(u"activityKinds"_s).isArray());
        CHECK(capabilities.value(u"receivedRecords"_s).isString());
        CHECK(capabilities.value(u"partnerConsoleSteps"_s).isArray());
        CHECK(capabilitiesOf(admin, id) == capabilities);
    }
}

TEST_CASE("Every listed mapping target is accepted by fieldMapping.info, others are refused",
          "[api][capabilities][mapping]")
{
    TestClient admin = adminClient(sandbox());
    int accepted = 0;
    for (const QJsonValue value : integrations(admin)) {
        const QString id = value.toObject().value(u"id"_s).toString();
        INFO(id.toStdString());
        const QJsonArray targets = value.toObject().value(u"capabilities"_s).toObject()
                                       .value(u"mappingTargets"_s).toArray();
        QStringList listed;
        for (const QJsonValue targetValue : targets) {
            const QJsonObject target = targetValue.toObject();
            const QString targetId = target.value(u"target"_s).toString();
            listed << targetId;
            const QJsonObject info = requireSuccess(mappingInfo(admin, id, targetId))
                                         .resultObject();
            CHECK(info.value(u"target"_s) == QJsonValue(targetId));
            CHECK(info.value(u"targetLabel"_s) == target.value(u"label"_s));
            CHECK_FALSE(target.value(u"label"_s).toString().isEmpty());
            if (targetId.startsWith(u"workflow:"_s))
                CHECK(target.value(u"templateId"_s).toString()
                      == targetId.mid(QStringLiteral("workflow:").size()));
            else
                CHECK_FALSE(target.contains(u"templateId"_s));
            ++accepted;
        }
        // Targets another integration has are not this one's.
        for (const QString &other : {u"employee"_s, u"workflow:nda"_s, u"contract"_s})
            if (!listed.contains(other))
                requireInvalidInput(mappingInfo(admin, id, other));
    }
    CHECK(accepted == 5); // Humaans and Sora: employee; Juro: three templates
}

TEST_CASE("Juro's mapping targets are the templates its stand-in serves, enabled or not",
          "[api][capabilities][mapping][workflows]")
{
    TestClient admin = adminClient(sandbox());
    requireSuccess(admin.call(u"integration.disable"_s, {{u"integrationId"_s, u"juro"_s}}));
    const QJsonArray beforeEnable =
        capabilitiesOf(admin, u"juro"_s).value(u"mappingTargets"_s).toArray();

    const QString juroKey = object(admin, u"partnerConsole.juro.activateApi"_s)
                                .value(u"apiKey"_s).toString();
    const ApiReply served = getJuro(admin, u"v3/templates"_s, juroKey);
    INFO(served.describe());
    REQUIRE(served.httpStatus == 200);
    const QJsonArray templates = served.envelope().value(u"templates"_s).toArray();
    REQUIRE_FALSE(templates.isEmpty());
    REQUIRE(beforeEnable.size() == templates.size());
    for (qsizetype i = 0; i < templates.size(); ++i) {
        const QJsonObject juroTemplate = templates.at(i).toObject();
        const QJsonObject target = beforeEnable.at(i).toObject();
        CHECK(target.value(u"templateId"_s) == juroTemplate.value(u"id"_s));
        CHECK(target.value(u"label"_s) == juroTemplate.value(u"name"_s));
        CHECK(target.value(u"target"_s).toString()
              == u"workflow:"_s + juroTemplate.value(u"id"_s).toString());
    }

    requireSuccess(admin.call(u"integration.enable"_s,
                              {{u"integrationId"_s, u"juro"_s},
                               {u"credentials"_s, QJsonObject{{u"juroApiKey"_s, juroKey}}}}));
    CHECK(capabilitiesOf(admin, u"juro"_s).value(u"mappingTargets"_s).toArray() == beforeEnable);
    requireSuccess(admin.call(u"integration.disable"_s, {{u"integrationId"_s, u"juro"_s}}));
}

TEST_CASE("externalWorkflows says which integrations externalWorkflow.create accepts",
          "[api][capabilities][workflows]")
{
    TestClient admin = adminClient(sandbox());
    int offering = 0;
    for (const QJsonValue value : integrations(admin)) {
        const QString id = value.toObject().value(u"id"_s).toString();
        INFO(id.toStdString());
        const QJsonObject capabilities = value.toObject().value(u"capabilities"_s).toObject();
        const ApiReply created = admin.call(u"externalWorkflow.create"_s,
                                            {{u"integrationId"_s, id},
                                             {u"title"_s, u"Capabilities check"_s},
                                             {u"entryPoint"_s, u"offer"_s},
                                             {u"templateId"_s, u"employment-contract"_s}});
        if (capabilities.value(u"externalWorkflows"_s).toBool()) {
            ++offering;
            const QJsonObject workflow = requireSuccess(created).resultObject();
            requireSuccess(admin.call(u"externalWorkflow.delete"_s,
                                      {{u"externalWorkflowId"_s, workflow.value(u"id"_s)}}));
            CHECK(strings(capabilities.value(u"activityKinds"_s))
                  == QStringList{u"externalWorkflow"_s});
        } else {
            requireInvalidInput(created);
        }
    }
    CHECK(offering == 1);
    CHECK(strings(capabilitiesOf(admin, u"justifacts"_s).value(u"activityKinds"_s))
          == QStringList{u"assessment"_s});
    for (const QString &id : {u"willo"_s, u"humaans"_s, u"sora"_s})
        CHECK(capabilitiesOf(admin, id).value(u"activityKinds"_s).toArray().isEmpty());
}

TEST_CASE("partnerConsoleSteps are exactly the partnerConsole.<id>.<action> methods",
          "[api][capabilities][partners]")
{
    TestClient admin = adminClient(sandbox());
    const QStringList methods = strings(object(admin, u"organization.info"_s)
                                            .value(u"partnerConsole"_s).toObject()
                                            .value(u"methods"_s));
    QStringList fromSteps;
    for (const QJsonValue value : integrations(admin)) {
        const QString id = value.toObject().value(u"id"_s).toString();
        const QStringList steps = strings(value.toObject().value(u"capabilities"_s).toObject()
                                              .value(u"partnerConsoleSteps"_s));
        INFO(id.toStdString() << ": " << steps.join(u", "_s).toStdString());
        CHECK_FALSE(steps.isEmpty());
        for (const QString &step : steps)
            fromSteps << u"partnerConsole.%1.%2"_s.arg(id, step);
        // A step that is not listed does not exist.
        requireError(admin.call(u"partnerConsole.%1.noSuchStep"_s.arg(id)), 404,
                     u"unknown_method"_s);
    }
    QStringList perPartner;
    for (const QString &method : methods)
        if (method.count(u'.') == 2)
            perPartner << method;
    fromSteps.sort();
    perPartner.sort();
    CHECK(fromSteps == perPartner);
    CHECK(strings(capabilitiesOf(admin, u"humaans"_s).value(u"partnerConsoleSteps"_s))
          == QStringList{u"connect"_s, u"status"_s, u"disconnect"_s});
}

TEST_CASE("receivedRecords names what a stand-in received, and partnerConsole.receivedRecords "
          "returns the hire that flowed to Humaans",
          "[api][capabilities][partners][mapping]")
{
    TestClient admin = adminClient(sandbox());
    CHECK(capabilitiesOf(admin, u"humaans"_s).value(u"receivedRecords"_s)
          == QJsonValue(u"New hires"_s));
    CHECK(capabilitiesOf(admin, u"sora"_s).value(u"receivedRecords"_s)
          == QJsonValue(u"Imported employees"_s));
    for (const QString &id : {u"juro"_s, u"willo"_s, u"justifacts"_s}) {
        INFO(id.toStdString());
        CHECK(capabilitiesOf(admin, id).value(u"receivedRecords"_s) == QJsonValue(u""_s));
        requireInvalidInput(
            admin.call(u"partnerConsole.receivedRecords"_s, {{u"integrationId"_s, id}}));
    }
    requireError(admin.call(u"partnerConsole.receivedRecords"_s,
                            {{u"integrationId"_s, u"workday"_s}}),
                 200, u"integration_not_found"_s);
    requireInvalidInput(admin.call(u"partnerConsole.receivedRecords"_s), u"integrationId"_s);
    CHECK(object(admin, u"partnerConsole.receivedRecords"_s, {{u"integrationId"_s, u"sora"_s}})
              .value(u"records"_s).isArray());

    const QString key = object(admin, u"apiKey.create"_s,
                               {{u"title"_s, u"Humaans"_s},
                                {u"scopePreset"_s, u"integration:humaans"_s}})
                            .value(u"key"_s).toString();
    const QJsonObject connected = object(admin, u"partnerConsole.humaans.connect"_s,
                                         {{u"atsApiKey"_s, key}});
    requireSuccess(admin.call(u"webhook.create"_s,
                              {{u"webhookType"_s, u"applicationUpdate"_s},
                               {u"requestUrl"_s, connected.value(u"requestUrl"_s)},
                               {u"secretToken"_s, connected.value(u"secretToken"_s)}}));
    const Move move = takeMove(admin, true);
    changeStage(admin, move);
    const QString applicationId = move.application.value(u"id"_s).toString();
    const QJsonObject hire = waitForPartnerRecord(admin, u"partnerConsole.humaans.status"_s,
                                                  u"newHires"_s, applicationId);
    INFO(QJsonDocument(hire).toJson().toStdString());
    const QJsonArray records = object(admin, u"partnerConsole.receivedRecords"_s,
                                      {{u"integrationId"_s, u"humaans"_s}})
                                   .value(u"records"_s).toArray();
    REQUIRE_FALSE(records.isEmpty());
    const QJsonObject record = records.first().toObject(); // newest first
    INFO(QJsonDocument(record).toJson().toStdString());
    const QString candidateName =
        object(admin, u"candidate.info"_s,
               {{u"id"_s, move.application.value(u"candidate"_s).toObject().value(u"id"_s)}})
            .value(u"name"_s).toString();
    CHECK(record.value(u"name"_s) == QJsonValue(candidateName.simplified()));
    CHECK(record.value(u"jobTitle"_s) == hire.value(u"jobTitle"_s));
    CHECK(record.value(u"jobTitle"_s)
          == move.application.value(u"job"_s).toObject().value(u"title"_s));
    CHECK(record.value(u"startDate"_s).toString()
          == hire.value(u"employmentStartDate"_s).toString());
    CHECK(record.value(u"detail"_s) == QJsonValue(u""_s));
    CHECK(record.value(u"receivedAt"_s) == hire.value(u"receivedAt"_s));
    CHECK(record.value(u"errorCount"_s).toInteger() == hire.value(u"errors"_s).toArray().size());
    // The old per-partner method still answers.
    CHECK(object(admin, u"partnerConsole.humaans.status"_s).value(u"newHires"_s).toArray().size()
          == records.size());

    requireSuccess(admin.call(u"partnerConsole.setDown"_s,
                              {{u"partnerId"_s, u"humaans"_s}, {u"down"_s, true}}));
    requireError(admin.call(u"partnerConsole.receivedRecords"_s,
                            {{u"integrationId"_s, u"humaans"_s}}),
                 200, u"partner_unavailable"_s);
    requireSuccess(admin.call(u"partnerConsole.setDown"_s,
                              {{u"partnerId"_s, u"humaans"_s}, {u"down"_s, false}}));
}

TEST_CASE("partnerConsole.receivedRecords gives Sora's imported employee with its work state as "
          "the detail",
          "[api][capabilities][partners][mapping]")
{
    TestClient admin = adminClient(sandbox());
    const QString key = object(admin, u"apiKey.create"_s,
                               {{u"title"_s, u"Sora"_s}, {u"scopePreset"_s, u"integration:sora"_s}})
                            .value(u"key"_s).toString();
    const Move move = takeMove(admin, false);
    requireSuccess(admin.call(u"partnerConsole.sora.connect"_s,
                              {{u"atsApiKey"_s, key}, {u"active"_s, true}}));
    const QJsonObject listener = object(admin, u"partnerConsole.sora.addListener"_s,
                                        {{u"stageId"_s, move.stage.value(u"id"_s)}});
    requireSuccess(admin.call(u"webhook.create"_s,
                              {{u"webhookType"_s, u"candidateStageChange"_s},
                               {u"requestUrl"_s, listener.value(u"endpointUrl"_s)},
                               {u"secretToken"_s, listener.value(u"secretKey"_s)}}));
    requireSuccess(admin.call(u"partnerConsole.sora.createListener"_s,
                              {{u"listenerId"_s, listener.value(u"listenerId"_s)}}));
    // No start date row: Sora requires one, so the record arrives with one error.
    const auto row = [](const QString &target, const QString &source, const QJsonObject &step) {
        return QJsonObject{{u"targetField"_s, target},
                           {u"sourceField"_s, source},
                           {u"transforms"_s, QJsonArray{step}}};
    };
    const QJsonObject mapping{{u"integrationId"_s, u"sora"_s}, {u"target"_s, u"employee"_s}};
    QJsonObject set = mapping;
    set.insert(u"version"_s, object(admin, u"fieldMapping.info"_s, mapping).value(u"version"_s));
    set.insert(u"rows"_s,
               QJsonArray{row(u"firstName"_s, u"candidate.name"_s,
                              {{u"type"_s, u"splitName"_s}, {u"part"_s, u"first"_s}}),
                          row(u"lastName"_s, u"candidate.name"_s,
                              {{u"type"_s, u"splitName"_s}, {u"part"_s, u"last"_s}}),
                          row(u"jobTitle"_s, QString(),
                              {{u"type"_s, u"constant"_s}, {u"value"_s, u"Welder"_s}}),
                          row(u"workState"_s, QString(),
                              {{u"type"_s, u"constant"_s}, {u"value"_s, u"Oregon"_s}})});
    requireSuccess(admin.call(u"fieldMapping.set"_s, set));

    changeStage(admin, move);
    const QString applicationId = move.application.value(u"id"_s).toString();
    const QJsonObject employee = waitForPartnerRecord(admin, u"partnerConsole.sora.status"_s,
                                                      u"imported"_s, applicationId);
    INFO(QJsonDocument(employee).toJson().toStdString());
    const QJsonArray records = object(admin, u"partnerConsole.receivedRecords"_s,
                                      {{u"integrationId"_s, u"sora"_s}})
                                   .value(u"records"_s).toArray();
    REQUIRE_FALSE(records.isEmpty());
    const QJsonObject record = records.first().toObject();
    INFO(QJsonDocument(record).toJson().toStdString());
    CHECK(record.value(u"name"_s)
          == QJsonValue(employee.value(u"firstName"_s).toString() + u' '
                        + employee.value(u"lastName"_s).toString()));
    CHECK(record.value(u"jobTitle"_s) == QJsonValue(u"Welder"_s));
    CHECK(record.value(u"detail"_s) == QJsonValue(u"Oregon"_s));
    CHECK(record.value(u"startDate"_s) == QJsonValue(u""_s));
    CHECK(record.value(u"receivedAt"_s) == employee.value(u"receivedAt"_s));
    CHECK(record.value(u"errorCount"_s).toInteger() >= 1);
    CHECK(record.value(u"errorCount"_s).toInteger()
          == employee.value(u"errors"_s).toArray().size());
}
