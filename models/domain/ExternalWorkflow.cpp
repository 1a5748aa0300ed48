#include "ExternalWorkflow.h"

#include "JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

std::variant<ExternalWorkflow, DecodeError> ExternalWorkflow::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"external workflow"_s);
    ExternalWorkflow workflow;
    workflow.id = reader.requiredString(u"id"_s);
    workflow.integrationId = reader.requiredString(u"integrationId"_s);
    workflow.title = reader.requiredString(u"title"_s);
    workflow.entryPoint = reader.requiredString(u"entryPoint"_s);
    workflow.templateId = reader.requiredString(u"templateId"_s);
    workflow.templateTitle = reader.optionalString(u"templateTitle"_s);
    workflow.target = reader.requiredString(u"target"_s);
    workflow.version = reader.optionalInt(u"version"_s);
    workflow.updatedAt =
        QDateTime::fromString(reader.optionalString(u"updatedAt"_s), Qt::ISODateWithMs);
    if (!reader.ok())
        return *reader.error();
    return workflow;
}

} // namespace Tessera
