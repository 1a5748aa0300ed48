#include "WorkflowForm.h"

#include "ActivityCodes.h"
#include "models/api/ApiProtocol.h"
#include "sandbox/mapping/MappingEvaluator.h"
#include "sandbox/mapping/MappingRows.h"
#include "sandbox/mapping/MappingSubject.h"
#include "sandbox/mapping/MappingValue.h"
#include "sandbox/mapping/SourceFields.h"
#include "sandbox/mapping/TargetSchemas.h"
#include "sandbox/plans/PlanActivities.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/store/Store.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Code = Tessera::Protocol::ErrorCode;

namespace Tessera::Sandbox {

namespace {

QJsonObject requireWorkflow(const Store &store, const QString &id)
{
    const auto doc = store.externalWorkflows.find(id);
    if (!doc || doc->value(u"deletedAt"_s).isString())
        throw ApiFailure::notFound(Code::externalWorkflowNotFound, u"external workflow"_s, id);
    return *doc;
}

QJsonObject requireApplication(const Store &store, const QString &id)
{
    const auto doc = store.applications.find(id);
    if (!doc)
        throw ApiFailure::notFound(Code::applicationNotFound, u"application"_s, id);
    return *doc;
}

bool isEmptyValue(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined()
        || (value.isString() && value.toString().trimmed().isEmpty());
}

} // namespace

WorkflowForm WorkflowForm::forPlanActivity(const Store &store, const QString &applicationId,
                                           const QString &planActivityId)
{
    const QJsonObject application = requireApplication(store, applicationId);
    const auto activity = PlanActivities::load(
        store, application.value(u"interviewPlanId"_s).toString()).find(planActivityId);
    if (!activity
        || activity->value(u"interviewStageId"_s) != application.value(u"currentInterviewStageId"_s))
        throw ApiFailure::notFound(ActivityCodes::activityNotFound,
                                   u"activity of the application's current stage"_s,
                                   planActivityId);
    if (activity->value(u"kind"_s).toString() != u"externalWorkflow"_s)
        throw ApiFailure::invalidInput(
            u"The activity \"%1\" is no external workflow; it has no form to fill in."_s.arg(
                activity->value(u"title"_s).toString()));
    WorkflowForm form;
    form.m_workflow = requireWorkflow(
        store, activity->value(u"config"_s).toObject().value(u"externalWorkflowId"_s).toString());
    if (form.m_workflow.value(u"entryPoint"_s).toString() != u"interviewPlanActivity"_s)
        throw ApiFailure::invalidInput(
            u"The workflow \"%1\" now starts from an offer, so it does not run as an activity. "
            "Start it from the candidate's approved offer."_s.arg(
                form.m_workflow.value(u"title"_s).toString()));
    form.m_applicationId = applicationId;
    form.m_planActivityId = planActivityId;
    form.evaluate(store, nullptr);
    return form;
}

WorkflowForm WorkflowForm::forOffer(const Store &store, const QString &offerId,
                                    const QString &externalWorkflowId)
{
    const auto offer = store.offers.find(offerId);
    if (!offer)
        throw ApiFailure::notFound(Code::offerNotFound, u"offer"_s, offerId);
    WorkflowForm form;
    form.m_workflow = requireWorkflow(store, externalWorkflowId);
    if (form.m_workflow.value(u"entryPoint"_s).toString() != u"offer"_s)
        throw ApiFailure::invalidInput(
            u"The workflow \"%1\" runs as an interview-plan activity, not from an offer; pick a "
            "workflow whose entry point is the offer."_s.arg(
                form.m_workflow.value(u"title"_s).toString()));
    form.m_applicationId = offer->value(u"applicationId"_s).toString();
    form.m_offerId = offerId;
    form.evaluate(store, &*offer);
    return form;
}

void WorkflowForm::evaluate(const Store &store, const QJsonObject *offer)
{
    MappingSubject subject = MappingSubject::forApplication(store, m_applicationId);
    if (offer)
        subject.useOffer(*offer); // the offer the workflow starts on, approved or not
    m_candidateId = subject.candidate.value(u"id"_s).toString();
    m_candidateName = subject.candidate.value(u"name"_s).toString();
    const QString targetId = u"workflow:"_s + m_workflow.value(u"templateId"_s).toString();
    const auto target = TargetSchemas::find(u"juro"_s, targetId);
    if (!target)
        throw ApiFailure::invalidInput(u"The workflow \"%1\" uses the Juro template \"%2\", "
                                       "which Juro no longer has."_s.arg(
                                           m_workflow.value(u"title"_s).toString(),
                                           m_workflow.value(u"templateId"_s).toString()));
    QList<MappingRow> rows = target->defaultRows;
    if (const auto saved = store.fieldMappings.find(u"juro:"_s + targetId))
        rows = MappingRows::fromJson(saved->value(u"rows"_s).toArray());
    const SourceValues sources = SourceFields::resolve(subject, SourceFields::catalog(store));
    QHash<QString, FieldValue> values;
    for (const FieldValue &value : MappingEvaluator(target->fields, rows).evaluate(sources))
        if (!values.contains(value.targetField))
            values.insert(value.targetField, value);
    for (const TargetField &field : target->fields) {
        Field shown{field.id, field.label, field.type, field.required, field.hidden, {}, {}};
        for (const MappingRow &row : rows)
            if (row.targetField == field.id) {
                shown.required = shown.required || row.required;
                shown.hidden = shown.hidden || row.hidden;
                break;
            }
        const FieldValue value = values.value(field.id);
        shown.value = MappingValue::isEmpty(value.value) ? QJsonValue() : value.value;
        shown.error = value.error;
        m_fields << shown;
    }
}

QJsonObject WorkflowForm::view() const
{
    QJsonArray fields;
    int hidden = 0;
    for (const Field &field : m_fields) {
        if (field.hidden) {
            ++hidden;
            continue;
        }
        fields << QJsonObject{{u"key"_s, field.key},
                              {u"label"_s, field.label},
                              {u"type"_s, field.type},
                              {u"required"_s, field.required},
                              {u"value"_s, field.value}};
    }
    return {{u"workflow"_s, QJsonObject{{u"id"_s, m_workflow.value(u"id"_s)},
                                        {u"title"_s, m_workflow.value(u"title"_s)},
                                        {u"entryPoint"_s, m_workflow.value(u"entryPoint"_s)}}},
            {u"fields"_s, fields},
            {u"hiddenFieldCount"_s, hidden}};
}

QJsonObject WorkflowForm::valuesToSend(const QJsonObject &given) const
{
    for (auto it = given.begin(); it != given.end(); ++it) {
        const auto field = std::find_if(m_fields.begin(), m_fields.end(),
                                        [&](const Field &f) { return f.key == it.key(); });
        if (field == m_fields.end()) {
            QStringList keys;
            for (const Field &f : m_fields)
                if (!f.hidden)
                    keys << f.key;
            throw ApiFailure::invalidInput(
                u"Field \"values.%1\" is not a field of the workflow \"%2\"; its fields are %3."_s
                    .arg(it.key(), m_workflow.value(u"title"_s).toString(), keys.join(u", "_s)));
        }
        if (field->hidden)
            throw ApiFailure::invalidInput(
                u"Field \"values.%1\" (%2) is hidden: Ashby fills it from the field mapping. "
                "Leave it out."_s.arg(it.key(), field->label));
        const QJsonValue value = it.value();
        if (!(value.isString() || value.isDouble() || value.isBool() || value.isNull()))
            throw ApiFailure::invalidInput(
                u"Field \"values.%1\" must be a string, a number or a boolean."_s.arg(it.key()));
    }
    QJsonObject sent;
    for (const Field &field : m_fields) {
        const QJsonValue value =
            !field.hidden && given.contains(field.key) ? given.value(field.key) : field.value;
        if (isEmptyValue(value)) {
            if (field.required)
                throw ApiFailure::invalidInput(
                    field.hidden
                        ? u"The field \"%1\" is required but hidden, and the field mapping gives "
                          "it no value%2. Fix the workflow's field mapping, then start it "
                          "again."_s.arg(field.label, field.error.isEmpty()
                                                          ? QString()
                                                          : u" (%1)"_s.arg(field.error))
                        : u"The field \"%1\" is required; fill it in before starting the "
                          "workflow."_s.arg(field.label));
            continue;
        }
        sent.insert(field.key, value.isString() ? QJsonValue(value.toString().trimmed()) : value);
    }
    return sent;
}

} // namespace Tessera::Sandbox
