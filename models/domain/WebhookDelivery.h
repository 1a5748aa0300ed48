#pragma once

#include "DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <variant>

namespace Tessera {

// One attempt of the delivery log (webhookDelivery.list/info).
struct WebhookDelivery
{
    QString id;
    QString webhookId;
    QString webhookActionId;
    QString action;
    int attempt = 1;
    QDateTime time;
    QString requestUrl;
    int statusCode = 0; // 0: no HTTP answer
    qint64 latencyMs = -1;
    QString responseSnippet;
    bool success = false;
    QString error;
    QString status; // delivered, failed (no retry coming) or pending (a retry will come)
    QString reason; // failure reason code (FailureReasons), empty when delivered
    QString integrationId; // empty: the admin's own webhook

    static std::variant<WebhookDelivery, DecodeError> fromJson(const QJsonObject &object);
};

} // namespace Tessera
