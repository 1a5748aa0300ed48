#pragma once

#include "DecodeError.h"

#include <QJsonObject>
#include <QString>

#include <variant>

namespace Tessera {

// A webhook as webhook.info and webhook.list show it: never with its secret.
struct Webhook
{
    QString id;
    QString webhookType;
    QString requestUrl;
    bool enabled = false;
    QString lastError; // why the last ping disabled it

    static std::variant<Webhook, DecodeError> fromJson(const QJsonObject &object);
};

} // namespace Tessera
