#include "JuroTemplates.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

QJsonObject JuroTemplate::toJson() const
{
    QJsonArray shown;
    for (const TargetField &field : fields) {
        QJsonObject json{{u"uid"_s, field.id},
                         {u"title"_s, field.label},
                         {u"type"_s, field.type},
                         {u"isRequired"_s, field.required},
                         {u"isHidden"_s, field.hidden}};
        if (!field.selectableValues.isEmpty())
            json.insert(u"selectableValues"_s, QJsonArray::fromStringList(field.selectableValues));
        shown << json;
    }
    return {{u"id"_s, id}, {u"name"_s, name}, {u"fields"_s, shown}};
}

const QList<JuroTemplate> &JuroTemplates::list()
{
    static const QStringList currencies{u"USD"_s, u"EUR"_s, u"CAD"_s, u"GBP"_s};
    static const QStringList states{u"California"_s, u"Delaware"_s, u"New York"_s,
                                    u"Texas"_s, u"Washington"_s};
    static const QList<JuroTemplate> all{
        {u"employment-contract"_s, u"Employment contract"_s,
         {{u"employeeName"_s, u"Employee name"_s, u"String"_s, true},
          {u"employeeEmail"_s, u"Employee email"_s, u"Email"_s, true},
          {u"jobTitle"_s, u"Job title"_s, u"String"_s, true},
          {u"department"_s, u"Department"_s, u"String"_s},
          {u"startDate"_s, u"Start date"_s, u"Date"_s, true},
          {u"annualSalary"_s, u"Annual salary"_s, u"Number"_s, true},
          {u"salaryCurrency"_s, u"Salary currency"_s, u"ValueSelect"_s, true, false, currencies},
          {u"employmentType"_s, u"Employment type"_s, u"ValueSelect"_s, false, false,
           {u"FullTime"_s, u"PartTime"_s, u"Temporary"_s}},
          {u"atsApplicationId"_s, u"Ashby application id"_s, u"String"_s, false, true}}},
        {u"contractor-agreement"_s, u"Contractor agreement"_s,
         {{u"contractorName"_s, u"Contractor name"_s, u"String"_s, true},
          {u"contractorEmail"_s, u"Contractor email"_s, u"Email"_s, true},
          {u"serviceDescription"_s, u"Services"_s, u"String"_s, true},
          {u"startDate"_s, u"Start date"_s, u"Date"_s, true},
          {u"fee"_s, u"Fee"_s, u"String"_s},
          {u"governingState"_s, u"Governing law"_s, u"ValueSelect"_s, false, false, states}}},
        {u"nda"_s, u"Mutual NDA"_s,
         {{u"counterpartyName"_s, u"Counterparty name"_s, u"String"_s, true},
          {u"counterpartyEmail"_s, u"Counterparty email"_s, u"Email"_s, true},
          {u"effectiveDate"_s, u"Effective date"_s, u"Date"_s, true},
          {u"governingState"_s, u"Governing law"_s, u"ValueSelect"_s, true, false, states}}},
    };
    return all;
}

const JuroTemplate *JuroTemplates::find(const QString &id)
{
    for (const JuroTemplate &entry : list())
        if (entry.id == id)
            return &entry;
    return nullptr;
}

} // namespace Tessera::Sandbox
