#include "DemoIntegrations.h"

#include "sandbox/integrations/IntegrationCatalog.h"
#include "sandbox/integrations/IntegrationPlan.h"
#include "sandbox/integrations/IntegrationPrivate.h"
#include "sandbox/mapping/MappingRows.h"
#include "sandbox/mapping/SourceFields.h"
#include "sandbox/partners/HumaansStandIn.h"
#include "sandbox/partners/JuroStandIn.h"
#include "sandbox/partners/JustifactsStandIn.h"
#include "sandbox/partners/PartnerHub.h"
#include "sandbox/partners/SoraStandIn.h"
#include "sandbox/partners/WilloStandIn.h"
#include "sandbox/plans/PlanActivities.h"
#include "sandbox/store/Records.h"
#include "sandbox/server/DeferredAnswer.h"
#include "sandbox/store/Store.h"
#include "sandbox/webhooks/WebhookDispatcher.h"

#include <QJsonArray>

#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

// The first stage of `stages` whose `field` is `value`; throws when the demo has none.
QJsonObject stageWhere(const QList<QJsonObject> &stages, const QString &field,
                       const QString &value)
{
    for (const QJsonObject &stage : stages)
        if (stage.value(field).toString() == value)
            return stage;
    throw std::runtime_error("the demo plan has no stage with " + field.toStdString() + " "
                             + value.toStdString());
}

} // namespace

DemoIntegrations::DemoIntegrations(Store &store, PartnerHub &partners)
    : m_store(store)
    , m_partners(partners)
{
}

QString DemoIntegrations::createKey(const QString &integrationId, qint64 nowMs)
{
    const IntegrationEntry *entry = IntegrationCatalog::find(integrationId);
    return m_store.apiKeys.create(entry->name, entry->name, entry->scopes, nowMs).secret;
}

void DemoIntegrations::enable(const QString &integrationId, const QJsonObject &settings,
                              qint64 nowMs)
{
    const QJsonObject doc{{u"id"_s, integrationId},
                          {u"state"_s, u"enabled"_s},
                          {u"settings"_s, settings},
                          {u"version"_s, 1},
                          {u"updatedAt"_s, Records::isoTime(nowMs)}};
    m_store.integrations.insert(integrationId, nowMs, doc,
                                {{u"state"_s, u"enabled"_s},
                                 {u"version"_s, 1},
                                 {u"updated_ms"_s, nowMs}});
}

void DemoIntegrations::addWebhook(const QString &id, const QString &type, const QString &url,
                                  const QString &secret, qint64 nowMs)
{
    const QString now = Records::isoTime(nowMs);
    m_store.webhooks.insert(id, nowMs,
                            {{u"id"_s, id}, {u"webhookType"_s, type}, {u"requestUrl"_s, url},
                             {u"enabled"_s, true}, {u"secretToken"_s, secret},
                             {u"createdAt"_s, now}, {u"updatedAt"_s, now}},
                            {{u"webhook_type"_s, type}, {u"enabled"_s, 1}});
}

void DemoIntegrations::addWorkflow(const QString &id, const QString &title,
                                   const QString &entryPoint, qint64 nowMs)
{
    const QString now = Records::isoTime(nowMs);
    const QString templateId = u"employment-contract"_s;
    m_store.externalWorkflows.insert(
        id, nowMs,
        {{u"id"_s, id}, {u"integrationId"_s, u"juro"_s}, {u"title"_s, title},
         {u"entryPoint"_s, entryPoint}, {u"templateId"_s, templateId}, {u"version"_s, 1},
         {u"createdAt"_s, now}, {u"updatedAt"_s, now}},
        {{u"integration_id"_s, u"juro"_s}, {u"template_id"_s, templateId}, {u"version"_s, 1},
         {u"updated_ms"_s, nowMs}, {u"is_deleted"_s, 0}});
}

// The demo workflows' template mapped, so a started workflow's form comes pre-filled.
void DemoIntegrations::mapEmploymentContract(qint64 nowMs)
{
    const QList<MappingRow> rows{
        {u"employeeName"_s, u"candidate.name"_s, {}, false, false},
        {u"employeeEmail"_s, u"candidate.personalEmail"_s, {}, false, false},
        {u"jobTitle"_s, u"job.title"_s, {}, false, false},
        {u"department"_s, u"job.department"_s, {}, false, false},
        {u"startDate"_s, u"offer.startDate"_s, {}, false, false},
        {u"annualSalary"_s, u"offer.salary.value"_s, {}, false, false},
        {u"salaryCurrency"_s, u"offer.salary.currencyCode"_s, {}, false, false},
        {u"atsApplicationId"_s, u"application.id"_s, {}, false, true}};
    const QString target = u"workflow:employment-contract"_s;
    const QString key = u"juro:"_s + target;
    const QJsonObject doc{
        {u"id"_s, key},
        {u"integrationId"_s, u"juro"_s},
        {u"target"_s, target},
        {u"rows"_s, MappingRows::toJson(rows)},
        {u"sourceTypes"_s, MappingRows::sourceTypes(rows, SourceFields::catalog(m_store))},
        {u"version"_s, 1},
        {u"updatedAt"_s, Records::isoTime(nowMs)}};
    m_store.fieldMappings.insert(key, nowMs, doc,
                                 {{u"integration_id"_s, u"juro"_s},
                                  {u"target"_s, target},
                                  {u"version"_s, 1},
                                  {u"updated_ms"_s, nowMs}});
}

void DemoIntegrations::sendFirstWebhooks(WebhookDispatcher &webhooks)
{
    for (const QString &id : {humaansWebhookId, soraWebhookId})
        if (m_store.webhooks.contains(id))
            webhooks.ping(id);
    if (!m_partners.juro().state().value(u"webhooks"_s).toArray().isEmpty())
        m_partners.juro().sendTestWebhook(DeferredAnswer::create(u"enable-all"_s));
}

void DemoIntegrations::enableAll(qint64 nowMs)
{
    const auto jobs = m_store.jobs.select({}, {}, u"rid"_s, 1);
    if (jobs.isEmpty())
        throw std::runtime_error("--enable-all needs the demo seed (--seed demo)");
    const QJsonObject job = jobs.first().doc;
    const QString planId = job.value(u"defaultInterviewPlanId"_s).toString();
    const QList<QJsonObject> stages = PlanActivities::stagesOf(m_store, planId);
    const auto groups = m_store.stageGroups.select(
        u"json_extract(doc, '$.title') = 'Phone Screen'"_s, {}, {}, 1);
    if (groups.isEmpty())
        throw std::runtime_error("the demo has no Phone Screen stage group");
    const QJsonObject screen = stageWhere(stages, u"interviewStageGroupId"_s,
                                          groups.first().doc.value(u"id"_s).toString());
    const QJsonObject offer = stageWhere(stages, u"type"_s, u"Offer"_s);
    const QJsonObject check = stageWhere(stages, u"title"_s, u"Background Check"_s);
    const QString plan = IntegrationPlan::organizationPlan(m_store);
    const auto inPlan = [&plan](const QString &id) {
        return IntegrationCatalog::find(id)->plans.contains(plan);
    };

    if (inPlan(u"juro"_s)) {
        JuroStandIn &juro = m_partners.juro();
        const QString juroKey = juro.activateApi();
        QJsonObject state = juro.state();
        state.insert(u"atsApiKey"_s, createKey(u"juro"_s, nowMs));
        juro.saveState(state);
        juro.addWebhook(u"Ashby"_s, m_partners.publicBaseUrl() + u"/integrations/juro/webhook"_s,
                        juroKey, {u"all"_s});
        IntegrationPrivate::applyCredentials(m_store, u"juro"_s, {{u"juroApiKey"_s, juroKey}},
                                             nowMs);
        enable(u"juro"_s, {}, nowMs);
        addWorkflow(workflowInterviewId, u"Employment contract"_s, u"interviewPlanActivity"_s,
                    nowMs);
        addWorkflow(workflowOfferId, u"Offer letter"_s, u"offer"_s, nowMs);
        mapEmploymentContract(nowMs);
    }
    if (inPlan(u"willo"_s)) {
        WilloStandIn &willo = m_partners.willo();
        const QString now = Records::isoTime(nowMs);
        willo.saveState({{u"atsApiKey"_s, createKey(u"willo"_s, nowMs)},
                         {u"plan"_s, u"Growth"_s},
                         {u"connectedAt"_s, now},
                         {u"sync"_s, QJsonObject{{u"state"_s, u"done"_s},
                                                 {u"message"_s, u"Synced by the demo seed."_s}}},
                         {u"lastSyncedAt"_s, now}});
        willo.linkInterview(job.value(u"id"_s).toString(), screen.value(u"id"_s).toString(),
                            u"Phone screen questions"_s);
        enable(u"willo"_s, {}, nowMs);
    }
    if (inPlan(u"humaans"_s)) {
        HumaansStandIn &humaans = m_partners.humaans();
        const QString secret = StandIn::randomSecret(QString());
        humaans.saveState({{u"atsApiKey"_s, createKey(u"humaans"_s, nowMs)},
                           {u"secretToken"_s, secret},
                           {u"urlToken"_s, StandIn::randomSecret(QString(), 18)}});
        addWebhook(humaansWebhookId, u"applicationUpdate"_s, humaans.requestUrl(), secret,
                   nowMs);
        enable(u"humaans"_s, {}, nowMs);
    }
    if (inPlan(u"sora"_s)) {
        SoraStandIn &sora = m_partners.sora();
        const QString secret = StandIn::randomSecret(QString());
        const QString endpoint =
            m_partners.publicBaseUrl() + u"/partners/sora/listeners/"_s + soraListenerId;
        const QJsonObject listener{{u"listenerId"_s, soraListenerId},
                                   {u"workflow"_s, u"Onboarding"_s},
                                   {u"stageId"_s, offer.value(u"id"_s)},
                                   {u"stageTitle"_s, offer.value(u"title"_s)},
                                   {u"state"_s, u"active"_s},
                                   {u"endpointUrl"_s, endpoint},
                                   {u"secretKey"_s, secret},
                                   {u"lastEvent"_s, QJsonValue()}};
        sora.saveState({{u"atsApiKey"_s, createKey(u"sora"_s, nowMs)},
                        {u"active"_s, true},
                        {u"listeners"_s, QJsonArray{listener}}});
        addWebhook(soraWebhookId, u"candidateStageChange"_s, endpoint, secret, nowMs);
        enable(u"sora"_s, {}, nowMs);
    }
    if (inPlan(u"justifacts"_s)) {
        JustifactsStandIn &justifacts = m_partners.justifacts();
        const QJsonObject issued = justifacts.issueCredential();
        const QString atsKey = createKey(u"justifacts"_s, nowMs);
        const QString keyId = m_store.apiKeys.findBySecret(atsKey)->id;
        QJsonObject held = justifacts.state();
        held.insert(u"atsApiKey"_s, atsKey); // it reports results with it (assessment.update)
        justifacts.saveState(held);
        IntegrationPrivate::applyCredentials(
            m_store, u"justifacts"_s,
            {{u"credentialKey"_s, issued.value(u"credentialKey"_s)}}, nowMs);
        enable(u"justifacts"_s,
               {{u"baseUrl"_s, issued.value(u"stagingBaseUrl"_s)}, {u"atsApiKeyId"_s, keyId}},
               nowMs);
        const QString now = Records::isoTime(nowMs);
        const QJsonObject package = JustifactsStandIn::packages().at(1).toObject(); // 6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b02
        const QJsonObject activity{
            {u"id"_s, activityId},
            {u"interviewPlanId"_s, planId},
            {u"interviewStageId"_s, check.value(u"id"_s)},
            {u"kind"_s, u"assessment"_s},
            {u"integrationId"_s, u"justifacts"_s},
            {u"title"_s, package.value(u"name"_s)},
            {u"config"_s, QJsonObject{{u"assessmentTypeId"_s, package.value(u"assessment_type_id"_s)}}},
            {u"hidden"_s, QJsonObject{{u"packageName"_s, package.value(u"name"_s)},
                                      {u"defaultTitle"_s, package.value(u"name"_s)}}},
            {u"createdAt"_s, now},
            {u"updatedAt"_s, now}};
        PlanActivities::load(m_store, planId).save(m_store, QJsonArray{activity}, nowMs);
    }
}

} // namespace Tessera::Sandbox
