#include "IntegrationCapabilities.h"

#include "JsonReader.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

std::variant<IntegrationCapabilities, DecodeError>
IntegrationCapabilities::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"capabilities"_s);
    IntegrationCapabilities capabilities;
    for (const QJsonValue value : reader.optionalArray(u"mappingTargets"_s)) {
        JsonReader target(value.toObject(), u"capabilities.mappingTargets"_s);
        MappingTargetInfo info{target.requiredString(u"target"_s),
                               target.optionalString(u"label"_s),
                               target.optionalString(u"templateId"_s)};
        if (!target.ok())
            return *target.error();
        if (info.label.isEmpty())
            info.label = info.target;
        capabilities.mappingTargets << info;
    }
    capabilities.externalWorkflows = reader.optionalBool(u"externalWorkflows"_s);
    capabilities.activityKinds = reader.optionalStrings(u"activityKinds"_s);
    capabilities.receivedRecords = reader.optionalString(u"receivedRecords"_s);
    capabilities.partnerConsoleSteps = reader.optionalStrings(u"partnerConsoleSteps"_s);
    if (!reader.ok())
        return *reader.error();
    return capabilities;
}

} // namespace Tessera
