#include "MappedRecord.h"

#include "PartnerHttp.h"
#include "sandbox/integrations/IntegrationCatalog.h"
#include "sandbox/mapping/TargetSchemas.h"
#include "sandbox/store/Records.h"
#include "StandIn.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

const QString employee = u"employee"_s;

QJsonValue orNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

QString partnerName(const QString &integrationId)
{
    const IntegrationEntry *entry = IntegrationCatalog::find(integrationId);
    return entry ? entry->name : integrationId;
}

// Every field of the partner's employee record is present, so entries keep one shape whatever
// the mapping leaves out.
QJsonObject entryOf(const QString &integrationId, const QJsonObject &application,
                    const QJsonObject &applied, const QJsonArray &errors)
{
    const QJsonObject record = applied.value(u"record"_s).toObject();
    QJsonObject entry{{u"id"_s, Records::newId()}};
    if (const auto target = TargetSchemas::find(integrationId, employee))
        for (const TargetField &field : target->fields)
            entry.insert(field.id, orNull(record.value(field.id)));
    const QJsonValue candidateId =
        applied.value(u"candidateId"_s).isString()
            ? applied.value(u"candidateId"_s)
            : application.value(u"candidate"_s).toObject().value(u"id"_s);
    entry.insert(u"candidateId"_s, orNull(candidateId));
    entry.insert(u"applicationId"_s, orNull(application.value(u"id"_s)));
    entry.insert(u"receivedAt"_s, Records::isoTime(QDateTime::currentMSecsSinceEpoch()));
    entry.insert(u"errors"_s, errors);
    return entry;
}

} // namespace

QJsonObject receivedRecord(const QJsonObject &entry, const QStringList &nameFields,
                           const QString &startDateField, const QString &detailField)
{
    QStringList name;
    for (const QString &field : nameFields)
        if (const QString part = entry.value(field).toString().trimmed(); !part.isEmpty())
            name << part;
    return {{u"name"_s, name.join(u' ')},
            {u"jobTitle"_s, entry.value(u"jobTitle"_s).toString()},
            {u"startDate"_s, entry.value(startDateField).toString()},
            {u"detail"_s, detailField.isEmpty() ? QString() : entry.value(detailField).toString()},
            {u"receivedAt"_s, entry.value(u"receivedAt"_s).toString()},
            {u"errorCount"_s, entry.value(u"errors"_s).toArray().size()}};
}

void fetchMappedRecord(PartnerEnvironment &environment, QObject *context, const QString &apiKey,
                       const QString &integrationId, const QJsonObject &application,
                       std::function<void(const QJsonObject &)> done)
{
    const QJsonObject body{{u"integrationId"_s, integrationId},
                           {u"target"_s, employee},
                           {u"applicationId"_s, application.value(u"id"_s)}};
    environment.http.callAts(apiKey, u"fieldMapping.apply"_s, body, context,
                             [integrationId, application, done](const PartnerReply &reply) {
        if (reply.isSuccess()) {
            const QJsonObject applied = reply.json().value(u"results"_s).toObject();
            done(entryOf(integrationId, application, applied,
                         applied.value(u"errors"_s).toArray()));
            return;
        }
        const QString error =
            u"%1 could not get the mapped employee record from Ashby (fieldMapping.apply: %2). "
            "Check the Ashby API key %1 holds and the field mapping."_s.arg(
                partnerName(integrationId), reply.errorMessage());
        done(entryOf(integrationId, application, {},
                     {QJsonObject{{u"targetField"_s, QJsonValue::Null}, {u"error"_s, error}}}));
    });
}

} // namespace Tessera::Sandbox
