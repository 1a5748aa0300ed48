#include "StageGroup.h"

#include "JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

std::variant<StageGroup, DecodeError> StageGroup::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"interviewStageGroup"_s);
    StageGroup value;
    value.id = reader.requiredString(u"id"_s);
    value.title = reader.requiredString(u"title"_s);
    value.stageType = reader.optionalString(u"stageType"_s);
    value.order = reader.optionalInt(u"order"_s);
    if (!reader.ok())
        return *reader.error();
    return value;
}

} // namespace Tessera
