#include "Integration.h"

#include "JsonReader.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

Integration::State Integration::stateFromString(const QString &state)
{
    if (state == u"enabled")
        return State::Enabled;
    if (state == u"needs_attention")
        return State::NeedsAttention;
    if (state == u"not_in_plan")
        return State::NotInPlan;
    return State::Available;
}

std::variant<Integration, DecodeError> Integration::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"integration"_s);
    Integration integration;
    integration.id = reader.requiredString(u"id"_s);
    integration.name = reader.requiredString(u"name"_s);
    integration.category = reader.optionalString(u"category"_s);
    integration.description = reader.optionalString(u"description"_s);
    integration.availableInPlans = reader.optionalStrings(u"availableInPlans"_s);
    integration.scopes = reader.optionalStrings(u"scopes"_s);
    integration.setupKind = reader.optionalString(u"setupKind"_s);
    integration.setupSteps = reader.optionalStrings(u"setupSteps"_s);
    integration.state = stateFromString(reader.requiredString(u"state"_s));
    integration.stateReason = reader.optionalString(u"stateReason"_s);
    integration.settings = reader.optionalObject(u"settings"_s);
    integration.credentialNames = reader.optionalStrings(u"credentialNames"_s);
    integration.usesApiKeyIds = reader.optionalStrings(u"usesApiKeyIds"_s);
    integration.version = reader.optionalInt(u"version"_s);
    if (!reader.ok())
        return *reader.error();
    auto capabilities = IntegrationCapabilities::fromJson(reader.optionalObject(u"capabilities"_s));
    if (auto *problem = std::get_if<DecodeError>(&capabilities))
        return *problem;
    integration.capabilities = std::get<IntegrationCapabilities>(std::move(capabilities));
    return integration;
}

} // namespace Tessera
