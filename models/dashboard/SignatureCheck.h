#pragma once

#include <QByteArray>
#include <QString>

namespace Tessera {

// The local check of a delivery's Ashby-Signature header ("sha256=<hex>", docs/API.md §3.9):
// HMAC-SHA256 of the raw body bytes keyed with the webhook's secret, compared in constant time.
class SignatureCheck final
{
public:
    static QByteArray expectedHeader(const QByteArray &body, const QByteArray &secret);
    // False also for a header that is not of the form "sha256=<64 hex digits>".
    static bool matches(const QByteArray &body, const QByteArray &secret, const QString &header);
    // Compares all of both, however early they differ.
    static bool equalConstantTime(const QByteArray &a, const QByteArray &b);
};

} // namespace Tessera
