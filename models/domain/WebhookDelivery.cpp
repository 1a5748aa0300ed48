#include "WebhookDelivery.h"

#include "JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

std::variant<WebhookDelivery, DecodeError> WebhookDelivery::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"webhookDelivery"_s);
    WebhookDelivery delivery;
    delivery.id = reader.requiredString(u"id"_s);
    delivery.webhookId = reader.optionalString(u"webhookId"_s);
    delivery.webhookActionId = reader.optionalString(u"webhookActionId"_s);
    delivery.action = reader.optionalString(u"action"_s);
    delivery.attempt = reader.optionalInt(u"attempt"_s, 1);
    delivery.time = QDateTime::fromString(reader.optionalString(u"time"_s), Qt::ISODateWithMs);
    delivery.requestUrl = reader.optionalString(u"requestUrl"_s);
    delivery.statusCode = reader.optionalInt(u"statusCode"_s);
    delivery.latencyMs = qint64(reader.optionalNumber(u"latencyMs"_s).value_or(-1));
    delivery.responseSnippet = reader.optionalString(u"responseSnippet"_s);
    delivery.success = reader.optionalBool(u"success"_s);
    delivery.error = reader.optionalString(u"error"_s);
    delivery.status = reader.optionalString(u"status"_s);
    delivery.reason = reader.optionalString(u"reason"_s);
    delivery.integrationId = reader.optionalString(u"integrationId"_s);
    if (!reader.ok())
        return *reader.error();
    return delivery;
}

} // namespace Tessera
