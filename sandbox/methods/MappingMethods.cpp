// Field mappings (issue 5): the ATS source fields, each integration's target records, saved
// mappings with versions and drift, and one evaluator for preview and apply.
#include "MethodContext.h"

#include "models/api/ApiProtocol.h"
#include "sandbox/integrations/IntegrationCatalog.h"
#include "sandbox/integrations/IntegrationPlan.h"
#include "sandbox/mapping/MappingEvaluator.h"
#include "sandbox/mapping/MappingRows.h"
#include "sandbox/mapping/MappingSubject.h"
#include "sandbox/mapping/MappingValue.h"
#include "sandbox/mapping/SourceFields.h"
#include "sandbox/mapping/TargetSchemas.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/server/MethodRegistry.h"
#include "sandbox/store/Records.h"
#include "sandbox/store/Store.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Code = Tessera::Protocol::ErrorCode;

namespace Tessera::Sandbox {

namespace {

struct Mapping
{
    const IntegrationEntry *integration = nullptr;
    MappingTarget target;
    QString key; // "<integrationId>:<target>"
    QList<MappingRow> rows;
    QJsonObject sourceTypes;
    qint64 version = 0;
    QString updatedAt;
};

// The saved mapping, or the target's default rows at version 0.
Mapping loadMapping(const Store &store, const MethodCall &call)
{
    const QString integrationId = call.requiredString(u"integrationId"_s);
    const IntegrationEntry *integration = IntegrationCatalog::find(integrationId);
    if (!integration)
        throw ApiFailure::notFound(Code::integrationNotFound, u"integration"_s, integrationId);
    const QString targetId = call.requiredString(u"target"_s);
    const QStringList targets = TargetSchemas::targets(integrationId);
    if (targets.isEmpty())
        throw ApiFailure::invalidInput(
            u"%1 takes no field mappings."_s.arg(integration->name));
    auto target = TargetSchemas::find(integrationId, targetId);
    if (!target)
        throw ApiFailure::invalidInput(u"Field \"target\" has the unknown target \"%1\" for %2; "
                                       "it has %3."_s.arg(targetId, integration->name,
                                                          targets.join(u", "_s)));
    Mapping mapping{integration, *target, integrationId + u':' + targetId, target->defaultRows,
                    {}, 0, {}};
    if (const auto doc = store.fieldMappings.find(mapping.key)) {
        mapping.rows = MappingRows::fromJson(doc->value(u"rows"_s).toArray());
        mapping.sourceTypes = doc->value(u"sourceTypes"_s).toObject();
        mapping.version = doc->value(u"version"_s).toInteger();
        mapping.updatedAt = doc->value(u"updatedAt"_s).toString();
    }
    return mapping;
}

QJsonArray targetFieldsJson(const MappingTarget &target)
{
    QJsonArray fields;
    for (const TargetField &field : target.fields) {
        QJsonObject json{{u"id"_s, field.id},
                         {u"label"_s, field.label},
                         {u"type"_s, field.type},
                         {u"required"_s, field.required},
                         {u"hidden"_s, field.hidden}};
        if (!field.selectableValues.isEmpty())
            json.insert(u"selectableValues"_s, QJsonArray::fromStringList(field.selectableValues));
        fields << json;
    }
    return fields;
}

QJsonObject mappingView(const Mapping &mapping, const QList<SourceField> &catalog)
{
    QJsonObject view{{u"integrationId"_s, mapping.integration->id},
                     {u"target"_s, mapping.target.id},
                     {u"targetLabel"_s, mapping.target.label},
                     {u"targetFields"_s, targetFieldsJson(mapping.target)},
                     {u"rows"_s, MappingRows::toJson(mapping.rows)},
                     {u"version"_s, mapping.version},
                     {u"isDefault"_s, mapping.version == 0},
                     {u"drift"_s, MappingRows::drift(mapping.rows, catalog, mapping.sourceTypes)}};
    if (!mapping.updatedAt.isEmpty())
        view.insert(u"updatedAt"_s, mapping.updatedAt);
    return view;
}

QJsonValue errorJson(const QString &error)
{
    return error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error);
}

QJsonObject subjectIds(const MappingSubject &subject)
{
    return {{u"candidateId"_s, subject.candidate.value(u"id"_s)},
            {u"applicationId"_s, subject.application
                                     ? subject.application->value(u"id"_s)
                                     : QJsonValue(QJsonValue::Null)}};
}

QList<FieldValue> evaluate(const Store &store, const Mapping &mapping,
                           const QList<MappingRow> &rows, const MappingSubject &subject)
{
    const SourceValues sources = SourceFields::resolve(subject, SourceFields::catalog(store));
    return MappingEvaluator(mapping.target.fields, rows).evaluate(sources);
}

MappingSubject previewSubject(const Store &store, const MethodCall &call)
{
    if (const auto candidateId = call.optionalString(u"candidateId"_s))
        return MappingSubject::forCandidate(store, *candidateId);
    const auto email = call.optionalString(u"email"_s);
    if (!email || email->trimmed().isEmpty())
        throw ApiFailure::invalidInput(u"Give \"candidateId\" or \"email\"."_s);
    const auto rows = store.candidates.select(u"email = ?"_s, {email->trimmed().toLower()},
                                              u"rid"_s, 1);
    if (rows.isEmpty())
        throw ApiFailure(QString::fromLatin1(Protocol::ErrorCode::candidateNotFound),
                         u"No candidate has the email \"%1\"."_s.arg(email->trimmed()));
    return MappingSubject::forCandidate(store, rows.first().doc.value(u"id"_s).toString());
}

// Up to 30 real records: applications with an accepted offer first, so offer fields have
// samples too, then the oldest candidates.
QList<MappingSubject> sampleSubjects(const Store &store)
{
    QList<MappingSubject> subjects;
    for (const StoredDocument &offer :
         store.offers.select(u"json_extract(doc, '$.acceptanceStatus') = 'Accepted'"_s, {},
                             u"rid"_s, 10)) {
        const auto application =
            store.applications.find(offer.doc.value(u"applicationId"_s).toString());
        const auto candidate = application
            ? store.candidates.find(application->value(u"candidateId"_s).toString())
            : std::nullopt;
        if (candidate)
            subjects << MappingSubject::of(store, *candidate, application);
    }
    for (const StoredDocument &candidate : store.candidates.select({}, {}, u"rid"_s, 20))
        subjects << MappingSubject::forCandidate(store, candidate.doc.value(u"id"_s).toString());
    return subjects;
}

QJsonArray fieldList(const Store &store, bool includeArchived)
{
    const QList<SourceField> catalog = SourceFields::catalog(store);
    QList<SourceValues> samples;
    for (const MappingSubject &subject : sampleSubjects(store))
        samples << SourceFields::resolve(subject, catalog);
    QJsonArray fields;
    for (const SourceField &field : catalog) {
        if (field.archived && !includeArchived)
            continue;
        QJsonValue sample = QJsonValue::Null;
        for (const SourceValues &values : samples)
            if (!MappingValue::isEmpty(values.value(field.id))) {
                sample = values.value(field.id);
                break;
            }
        QJsonObject json{{u"id"_s, field.id},
                         {u"label"_s, field.label},
                         {u"type"_s, field.type},
                         {u"objectType"_s, field.objectType},
                         {u"isCustom"_s, field.custom},
                         {u"sample"_s, sample}};
        if (field.custom)
            json.insert(u"isArchived"_s, field.archived);
        fields << json;
    }
    return fields;
}

} // namespace

void registerMappingMethods(MethodRegistry &registry, MethodContext &context)
{
    Store &store = context.store;

    registry.add(u"field.list"_s, u"candidatesRead"_s, [&store](const MethodCall &call) {
        const bool includeArchived = call.optionalBool(u"includeArchived"_s).value_or(false);
        QJsonObject envelope = Protocol::successEnvelope(fieldList(store, includeArchived));
        envelope.insert(u"moreDataAvailable"_s, false);
        return envelope;
    });

    registry.add(u"fieldMapping.info"_s, u"candidatesRead"_s, [&store](const MethodCall &call) {
        const Mapping mapping = loadMapping(store, call);
        return Protocol::successEnvelope(mappingView(mapping, SourceFields::catalog(store)));
    });

    registry.add(u"fieldMapping.set"_s, u"organizationWrite"_s,
                 [&store](const MethodCall &call) {
        Mapping mapping = loadMapping(store, call);
        // Like the integration's other writes (external workflows, plan activities).
        IntegrationPlan::requireInPlan(IntegrationPlan::organizationPlan(store),
                                       *mapping.integration);
        const auto version = call.optionalInteger(u"version"_s);
        if (!version)
            throw ApiFailure::invalidInput(u"Missing required field \"version\"."_s);
        const auto rows = call.optionalArray(u"rows"_s);
        if (!rows)
            throw ApiFailure::invalidInput(u"Missing required field \"rows\"."_s);
        const QList<SourceField> catalog = SourceFields::catalog(store);
        mapping.rows = MappingRows::parse(*rows, mapping.target, catalog);
        if (*version != mapping.version)
            throw ApiFailure(
                QString::fromLatin1(Protocol::ErrorCode::versionConflict),
                u"The %1 %2 mapping was changed by someone else (version %3, not %4); reload "
                "it and apply your change again."_s.arg(mapping.integration->name,
                                                        mapping.target.label.toLower(),
                                                        QString::number(mapping.version),
                                                        QString::number(*version)));
        mapping.version += 1;
        mapping.sourceTypes = MappingRows::sourceTypes(mapping.rows, catalog);
        mapping.updatedAt = Records::isoTime(call.nowMs());
        const QJsonObject doc{{u"id"_s, mapping.key},
                              {u"integrationId"_s, mapping.integration->id},
                              {u"target"_s, mapping.target.id},
                              {u"rows"_s, MappingRows::toJson(mapping.rows)},
                              {u"sourceTypes"_s, mapping.sourceTypes},
                              {u"version"_s, mapping.version},
                              {u"updatedAt"_s, mapping.updatedAt}};
        const DocumentTable::Columns columns{{u"integration_id"_s, mapping.integration->id},
                                             {u"target"_s, mapping.target.id},
                                             {u"version"_s, mapping.version},
                                             {u"updated_ms"_s, call.nowMs()}};
        if (store.fieldMappings.contains(mapping.key))
            store.fieldMappings.update(mapping.key, doc, columns);
        else
            store.fieldMappings.insert(mapping.key, call.nowMs(), doc, columns);
        return Protocol::successEnvelope(mappingView(mapping, catalog));
    });

    registry.add(u"fieldMapping.preview"_s, u"candidatesRead"_s,
                 [&store](const MethodCall &call) {
        const Mapping mapping = loadMapping(store, call);
        const auto rows = call.optionalArray(u"rows"_s);
        const QList<MappingRow> used =
            rows ? MappingRows::parse(*rows, mapping.target, SourceFields::catalog(store))
                 : mapping.rows;
        const MappingSubject subject = previewSubject(store, call);
        QJsonArray values;
        for (const FieldValue &value : evaluate(store, mapping, used, subject))
            values << QJsonObject{{u"targetField"_s, value.targetField},
                                  {u"value"_s, value.value},
                                  {u"error"_s, errorJson(value.error)},
                                  {u"required"_s, value.required}};
        QJsonObject result = subjectIds(subject);
        result.insert(u"values"_s, values);
        return Protocol::successEnvelope(result);
    });

    registry.add(u"fieldMapping.apply"_s, u"candidatesRead"_s, [&store](const MethodCall &call) {
        const Mapping mapping = loadMapping(store, call);
        const auto applicationId = call.optionalString(u"applicationId"_s);
        const auto candidateId = call.optionalString(u"candidateId"_s);
        if (!applicationId && !candidateId)
            throw ApiFailure::invalidInput(u"Give \"applicationId\" or \"candidateId\"."_s);
        const MappingSubject subject = applicationId
            ? MappingSubject::forApplication(store, *applicationId)
            : MappingSubject::forCandidate(store, *candidateId);
        QJsonObject record;
        QJsonArray errors;
        for (const FieldValue &value : evaluate(store, mapping, mapping.rows, subject)) {
            if (!value.error.isEmpty())
                errors << QJsonObject{{u"targetField"_s, value.targetField},
                                      {u"error"_s, value.error}};
            else if (!value.value.isNull())
                record.insert(value.targetField, value.value);
        }
        QJsonObject result = subjectIds(subject);
        result.insert(u"version"_s, mapping.version);
        result.insert(u"record"_s, record);
        result.insert(u"errors"_s, errors);
        return Protocol::successEnvelope(result);
    });
}

} // namespace Tessera::Sandbox
