#include "Organization.h"

#include "JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

std::variant<Organization, DecodeError> Organization::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"organization"_s);
    Organization organization;
    organization.id = reader.requiredString(u"id"_s);
    organization.name = reader.requiredString(u"name"_s);
    organization.plan = reader.optionalString(u"plan"_s);
    organization.isSandbox = reader.optionalBool(u"isSandbox"_s);
    JsonReader partnerConsole(reader.optionalObject(u"partnerConsole"_s),
                              u"organization.partnerConsole"_s);
    organization.hasPartnerConsole = partnerConsole.optionalBool(u"available"_s);
    JsonReader counts(reader.optionalObject(u"counts"_s), u"organization.counts"_s);
    if (const auto candidates = counts.optionalNumber(u"candidates"_s))
        organization.candidateCount = qint64(*candidates);
    if (!counts.ok())
        return *counts.error();
    if (!reader.ok())
        return *reader.error();
    return organization;
}

} // namespace Tessera
