#include "PlanAutomation.h"

#include "models/domain/JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

std::variant<PlanAutomation, DecodeError> PlanAutomation::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"interview plan automation"_s);
    PlanAutomation automation;
    automation.integrationId = reader.requiredString(u"integrationId"_s);
    automation.interviewStageId = reader.requiredString(u"interviewStageId"_s);
    automation.jobId = reader.optionalString(u"jobId"_s);
    automation.kind = reader.optionalString(u"kind"_s);
    automation.title = reader.requiredString(u"title"_s);
    automation.detail = reader.optionalString(u"detail"_s);
    automation.active = reader.optionalString(u"state"_s) != u"inactive"_s;
    if (!reader.ok())
        return *reader.error();
    return automation;
}

} // namespace Tessera
