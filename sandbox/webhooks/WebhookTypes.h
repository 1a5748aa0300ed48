#pragma once

#include <QString>
#include <QStringList>

namespace Tessera::Sandbox::WebhookTypes {

// Every `webhookType` webhook.create accepts: Ashby's enum plus the further documented payloads
// (ashby-api-reference.md §6.2). "ping" is sent by the sandbox, never subscribed to.
const QStringList &all();

// An absolute http or https URL with a host.
bool isHttpUrl(const QString &url);

} // namespace Tessera::Sandbox::WebhookTypes
