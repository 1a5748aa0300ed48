#include "Webhook.h"

#include "JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

std::variant<Webhook, DecodeError> Webhook::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"webhook"_s);
    Webhook webhook;
    webhook.id = reader.requiredString(u"id"_s);
    webhook.webhookType = reader.optionalString(u"webhookType"_s);
    webhook.requestUrl = reader.optionalString(u"requestUrl"_s);
    webhook.enabled = reader.optionalBool(u"enabled"_s);
    webhook.lastError = reader.optionalString(u"lastError"_s);
    if (!reader.ok())
        return *reader.error();
    return webhook;
}

} // namespace Tessera
