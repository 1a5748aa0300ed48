#pragma once

#include <QByteArray>

namespace Tessera::Sandbox {

// The Ashby-Signature header value for a delivery: "sha256=" and the lowercase hex
// HMAC-SHA256 of the raw body bytes keyed with the webhook's secret token.
QByteArray webhookSignature(const QByteArray &secretToken, const QByteArray &body);

} // namespace Tessera::Sandbox
