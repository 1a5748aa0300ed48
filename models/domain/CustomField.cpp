#include "CustomField.h"

#include "JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

std::variant<CustomField, DecodeError> CustomField::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"customField"_s);
    CustomField value;
    value.id = reader.requiredString(u"id"_s);
    value.title = reader.requiredString(u"title"_s);
    value.objectType = reader.optionalString(u"objectType"_s);
    value.fieldType = reader.optionalString(u"fieldType"_s);
    value.isArchived = reader.optionalBool(u"isArchived"_s);
    if (!reader.ok())
        return *reader.error();
    return value;
}

} // namespace Tessera
