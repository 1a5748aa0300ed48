#include "Candidate.h"

#include "JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

std::variant<Candidate, DecodeError> Candidate::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"candidate"_s);
    Candidate candidate;
    candidate.id = reader.requiredString(u"id"_s);
    candidate.name = reader.requiredString(u"name"_s);
    JsonReader email(reader.optionalObject(u"primaryEmailAddress"_s), u"candidate.primaryEmailAddress"_s);
    candidate.email = email.optionalString(u"value"_s);
    JsonReader phone(reader.optionalObject(u"primaryPhoneNumber"_s), u"candidate.primaryPhoneNumber"_s);
    candidate.phone = phone.optionalString(u"value"_s);
    for (const QJsonValue link : reader.optionalArray(u"socialLinks"_s)) {
        JsonReader linkReader(link.toObject(), u"candidate.socialLinks"_s);
        candidate.socialLinks.append({linkReader.optionalString(u"type"_s),
                                      linkReader.optionalString(u"url"_s)});
        if (!linkReader.ok())
            return *linkReader.error();
    }
    for (const QJsonValue id : reader.optionalArray(u"applicationIds"_s)) {
        if (!id.isString())
            return DecodeError{u"candidate.applicationIds"_s, u"expected strings"_s};
        candidate.applicationIds << id.toString();
    }
    JsonReader location(reader.optionalObject(u"location"_s), u"candidate.location"_s);
    candidate.location = location.optionalString(u"locationSummary"_s);
    for (const QJsonValue component : location.optionalArray(u"locationComponents"_s)) {
        const QJsonObject part = component.toObject();
        if (part.value(u"type"_s).toString() == u"Region"_s)
            candidate.region = part.value(u"name"_s).toString();
    }
    candidate.position = reader.optionalString(u"position"_s);
    candidate.company = reader.optionalString(u"company"_s);
    candidate.createdAt = QDateTime::fromString(reader.optionalString(u"createdAt"_s), Qt::ISODateWithMs);
    candidate.updatedAt = QDateTime::fromString(reader.optionalString(u"updatedAt"_s), Qt::ISODateWithMs);
    for (const JsonReader *part : {&reader, &email, &phone, &location})
        if (!part->ok())
            return *part->error();
    return candidate;
}

} // namespace Tessera
