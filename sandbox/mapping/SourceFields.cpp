#include "SourceFields.h"

#include "MappingSubject.h"
#include "MappingValue.h"
#include "sandbox/store/Store.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

QString socialLink(const QJsonObject &candidate, const QString &type)
{
    for (const QJsonValue link : candidate.value(u"socialLinks"_s).toArray())
        if (link.toObject().value(u"type"_s).toString() == type)
            return link.toObject().value(u"url"_s).toString();
    return {};
}

QString locationPart(const QJsonObject &candidate, const QString &type)
{
    const QJsonObject location = candidate.value(u"location"_s).toObject();
    for (const QJsonValue part : location.value(u"locationComponents"_s).toArray())
        if (part.toObject().value(u"type"_s).toString() == type)
            return part.toObject().value(u"name"_s).toString();
    return {};
}

QString hiringTeamEmail(const QJsonObject &job, const QString &role)
{
    for (const QJsonValue member : job.value(u"hiringTeam"_s).toArray())
        if (member.toObject().value(u"role"_s).toString() == role)
            return member.toObject().value(u"email"_s).toString();
    return {};
}

QString dateOnly(const QString &isoTime)
{
    return isoTime.left(10);
}

void builtInValues(const MappingSubject &subject, QHash<QString, QJsonValue> &values)
{
    const QJsonObject &c = subject.candidate;
    const QString name = c.value(u"name"_s).toString().simplified();
    const qsizetype space = name.indexOf(u' ');
    values.insert(u"candidate.id"_s, c.value(u"id"_s));
    values.insert(u"candidate.name"_s, name);
    values.insert(u"candidate.firstName"_s, space < 0 ? name : name.left(space));
    values.insert(u"candidate.lastName"_s, space < 0 ? QString() : name.mid(space + 1));
    values.insert(u"candidate.personalEmail"_s,
                  c.value(u"primaryEmailAddress"_s).toObject().value(u"value"_s));
    values.insert(u"candidate.personalPhone"_s,
                  c.value(u"primaryPhoneNumber"_s).toObject().value(u"value"_s));
    values.insert(u"candidate.linkedInUrl"_s, socialLink(c, u"LinkedIn"_s));
    values.insert(u"candidate.twitterUrl"_s, socialLink(c, u"Twitter"_s));
    values.insert(u"candidate.githubUrl"_s, socialLink(c, u"GitHub"_s));
    values.insert(u"candidate.locationCity"_s, locationPart(c, u"City"_s));
    values.insert(u"candidate.locationRegion"_s, locationPart(c, u"Region"_s));
    values.insert(u"candidate.locationCountry"_s, locationPart(c, u"Country"_s));
    values.insert(u"candidate.locationSummary"_s,
                  c.value(u"location"_s).toObject().value(u"locationSummary"_s));
    values.insert(u"candidate.timezone"_s, c.value(u"timezone"_s));
    values.insert(u"candidate.company"_s, c.value(u"company"_s));
    values.insert(u"candidate.position"_s, c.value(u"position"_s));
    values.insert(u"candidate.createdAt"_s, dateOnly(c.value(u"createdAt"_s).toString()));

    if (const auto &a = subject.application) {
        values.insert(u"application.id"_s, a->value(u"id"_s));
        values.insert(u"application.status"_s, a->value(u"status"_s));
        values.insert(u"application.source"_s, a->value(u"source"_s));
        values.insert(u"application.createdAt"_s, dateOnly(a->value(u"createdAt"_s).toString()));
    }
    if (subject.stage)
        values.insert(u"application.currentStage"_s, subject.stage->value(u"title"_s));
    if (const auto &job = subject.job) {
        values.insert(u"job.id"_s, job->value(u"id"_s));
        values.insert(u"job.title"_s, job->value(u"title"_s));
        values.insert(u"job.employmentType"_s, job->value(u"employmentType"_s));
        values.insert(u"job.status"_s, job->value(u"status"_s));
        values.insert(u"job.hiringManagerEmail"_s, hiringTeamEmail(*job, u"Hiring Manager"_s));
        values.insert(u"job.recruiterEmail"_s, hiringTeamEmail(*job, u"Recruiter"_s));
    }
    if (subject.department)
        values.insert(u"job.department"_s, subject.department->value(u"name"_s));
    if (const auto &offer = subject.offer) {
        const QJsonObject salary = offer->value(u"salary"_s).toObject();
        values.insert(u"offer.startDate"_s, dateOnly(offer->value(u"startDate"_s).toString()));
        values.insert(u"offer.salary"_s, salary);
        values.insert(u"offer.salary.value"_s, salary.value(u"value"_s));
        values.insert(u"offer.salary.currencyCode"_s, salary.value(u"currencyCode"_s));
        values.insert(u"offer.status"_s, offer->value(u"offerStatus"_s));
    }
}

// The record a field of `objectType` lives on, or the reason it is absent.
const QJsonObject *holder(const MappingSubject &subject, const QString &objectType,
                          QString *absence)
{
    if (objectType == u"candidate"_s)
        return &subject.candidate;
    if (objectType == u"offer"_s) {
        *absence = subject.noOffer;
        return subject.offer ? &*subject.offer : nullptr;
    }
    *absence = subject.noApplication;
    if (objectType == u"job"_s)
        return subject.job ? &*subject.job : nullptr;
    return subject.application ? &*subject.application : nullptr;
}

QJsonValue customValue(const QJsonObject &record, const QString &customFieldId)
{
    for (const QJsonValue entry : record.value(u"customFields"_s).toArray())
        if (entry.toObject().value(u"id"_s).toString() == customFieldId)
            return entry.toObject().value(u"value"_s);
    return QJsonValue::Null;
}

} // namespace

const QList<SourceField> &SourceFields::builtIn()
{
    static const QList<SourceField> fields{
        {u"candidate.id"_s, u"Candidate id"_s, u"String"_s, u"candidate"_s},
        {u"candidate.name"_s, u"Name"_s, u"String"_s, u"candidate"_s},
        {u"candidate.firstName"_s, u"First name (first word of the name)"_s, u"String"_s, u"candidate"_s},
        {u"candidate.lastName"_s, u"Last name (the rest of the name)"_s, u"String"_s, u"candidate"_s},
        {u"candidate.personalEmail"_s, u"Personal email"_s, u"Email"_s, u"candidate"_s},
        {u"candidate.personalPhone"_s, u"Phone"_s, u"Phone"_s, u"candidate"_s},
        {u"candidate.linkedInUrl"_s, u"LinkedIn"_s, u"Url"_s, u"candidate"_s},
        {u"candidate.twitterUrl"_s, u"Twitter"_s, u"Url"_s, u"candidate"_s},
        {u"candidate.githubUrl"_s, u"GitHub"_s, u"Url"_s, u"candidate"_s},
        {u"candidate.locationCity"_s, u"City"_s, u"String"_s, u"candidate"_s},
        {u"candidate.locationRegion"_s, u"State / region"_s, u"String"_s, u"candidate"_s},
        {u"candidate.locationCountry"_s, u"Country"_s, u"String"_s, u"candidate"_s},
        {u"candidate.locationSummary"_s, u"Location"_s, u"String"_s, u"candidate"_s},
        {u"candidate.timezone"_s, u"Time zone"_s, u"String"_s, u"candidate"_s},
        {u"candidate.company"_s, u"Current company"_s, u"String"_s, u"candidate"_s},
        {u"candidate.position"_s, u"Current position"_s, u"String"_s, u"candidate"_s},
        {u"candidate.createdAt"_s, u"Candidate created"_s, u"Date"_s, u"candidate"_s},
        {u"application.id"_s, u"Application id"_s, u"String"_s, u"application"_s},
        {u"application.status"_s, u"Application status"_s, u"ValueSelect"_s, u"application"_s},
        {u"application.currentStage"_s, u"Current stage"_s, u"String"_s, u"application"_s},
        {u"application.source"_s, u"Source"_s, u"String"_s, u"application"_s},
        {u"application.createdAt"_s, u"Applied on"_s, u"Date"_s, u"application"_s},
        {u"job.id"_s, u"Job id"_s, u"String"_s, u"job"_s},
        {u"job.title"_s, u"Job title"_s, u"String"_s, u"job"_s},
        {u"job.department"_s, u"Department"_s, u"String"_s, u"job"_s},
        {u"job.employmentType"_s, u"Employment type"_s, u"ValueSelect"_s, u"job"_s},
        {u"job.status"_s, u"Job status"_s, u"ValueSelect"_s, u"job"_s},
        {u"job.hiringManagerEmail"_s, u"Hiring manager's email"_s, u"Email"_s, u"job"_s},
        {u"job.recruiterEmail"_s, u"Recruiter's email"_s, u"Email"_s, u"job"_s},
        {u"offer.startDate"_s, u"Offer start date"_s, u"Date"_s, u"offer"_s},
        {u"offer.salary"_s, u"Offer compensation"_s, u"Currency"_s, u"offer"_s},
        {u"offer.salary.value"_s, u"Offer compensation amount"_s, u"Number"_s, u"offer"_s},
        {u"offer.salary.currencyCode"_s, u"Offer currency"_s, u"String"_s, u"offer"_s},
        {u"offer.status"_s, u"Offer status"_s, u"ValueSelect"_s, u"offer"_s},
    };
    return fields;
}

QList<SourceField> SourceFields::catalog(const Store &store)
{
    QList<SourceField> fields = builtIn();
    for (const StoredDocument &row : store.customFields.select({}, {}, u"rid"_s)) {
        const QJsonObject &doc = row.doc;
        fields << SourceField{customFieldId(doc.value(u"id"_s).toString()),
                              doc.value(u"title"_s).toString(),
                              doc.value(u"fieldType"_s).toString(),
                              doc.value(u"objectType"_s).toString().toLower(), true,
                              doc.value(u"isArchived"_s).toBool()};
    }
    return fields;
}

const SourceField *SourceFields::find(const QList<SourceField> &catalog, const QString &id)
{
    for (const SourceField &field : catalog)
        if (field.id == id)
            return &field;
    return nullptr;
}

SourceValues SourceFields::resolve(const MappingSubject &subject,
                                   const QList<SourceField> &catalog)
{
    QHash<QString, QJsonValue> builtIns;
    builtInValues(subject, builtIns);
    SourceValues sources;
    for (const SourceField &field : catalog) {
        sources.labels.insert(field.id, field.label);
        QString absence;
        const QJsonObject *record = holder(subject, field.objectType, &absence);
        if (!record) {
            sources.values.insert(field.id, QJsonValue::Null);
            sources.emptyReasons.insert(field.id,
                                        u"%1 is empty: %2."_s.arg(field.label, absence));
            continue;
        }
        if (!field.custom) {
            sources.values.insert(field.id, builtIns.value(field.id, QJsonValue::Null));
            continue;
        }
        const QString customId = field.id.mid(field.id.indexOf(u'.') + 1);
        const QJsonValue value = field.archived ? QJsonValue(QJsonValue::Null)
                                                : customValue(*record, customId);
        sources.values.insert(field.id, value);
        if (field.archived)
            sources.emptyReasons.insert(
                field.id, u"Custom field \u201C%1\u201D is archived."_s.arg(field.label));
        else if (MappingValue::isEmpty(value))
            sources.emptyReasons.insert(
                field.id, u"Custom field \u201C%1\u201D has no value for this %2."_s.arg(
                              field.label, field.objectType));
    }
    return sources;
}

} // namespace Tessera::Sandbox
