#include "TargetSchemas.h"

#include "JuroTemplates.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

const QString workflowPrefix = u"workflow:"_s;

MappingRow row(const QString &target, const QString &source, const QJsonArray &transforms = {})
{
    return MappingRow{target, source, transforms, false, false};
}

QJsonObject splitName(const QString &part)
{
    return {{u"type"_s, u"splitName"_s}, {u"part"_s, part}};
}

const QJsonObject isoDate{{u"type"_s, u"dateFormat"_s}, {u"format"_s, u"yyyy-MM-dd"_s}};

// The Humaans guide's default mapping: the name split in three, contact details, the job and
// the accepted offer.
MappingTarget humaansEmployee()
{
    return {u"employee"_s, u"Employee"_s,
            {{u"firstName"_s, u"First name"_s, u"String"_s, true},
             {u"middleName"_s, u"Middle name"_s, u"String"_s},
             {u"lastName"_s, u"Last name"_s, u"String"_s, true},
             {u"personalEmail"_s, u"Personal email"_s, u"Email"_s, true},
             {u"personalPhone"_s, u"Personal phone"_s, u"Phone"_s},
             {u"jobTitle"_s, u"Job title"_s, u"String"_s, true},
             {u"department"_s, u"Department"_s, u"String"_s},
             {u"linkedIn"_s, u"LinkedIn"_s, u"Url"_s},
             {u"twitter"_s, u"Twitter"_s, u"Url"_s},
             {u"employmentStartDate"_s, u"Employment start date"_s, u"Date"_s},
             {u"salaryAmount"_s, u"Salary amount"_s, u"Number"_s},
             {u"salaryCurrency"_s, u"Salary currency"_s, u"String"_s}},
            {row(u"firstName"_s, u"candidate.name"_s, {splitName(u"first"_s)}),
             row(u"middleName"_s, u"candidate.name"_s, {splitName(u"middle"_s)}),
             row(u"lastName"_s, u"candidate.name"_s, {splitName(u"last"_s)}),
             row(u"personalEmail"_s, u"candidate.personalEmail"_s),
             row(u"personalPhone"_s, u"candidate.personalPhone"_s),
             row(u"jobTitle"_s, u"job.title"_s),
             row(u"department"_s, u"job.department"_s),
             row(u"linkedIn"_s, u"candidate.linkedInUrl"_s),
             row(u"twitter"_s, u"candidate.twitterUrl"_s),
             row(u"employmentStartDate"_s, u"offer.startDate"_s, {isoDate}),
             row(u"salaryAmount"_s, u"offer.salary.value"_s),
             row(u"salaryCurrency"_s, u"offer.salary.currencyCode"_s)}};
}

// Sora's default is minimal: what every onboarding needs. workState (a full state name) is left
// to the admin, who maps candidate.locationRegion through a valueMap.
MappingTarget soraEmployee()
{
    return {u"employee"_s, u"Employee"_s,
            {{u"firstName"_s, u"First name"_s, u"String"_s, true},
             {u"lastName"_s, u"Last name"_s, u"String"_s, true},
             {u"preferredName"_s, u"Preferred name"_s, u"String"_s},
             {u"personalEmail"_s, u"Personal email"_s, u"Email"_s, true},
             {u"personalPhone"_s, u"Personal phone"_s, u"Phone"_s},
             {u"jobTitle"_s, u"Job title"_s, u"String"_s, true},
             {u"department"_s, u"Department"_s, u"String"_s},
             {u"startDate"_s, u"Start date"_s, u"Date"_s, true},
             {u"workState"_s, u"Work state"_s, u"String"_s},
             {u"workCity"_s, u"Work city"_s, u"String"_s},
             {u"managerEmail"_s, u"Manager's email"_s, u"Email"_s},
             {u"employmentType"_s, u"Employment type"_s, u"ValueSelect"_s, false, false,
              {u"FullTime"_s, u"PartTime"_s, u"Intern"_s, u"Contract"_s, u"Temporary"_s}}},
            {row(u"firstName"_s, u"candidate.name"_s, {splitName(u"first"_s)}),
             row(u"lastName"_s, u"candidate.name"_s, {splitName(u"last"_s)}),
             row(u"personalEmail"_s, u"candidate.personalEmail"_s),
             row(u"jobTitle"_s, u"job.title"_s),
             row(u"startDate"_s, u"offer.startDate"_s, {isoDate})}};
}

} // namespace

const TargetField *MappingTarget::field(const QString &fieldId) const
{
    for (const TargetField &candidate : fields)
        if (candidate.id == fieldId)
            return &candidate;
    return nullptr;
}

QStringList TargetSchemas::targets(const QString &integrationId)
{
    if (integrationId == u"humaans"_s || integrationId == u"sora"_s)
        return {u"employee"_s};
    if (integrationId == u"juro"_s) {
        QStringList workflows;
        for (const JuroTemplate &entry : JuroTemplates::list())
            workflows << workflowPrefix + entry.id;
        return workflows;
    }
    return {};
}

std::optional<MappingTarget> TargetSchemas::find(const QString &integrationId,
                                                 const QString &target)
{
    if (integrationId == u"humaans"_s && target == u"employee"_s)
        return humaansEmployee();
    if (integrationId == u"sora"_s && target == u"employee"_s)
        return soraEmployee();
    if (integrationId == u"juro"_s && target.startsWith(workflowPrefix)) {
        if (const JuroTemplate *entry = JuroTemplates::find(target.mid(workflowPrefix.size())))
            return MappingTarget{target, entry->name, entry->fields, {}};
    }
    return std::nullopt;
}

} // namespace Tessera::Sandbox
