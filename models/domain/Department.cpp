#include "Department.h"

#include "JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

std::variant<Department, DecodeError> Department::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"department"_s);
    Department value;
    value.id = reader.requiredString(u"id"_s);
    value.name = reader.requiredString(u"name"_s);
    value.parentId = reader.optionalString(u"parentId"_s);
    value.isArchived = reader.optionalBool(u"isArchived"_s);
    if (!reader.ok())
        return *reader.error();
    return value;
}

} // namespace Tessera
