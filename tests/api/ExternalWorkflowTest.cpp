// External workflows (externalWorkflow.* extension methods, Juro contract workflows) and the
// Juro stand-in's templates, over real HTTP.
#include "ApiHelpers.h"

#include <QNetworkRequest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"external-workflows"_s, SandboxProcess::defaultArguments(20));
}

QJsonObject create(TestClient &admin, const QString &title, const QString &entryPoint,
                   const QString &templateId)
{
    return object(admin, u"externalWorkflow.create"_s, {{u"integrationId"_s, u"juro"_s},
                                                        {u"title"_s, title},
                                                        {u"entryPoint"_s, entryPoint},
                                                        {u"templateId"_s, templateId}});
}

// The one element of `array`; fails (rather than crashes) when there is not exactly one.
QJsonValue only(const QJsonArray &array)
{
    REQUIRE(array.size() == 1);
    return array.first();
}

QJsonArray list(TestClient &admin, const QJsonObject &body = {})
{
    const ApiReply reply = requireSuccess(admin.call(u"externalWorkflow.list"_s, body));
    CHECK(reply.envelope().value(u"moreDataAvailable"_s) == QJsonValue(false));
    return reply.resultArray();
}

ApiReply getJuro(TestClient &client, const QString &path, const QString &juroKey)
{
    QNetworkRequest request{QUrl(client.baseUrl().toString(QUrl::StripTrailingSlash)
                                 + u"/partners/juro/"_s + path)};
    if (!juroKey.isEmpty())
        request.setRawHeader("x-api-key", juroKey.toUtf8());
    return client.wait(client.manager().get(request));
}

} // namespace

TEST_CASE("externalWorkflow.create, list, update and delete", "[api][workflows]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject offer = create(admin, u"  Offer contract "_s, u"offer"_s,
                                     u"employment-contract"_s);
    INFO(QJsonDocument(offer).toJson().toStdString());
    const QString id = offer.value(u"id"_s).toString();
    CHECK_FALSE(id.isEmpty());
    CHECK(offer.value(u"integrationId"_s) == QJsonValue(u"juro"_s));
    CHECK(offer.value(u"title"_s) == QJsonValue(u"Offer contract"_s));
    CHECK(offer.value(u"entryPoint"_s) == QJsonValue(u"offer"_s));
    CHECK(offer.value(u"templateId"_s) == QJsonValue(u"employment-contract"_s));
    CHECK(offer.value(u"templateTitle"_s) == QJsonValue(u"Employment contract"_s));
    CHECK(offer.value(u"target"_s) == QJsonValue(u"workflow:employment-contract"_s));
    CHECK(offer.value(u"version"_s) == QJsonValue(1));
    CHECK(offer.value(u"createdAt"_s).isString());
    CHECK(offer.value(u"updatedAt"_s) == offer.value(u"createdAt"_s));
    const QJsonObject nda = create(admin, u"NDA at the screen"_s, u"interviewPlanActivity"_s,
                                   u"nda"_s);

    const QJsonArray all = list(admin);
    CHECK(only(where(all, u"id"_s, id)) == QJsonValue(offer));
    CHECK(where(all, u"id"_s, nda.value(u"id"_s)).size() == 1);
    CHECK(list(admin, {{u"integrationId"_s, u"juro"_s}}).size() == all.size());
    CHECK(list(admin, {{u"integrationId"_s, u"humaans"_s}}).isEmpty());

    // The workflow's field mapping is the template's target.
    const QJsonObject mapping = object(admin, u"fieldMapping.info"_s,
                                       {{u"integrationId"_s, u"juro"_s},
                                        {u"target"_s, offer.value(u"target"_s)}});
    CHECK(mapping.value(u"targetLabel"_s) == QJsonValue(u"Employment contract"_s));

    const QJsonObject renamed = object(admin, u"externalWorkflow.update"_s,
                                       {{u"externalWorkflowId"_s, id},
                                        {u"version"_s, 1},
                                        {u"title"_s, u"Employment contract (offer)"_s},
                                        {u"entryPoint"_s, u"interviewPlanActivity"_s}});
    CHECK(renamed.value(u"version"_s) == QJsonValue(2));
    CHECK(renamed.value(u"title"_s) == QJsonValue(u"Employment contract (offer)"_s));
    CHECK(renamed.value(u"entryPoint"_s) == QJsonValue(u"interviewPlanActivity"_s));
    CHECK(renamed.value(u"templateId"_s) == offer.value(u"templateId"_s));
    CHECK(renamed.value(u"createdAt"_s) == offer.value(u"createdAt"_s));
    CHECK(only(where(list(admin), u"id"_s, id)) == QJsonValue(renamed));

    const ApiReply stale = admin.call(u"externalWorkflow.update"_s,
                                      {{u"externalWorkflowId"_s, id},
                                       {u"version"_s, 1},
                                       {u"title"_s, u"Lost update"_s}});
    requireError(stale, 200, u"version_conflict"_s);
    CHECK(stale.errorMessage().contains(u"version 2, not 1"_s));
    CHECK(only(where(list(admin), u"id"_s, id)).toObject().value(u"title"_s)
          == renamed.value(u"title"_s));

    CHECK(object(admin, u"externalWorkflow.delete"_s, {{u"externalWorkflowId"_s, id}})
          == QJsonObject{{u"externalWorkflowId"_s, id}});
    CHECK(where(list(admin), u"id"_s, id).isEmpty());
    requireError(admin.call(u"externalWorkflow.delete"_s, {{u"externalWorkflowId"_s, id}}), 200,
                 u"external_workflow_not_found"_s);
    requireError(admin.call(u"externalWorkflow.update"_s,
                            {{u"externalWorkflowId"_s, id}, {u"version"_s, 2}}),
                 200, u"external_workflow_not_found"_s);
    // A deleted workflow's title is free again.
    CHECK(create(admin, u"Employment contract (offer)"_s, u"offer"_s, u"employment-contract"_s)
              .value(u"version"_s) == QJsonValue(1));
}

TEST_CASE("externalWorkflow methods refuse bad input with messages naming the field",
          "[api][workflows]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject good{{u"integrationId"_s, u"juro"_s},
                           {u"title"_s, u"Contractor paperwork"_s},
                           {u"entryPoint"_s, u"offer"_s},
                           {u"templateId"_s, u"contractor-agreement"_s}};
    const auto without = [&good](const QString &field) {
        QJsonObject body = good;
        body.remove(field);
        return body;
    };
    const auto with = [&good](const QString &field, const QJsonValue &value) {
        QJsonObject body = good;
        body.insert(field, value);
        return body;
    };
    const QString createMethod = u"externalWorkflow.create"_s;
    for (const QString &field : {u"integrationId"_s, u"title"_s, u"entryPoint"_s, u"templateId"_s})
        requireInvalidInput(admin.call(createMethod, without(field)), field);
    requireInvalidInput(admin.call(createMethod, with(u"title"_s, u"   "_s)), u"title"_s);
    requireInvalidInput(admin.call(createMethod, with(u"title"_s, QString(121, u'x'))), u"title"_s);
    const ApiReply entry = admin.call(createMethod, with(u"entryPoint"_s, u"stage"_s));
    requireInvalidInput(entry, u"entryPoint"_s);
    CHECK(entry.errorMessage().contains(u"interviewPlanActivity"_s));
    const ApiReply unknownTemplate = admin.call(createMethod, with(u"templateId"_s, u"lease"_s));
    requireInvalidInput(unknownTemplate, u"templateId"_s);
    CHECK(unknownTemplate.errorMessage().contains(u"employment-contract"_s));
    const ApiReply humaans = admin.call(createMethod, with(u"integrationId"_s, u"humaans"_s));
    requireInvalidInput(humaans);
    CHECK(humaans.errorMessage().contains(u"only Juro"_s));
    requireError(admin.call(createMethod, with(u"integrationId"_s, u"docusign"_s)), 200,
                 u"integration_not_found"_s);
    requireError(admin.call(u"externalWorkflow.list"_s, {{u"integrationId"_s, u"docusign"_s}}),
                 200, u"integration_not_found"_s);

    const QJsonObject created = object(admin, createMethod, good);
    const ApiReply twice = admin.call(createMethod, with(u"title"_s, u"CONTRACTOR paperwork"_s));
    requireInvalidInput(twice);
    CHECK(twice.errorMessage().contains(u"already exists"_s));

    const QJsonValue id = created.value(u"id"_s);
    requireInvalidInput(admin.call(u"externalWorkflow.update"_s,
                                   {{u"externalWorkflowId"_s, id}, {u"title"_s, u"New"_s}}),
                        u"version"_s);
    requireInvalidInput(admin.call(u"externalWorkflow.update"_s,
                                   {{u"externalWorkflowId"_s, id},
                                    {u"version"_s, 1},
                                    {u"templateId"_s, u"nda"_s}}),
                        u"templateId"_s);
    requireInvalidInput(admin.call(u"externalWorkflow.update"_s,
                                   {{u"externalWorkflowId"_s, id},
                                    {u"version"_s, 1},
                                    {u"entryPoint"_s, u"anywhere"_s}}),
                        u"entryPoint"_s);
    requireInvalidInput(admin.call(u"externalWorkflow.update"_s,
                                   {{u"externalWorkflowId"_s, id},
                                    {u"version"_s, u"1"_s}}),
                        u"version"_s);
    requireError(admin.call(u"externalWorkflow.update"_s,
                            {{u"externalWorkflowId"_s, u"nope"_s}, {u"version"_s, 1}}),
                 200, u"external_workflow_not_found"_s);
    requireInvalidInput(admin.call(u"externalWorkflow.delete"_s), u"externalWorkflowId"_s);
    // Nothing was changed by the refused calls.
    CHECK(only(where(list(admin), u"id"_s, id)) == QJsonValue(created));
}

TEST_CASE("externalWorkflow methods check permissions and the plan", "[api][workflows]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject readerKey = object(admin, u"apiKey.create"_s,
                                         {{u"title"_s, u"Organisation reader"_s},
                                          {u"scopes"_s, QJsonArray{u"organizationRead"_s}}});
    TestClient reader(sandbox().baseUrl(), readerKey.value(u"key"_s).toString());
    requireSuccess(reader.call(u"externalWorkflow.list"_s));
    for (const QString &method : {u"externalWorkflow.create"_s, u"externalWorkflow.update"_s,
                                  u"externalWorkflow.delete"_s}) {
        const ApiReply refused = reader.call(method, {});
        requireError(refused, 403, u"missing_endpoint_permission"_s);
        CHECK(refused.errorMessage().contains(u"organizationWrite"_s));
    }
    const QJsonObject writerKey = object(admin, u"apiKey.create"_s,
                                         {{u"title"_s, u"Organisation writer"_s},
                                          {u"scopes"_s, QJsonArray{u"organizationWrite"_s}}});
    TestClient writer(sandbox().baseUrl(), writerKey.value(u"key"_s).toString());
    requireError(writer.call(u"externalWorkflow.list"_s), 403, u"missing_endpoint_permission"_s);

    SandboxProcess foundations(QStringList{u"--seed"_s, u"demo"_s, u"--candidates"_s, u"10"_s,
                                u"--plan"_s, u"Foundations"_s});
    TestClient small = adminClient(foundations);
    const ApiReply refused = small.call(u"externalWorkflow.create"_s,
                                        {{u"integrationId"_s, u"juro"_s},
                                         {u"title"_s, u"Offer contract"_s},
                                         {u"entryPoint"_s, u"offer"_s},
                                         {u"templateId"_s, u"nda"_s}});
    requireError(refused, 200, u"integration_not_in_plan"_s);
    CHECK(refused.errorMessage().contains(u"Foundations"_s));
}

TEST_CASE("External workflows survive a restart", "[api][workflows]")
{
    SandboxProcess own(SandboxProcess::defaultArguments(10));
    TestClient admin = adminClient(own);
    const QJsonObject created = create(admin, u"NDA"_s, u"interviewPlanActivity"_s, u"nda"_s);
    REQUIRE(own.stop());
    own.restart();
    TestClient again = adminClient(own);
    CHECK(list(again) == QJsonArray{created});
}

TEST_CASE("Juro serves its templates at v3/templates with the x-api-key", "[api][workflows]")
{
    TestClient admin = adminClient(sandbox());
    const QString juroKey = object(admin, u"partnerConsole.juro.activateApi"_s)
                                .value(u"apiKey"_s).toString();
    const ApiReply all = getJuro(admin, u"v3/templates"_s, juroKey);
    INFO(all.describe());
    REQUIRE(all.httpStatus == 200);
    const QJsonArray templates = all.envelope().value(u"templates"_s).toArray();
    CHECK(idsOf(templates)
          == QStringList{u"employment-contract"_s, u"contractor-agreement"_s, u"nda"_s});

    const ApiReply one = getJuro(admin, u"v3/templates/nda"_s, juroKey);
    REQUIRE(one.httpStatus == 200);
    const QJsonObject nda = one.envelope();
    CHECK(nda.value(u"name"_s) == QJsonValue(u"Mutual NDA"_s));
    CHECK(QJsonValue(nda) == only(where(templates, u"id"_s, u"nda"_s)));
    const QJsonArray fields = nda.value(u"fields"_s).toArray();
    REQUIRE(fields.size() == 4);
    const QJsonObject state = only(where(fields, u"uid"_s, u"governingState"_s)).toObject();
    CHECK(state.value(u"title"_s) == QJsonValue(u"Governing law"_s));
    CHECK(state.value(u"type"_s) == QJsonValue(u"ValueSelect"_s));
    CHECK(state.value(u"isRequired"_s) == QJsonValue(true));
    CHECK(state.value(u"isHidden"_s) == QJsonValue(false));
    CHECK(state.value(u"selectableValues"_s).toArray().contains(QJsonValue(u"California"_s)));
    // The mapping target of a workflow has the same fields.
    const QJsonObject mapping = object(admin, u"fieldMapping.info"_s,
                                       {{u"integrationId"_s, u"juro"_s},
                                        {u"target"_s, u"workflow:nda"_s}});
    CHECK(mapping.value(u"targetFields"_s).toArray().size() == fields.size());

    const ApiReply missing = getJuro(admin, u"v3/templates/lease"_s, juroKey);
    CHECK(missing.httpStatus == 404);
    CHECK(missing.errorCode() == u"template_not_found"_s);
    for (const QString &path : {u"v3/templates"_s, u"v3/templates/nda"_s}) {
        CHECK(getJuro(admin, path, QString()).httpStatus == 401);
        CHECK(getJuro(admin, path, u"juro_wrong"_s).httpStatus == 401);
    }
}
