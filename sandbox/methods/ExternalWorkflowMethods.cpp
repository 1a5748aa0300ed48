// External workflows (Juro contract workflows, per Juro's guide): a title, an entry point (an
// interview-plan activity or an offer) and a Juro template whose fields the admin maps with
// fieldMapping target "workflow:<templateId>".
#include "MethodContext.h"

#include "models/api/ApiProtocol.h"
#include "sandbox/integrations/IntegrationCatalog.h"
#include "sandbox/integrations/IntegrationPlan.h"
#include "sandbox/mapping/JuroTemplates.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/server/MethodRegistry.h"
#include "sandbox/store/Records.h"
#include "sandbox/store/Store.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Code = Tessera::Protocol::ErrorCode;

namespace Tessera::Sandbox {

namespace {

const QStringList entryPoints{u"interviewPlanActivity"_s, u"offer"_s};
constexpr qsizetype maxTitleLength = 120;

const IntegrationEntry &requireWorkflowIntegration(const QString &integrationId)
{
    const IntegrationEntry *entry = IntegrationCatalog::find(integrationId);
    if (!entry)
        throw ApiFailure::notFound(Code::integrationNotFound, u"integration"_s, integrationId);
    if (!entry->externalWorkflows) {
        QStringList offering;
        for (const IntegrationEntry &other : IntegrationCatalog::all())
            if (other.externalWorkflows)
                offering << other.name;
        throw ApiFailure::invalidInput(u"%1 has no external workflows; only %2 %3."_s.arg(
            entry->name, offering.join(u", "_s), offering.size() == 1 ? u"does"_s : u"do"_s));
    }
    return *entry;
}

QString checkedTitle(const QString &title)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        throw ApiFailure::invalidInput(
            u"Field \"title\" is empty; name the workflow, e.g. \"Employment contract\"."_s);
    if (trimmed.size() > maxTitleLength)
        throw ApiFailure::invalidInput(u"Field \"title\" is longer than %1 characters."_s.arg(
            maxTitleLength));
    return trimmed;
}

QString checkedEntryPoint(const QString &entryPoint)
{
    if (!entryPoints.contains(entryPoint))
        throw ApiFailure::invalidInput(
            u"Field \"entryPoint\" has the unknown value \"%1\"; use \"interviewPlanActivity\" "
            "(an activity on an interview plan stage) or \"offer\" (started from an offer)."_s
                .arg(entryPoint));
    return entryPoint;
}

const JuroTemplate &requireTemplate(const QString &templateId)
{
    if (const JuroTemplate *found = JuroTemplates::find(templateId))
        return *found;
    QStringList known;
    for (const JuroTemplate &entry : JuroTemplates::list())
        known << entry.id;
    throw ApiFailure::invalidInput(u"Field \"templateId\" names no Juro template \"%1\"; Juro has "
                                   "%2."_s.arg(templateId, known.join(u", "_s)));
}

// Titles are what admins pick from when adding the workflow to a plan or an offer, so two
// workflows of one integration never share one (ignoring case).
void requireUniqueTitle(const Store &store, const QString &integrationId, const QString &title,
                        const QString &exceptId = {})
{
    for (const StoredDocument &other : store.externalWorkflows.select(
             u"is_deleted = 0 AND integration_id = ?"_s, {integrationId}))
        if (other.doc.value(u"id"_s).toString() != exceptId
            && other.doc.value(u"title"_s).toString().compare(title, Qt::CaseInsensitive) == 0)
            throw ApiFailure::invalidInput(
                u"An external workflow titled \"%1\" already exists; give this one another "
                "title."_s.arg(title));
}

QJsonObject requireWorkflow(const Store &store, const QString &id)
{
    const auto doc = store.externalWorkflows.find(id);
    if (!doc || doc->value(u"deletedAt"_s).isString())
        throw ApiFailure::notFound(Code::externalWorkflowNotFound, u"external workflow"_s, id);
    return *doc;
}

QJsonObject workflowView(const QJsonObject &doc)
{
    QJsonObject view = doc;
    view.remove(u"deletedAt"_s);
    const JuroTemplate *entry = JuroTemplates::find(doc.value(u"templateId"_s).toString());
    view.insert(u"templateTitle"_s, entry ? QJsonValue(entry->name) : QJsonValue());
    view.insert(u"target"_s, QString(u"workflow:"_s + doc.value(u"templateId"_s).toString()));
    return view;
}

DocumentTable::Columns columnsOf(const QJsonObject &doc, qint64 nowMs, bool deleted = false)
{
    return {{u"integration_id"_s, doc.value(u"integrationId"_s).toString()},
            {u"template_id"_s, doc.value(u"templateId"_s).toString()},
            {u"version"_s, doc.value(u"version"_s).toInteger()},
            {u"updated_ms"_s, nowMs},
            {u"is_deleted"_s, deleted ? 1 : 0}};
}

} // namespace

void registerExternalWorkflowMethods(MethodRegistry &registry, MethodContext &context)
{
    Store &store = context.store;

    registry.add(u"externalWorkflow.list"_s, u"organizationRead"_s,
                 [&store](const MethodCall &call) {
        QString where = u"is_deleted = 0"_s;
        QVariantList binds;
        if (const auto integrationId = call.optionalString(u"integrationId"_s)) {
            if (!IntegrationCatalog::find(*integrationId))
                throw ApiFailure::notFound(Code::integrationNotFound, u"integration"_s,
                                           *integrationId);
            where += u" AND integration_id = ?"_s;
            binds << *integrationId;
        }
        QJsonArray workflows;
        for (const StoredDocument &row : store.externalWorkflows.select(where, binds, u"rid"_s))
            workflows << workflowView(row.doc);
        QJsonObject envelope = Protocol::successEnvelope(workflows);
        envelope.insert(u"moreDataAvailable"_s, false);
        return envelope;
    });

    // The integration must be in the organisation's plan but need not be enabled yet, so an
    // admin can prepare workflows while setting Juro up.
    registry.add(u"externalWorkflow.create"_s, u"organizationWrite"_s,
                 [&store](const MethodCall &call) {
        const IntegrationEntry &integration =
            requireWorkflowIntegration(call.requiredString(u"integrationId"_s));
        IntegrationPlan::requireInPlan(IntegrationPlan::organizationPlan(store), integration);
        const QString title = checkedTitle(call.requiredString(u"title"_s));
        const QString entryPoint = checkedEntryPoint(call.requiredString(u"entryPoint"_s));
        const JuroTemplate &juroTemplate = requireTemplate(call.requiredString(u"templateId"_s));
        requireUniqueTitle(store, integration.id, title);
        const QString id = Records::newId();
        const QString now = Records::isoTime(call.nowMs());
        const QJsonObject doc{{u"id"_s, id},
                              {u"integrationId"_s, integration.id},
                              {u"title"_s, title},
                              {u"entryPoint"_s, entryPoint},
                              {u"templateId"_s, juroTemplate.id},
                              {u"version"_s, 1},
                              {u"createdAt"_s, now},
                              {u"updatedAt"_s, now}};
        store.externalWorkflows.insert(id, call.nowMs(), doc, columnsOf(doc, call.nowMs()));
        return Protocol::successEnvelope(workflowView(doc));
    });

    registry.add(u"externalWorkflow.update"_s, u"organizationWrite"_s,
                 [&store](const MethodCall &call) {
        const QString id = call.requiredString(u"externalWorkflowId"_s);
        QJsonObject doc = requireWorkflow(store, id);
        const auto version = call.optionalInteger(u"version"_s);
        if (!version)
            throw ApiFailure::invalidInput(u"Missing required field \"version\"."_s);
        if (call.has(u"templateId"_s))
            throw ApiFailure::invalidInput(
                u"Field \"templateId\" cannot change: the template decides the workflow's field "
                "mapping. Create a new workflow for another template."_s);
        const auto title = call.optionalString(u"title"_s);
        const auto entryPoint = call.optionalString(u"entryPoint"_s);
        if (title)
            doc.insert(u"title"_s, checkedTitle(*title));
        if (entryPoint)
            doc.insert(u"entryPoint"_s, checkedEntryPoint(*entryPoint));
        const qint64 current = doc.value(u"version"_s).toInteger();
        if (*version != current)
            throw ApiFailure(QString::fromLatin1(Protocol::ErrorCode::versionConflict),
                             u"The external workflow \"%1\" was changed by someone else (version "
                             "%2, not %3); reload it and apply your change again."_s.arg(
                                 doc.value(u"title"_s).toString(), QString::number(current),
                                 QString::number(*version)));
        if (title)
            requireUniqueTitle(store, doc.value(u"integrationId"_s).toString(),
                               doc.value(u"title"_s).toString(), id);
        doc.insert(u"version"_s, current + 1);
        doc.insert(u"updatedAt"_s, Records::isoTime(call.nowMs()));
        store.externalWorkflows.update(id, doc, columnsOf(doc, call.nowMs()));
        return Protocol::successEnvelope(workflowView(doc));
    });

    // Marks the workflow deleted; the shared field mapping of its template stays.
    registry.add(u"externalWorkflow.delete"_s, u"organizationWrite"_s,
                 [&store](const MethodCall &call) {
        const QString id = call.requiredString(u"externalWorkflowId"_s);
        QJsonObject doc = requireWorkflow(store, id);
        doc.insert(u"deletedAt"_s, Records::isoTime(call.nowMs()));
        store.externalWorkflows.update(id, doc, columnsOf(doc, call.nowMs(), true));
        return Protocol::successEnvelope(QJsonObject{{u"externalWorkflowId"_s, id}});
    });
}

} // namespace Tessera::Sandbox
