#include "InterviewPlan.h"

#include "JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

std::variant<InterviewPlan, DecodeError> InterviewPlan::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"interviewPlan"_s);
    InterviewPlan value;
    value.id = reader.requiredString(u"id"_s);
    value.title = reader.requiredString(u"title"_s);
    value.isArchived = reader.optionalBool(u"isArchived"_s);
    if (!reader.ok())
        return *reader.error();
    return value;
}

} // namespace Tessera
