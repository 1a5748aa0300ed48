#include "ActivityInput.h"

#include "models/api/ApiProtocol.h"
#include "PlanActivities.h"
#include "sandbox/integrations/IntegrationCatalog.h"
#include "sandbox/integrations/IntegrationPlan.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/server/FieldLimits.h"
#include "sandbox/store/Store.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

constexpr qsizetype maxTitleLength = 120;

QString offeringList()
{
    QStringList offering;
    for (const IntegrationEntry &entry : IntegrationCatalog::all())
        if (!entry.activityKinds.isEmpty())
            offering << u"%1 (%2)"_s.arg(entry.name, entry.activityKinds.join(u", "_s));
    return offering.join(u" and "_s);
}

void requireOnlyKey(const QJsonObject &config, const QString &key, const QString &kind,
                    const QString &prefix)
{
    for (auto it = config.begin(); it != config.end(); ++it)
        if (it.key() != key)
            throw ApiFailure::invalidInput(
                u"Field \"%1config.%2\" is not used by an %3 activity; its config takes only "
                "\"%4\"."_s.arg(prefix, it.key(), kind, key));
}

} // namespace

ActivityInput::ActivityInput(const Store &store, QString planId, const PackageList &packages)
    : m_store(store)
    , m_planId(std::move(planId))
    , m_packages(packages)
{
    for (const QJsonObject &stage : PlanActivities::stagesOf(store, m_planId))
        m_stages.insert(stage.value(u"id"_s).toString(), stage);
}

QString ActivityInput::requiredString(const QJsonObject &object, const QString &name,
                                      const QString &prefix)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        throw ApiFailure::invalidInput(u"Missing required field \"%1%2\"."_s.arg(prefix, name));
    if (!value.isString())
        throw ApiFailure::invalidInput(u"Field \"%1%2\" must be a string."_s.arg(prefix, name));
    if (value.toString().trimmed().isEmpty())
        throw ApiFailure::invalidInput(u"Field \"%1%2\" must not be empty."_s.arg(prefix, name));
    // Nested fields miss MethodCall's limits; an over-long id would be echoed in messages.
    FieldLimits::check(prefix + name, value.toString());
    return value.toString();
}

QString ActivityInput::checkedTitle(const QJsonValue &title, const QString &field)
{
    if (!title.isString())
        throw ApiFailure::invalidInput(u"Field \"%1\" must be a string."_s.arg(field));
    const QString trimmed = title.toString().trimmed();
    if (trimmed.isEmpty())
        throw ApiFailure::invalidInput(
            u"Field \"%1\" is empty; leave it out to use the package or workflow name."_s.arg(
                field));
    if (trimmed.size() > maxTitleLength)
        throw ApiFailure::invalidInput(u"Field \"%1\" is longer than %2 characters."_s.arg(
            field, QString::number(maxTitleLength)));
    return trimmed;
}

QJsonObject ActivityInput::stage(const QString &stageId, const QString &field,
                                 bool forNewPlacement) const
{
    const auto it = m_stages.constFind(stageId);
    if (it == m_stages.constEnd())
        throw ApiFailure::invalidInput(
            u"Field \"%1\" names no stage of this interview plan (\"%2\"); use a stage from "
            "interviewStage.list of the plan."_s.arg(field, stageId));
    if (forNewPlacement && it->value(u"isArchived"_s).toBool())
        throw ApiFailure::invalidInput(
            u"Field \"%1\": the stage \"%2\" is archived, so nothing can be added to it. Choose "
            "another stage."_s.arg(field, it->value(u"title"_s).toString()));
    return *it;
}

void ActivityInput::checkKind(const QString &kind, const QString &integrationId,
                              const QString &prefix) const
{
    const IntegrationEntry *entry = IntegrationCatalog::find(integrationId);
    if (!entry)
        throw ApiFailure::invalidInput(u"Field \"%1integrationId\" names no integration \"%2\"; "
                                       "activities come from %3."_s.arg(prefix, integrationId,
                                                                        offeringList()));
    if (entry->activityKinds.isEmpty())
        throw ApiFailure::invalidInput(
            u"Field \"%1integrationId\": %2 offers no interview-plan activities; only %3 do."_s
                .arg(prefix, entry->name, offeringList()));
    if (!entry->activityKinds.contains(kind))
        throw ApiFailure::invalidInput(
            u"Field \"%1kind\": %2 offers the activity kind \"%3\", not \"%4\"."_s.arg(
                prefix, entry->name, entry->activityKinds.join(u"\", \""_s), kind));
    // Enabled is not needed: an admin can prepare a plan (it shows as integration_disabled).
    IntegrationPlan::requireInPlan(IntegrationPlan::organizationPlan(m_store), *entry);
}

QJsonObject ActivityInput::checkedConfig(const QString &kind, const QString &integrationId,
                                         const QJsonValue &config, const QString &prefix,
                                         QString &defaultTitle, QJsonObject &hidden) const
{
    if (config.isUndefined() || config.isNull())
        throw ApiFailure::invalidInput(u"Missing required field \"%1config\"."_s.arg(prefix));
    if (!config.isObject())
        throw ApiFailure::invalidInput(u"Field \"%1config\" must be an object."_s.arg(prefix));
    const QJsonObject object = config.toObject();
    const QString configPrefix = prefix + u"config."_s;
    if (kind == u"assessment"_s) {
        const QString id = requiredString(object, u"assessmentTypeId"_s, configPrefix);
        requireOnlyKey(object, u"assessmentTypeId"_s, kind, prefix);
        if (!m_packages.known)
            throw ApiFailure(Protocol::ErrorCode::partnerUnavailable,
                             u"The package in \"%1config.assessmentTypeId\" cannot be checked: %2"_s
                                 .arg(prefix, m_packages.failure));
        const AssessmentPackage *package = m_packages.find(id);
        if (!package)
            throw ApiFailure::invalidInput(
                u"Field \"%1config.assessmentTypeId\": Justifacts does not offer the package "
                "\"%2\"; it offers %3."_s.arg(prefix, id, m_packages.ids().join(u", "_s)));
        defaultTitle = package->name;
        hidden.insert(u"packageName"_s, package->name);
        hidden.insert(u"defaultTitle"_s, defaultTitle);
        return QJsonObject{{u"assessmentTypeId"_s, id}};
    }
    // externalWorkflow (checkKind allowed nothing else)
    const QString id = requiredString(object, u"externalWorkflowId"_s, configPrefix);
    requireOnlyKey(object, u"externalWorkflowId"_s, kind, prefix);
    const auto workflow = m_store.externalWorkflows.find(id);
    if (!workflow || workflow->value(u"deletedAt"_s).isString()
        || workflow->value(u"integrationId"_s).toString() != integrationId)
        throw ApiFailure::invalidInput(
            u"Field \"%1config.externalWorkflowId\" names no external workflow \"%2\" of %3; "
            "pick one from externalWorkflow.list."_s.arg(
                prefix, id, IntegrationCatalog::find(integrationId)->name));
    const QString title = workflow->value(u"title"_s).toString();
    if (workflow->value(u"entryPoint"_s).toString() != u"interviewPlanActivity"_s)
        throw ApiFailure::invalidInput(
            u"Field \"%1config.externalWorkflowId\": the workflow \"%2\" starts from an offer, so "
            "it cannot be an activity on an interview stage. Change its entry point to "
            "\"interview plan activity\" or choose another workflow."_s.arg(prefix, title));
    defaultTitle = title;
    hidden.insert(u"defaultTitle"_s, defaultTitle);
    return QJsonObject{{u"externalWorkflowId"_s, id}};
}

} // namespace Tessera::Sandbox
