#include "FieldLimits.h"

#include "ApiFailure.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

int FieldLimits::maxLength(const QString &field)
{
    static const QHash<QString, int> limits{
        {u"name"_s, nameLength},
        {u"title"_s, nameLength},
        {u"firstName"_s, nameLength},
        {u"lastName"_s, nameLength},
        {u"email"_s, emailLength},
        {u"alternateEmail"_s, emailLength},
        {u"alternateEmailAddresses"_s, emailLength},
        {u"phoneNumber"_s, nameLength},
        {u"linkedInUrl"_s, urlLength},
        {u"githubUrl"_s, urlLength},
        {u"website"_s, urlLength},
        {u"websiteUrl"_s, urlLength},
        {u"url"_s, urlLength},
        {u"requestUrl"_s, urlLength},
        {u"baseUrl"_s, urlLength},
        {u"note"_s, noteLength},
    };
    return limits.value(field, otherLength);
}

void FieldLimits::check(const QString &field, const QString &value)
{
    const int limit = maxLength(field);
    if (value.size() > limit)
        throw ApiFailure::invalidInput(
            u"Field \"%1\" is %2 characters long; at most %3 are allowed."_s.arg(
                field, QString::number(value.size()), QString::number(limit)));
}

} // namespace Tessera::Sandbox
