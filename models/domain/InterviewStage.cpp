#include "InterviewStage.h"

#include "JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

std::variant<InterviewStage, DecodeError> InterviewStage::fromJson(const QJsonObject &object,
                                                                  const QString &path)
{
    JsonReader reader(object, path.isEmpty() ? u"interviewStage"_s : path);
    InterviewStage stage;
    stage.id = reader.requiredString(u"id"_s);
    stage.title = reader.requiredString(u"title"_s);
    stage.type = reader.optionalString(u"type"_s);
    stage.order = reader.optionalInt(u"orderInInterviewPlan"_s);
    stage.interviewPlanId = reader.optionalString(u"interviewPlanId"_s);
    stage.groupId = reader.optionalString(u"interviewStageGroupId"_s);
    if (!reader.ok())
        return *reader.error();
    return stage;
}

} // namespace Tessera
