#include "Offer.h"

#include "JsonReader.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

std::variant<Offer, DecodeError> Offer::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"offer"_s);
    Offer offer;
    offer.id = reader.requiredString(u"id"_s);
    offer.applicationId = reader.optionalString(u"applicationId"_s);
    offer.acceptanceStatus = reader.optionalString(u"acceptanceStatus"_s);
    offer.offerStatus = reader.optionalString(u"offerStatus"_s);
    JsonReader version(reader.optionalObject(u"latestVersion"_s), u"offer.latestVersion"_s);
    offer.approvalStatus = version.optionalString(u"approvalStatus"_s);
    offer.latestVersionId = version.optionalString(u"id"_s);
    offer.startDate = QDateTime::fromString(version.optionalString(u"startDate"_s), Qt::ISODateWithMs)
                          .toUTC()
                          .date();
    JsonReader salary(version.optionalObject(u"salary"_s), u"offer.latestVersion.salary"_s);
    offer.salary = salary.optionalNumber(u"value"_s);
    offer.currency = salary.optionalString(u"currencyCode"_s);
    for (const JsonReader *part : {&reader, &version, &salary})
        if (!part->ok())
            return *part->error();
    return offer;
}

} // namespace Tessera
