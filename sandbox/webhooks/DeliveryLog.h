#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace Tessera::Sandbox {

class Store;

// The delivery log's indexed columns (Migrations version 9) and the queries of the status
// dashboard over them: list filters, webhookDelivery.stats. Failure reasons are named here.
namespace DeliveryLog {

inline constexpr auto delivered = "delivered";
inline constexpr auto failed = "failed";
inline constexpr auto pending = "pending"; // failed, and a retry is scheduled

// Failure reasons (the "reason" column and webhookDelivery.stats failureReasons).
namespace Reason {
inline constexpr auto http3xx = "http_3xx";
inline constexpr auto http4xx = "http_4xx";
inline constexpr auto http5xx = "http_5xx";
inline constexpr auto timeout = "timeout";
inline constexpr auto connectionRefused = "connection_refused";
inline constexpr auto connectionFailed = "connection_failed";
QStringList all();
} // namespace Reason

// The integration whose stand-in URL (…/partners/<id>/…) a webhook calls; empty for others.
QString integrationOfUrl(const QString &url);

// A webhookDelivery.list filter as SQL over the columns (throws ApiFailure on bad input).
struct Filter
{
    QString where; // empty: every row
    QVariantList binds;
    bool unsent = false; // status failed or pending: `where` runs on unsentIndex
    // The same filter's values, for counting it without SQL (DeliveryIndex::count).
    std::optional<QString> status, reason, webhookId, integrationId, event, text;
    std::optional<qint64> fromMs, toMs;
};
Filter parseFilter(const QJsonObject &fields);

// The partial index over failed and pending attempts (Migrations version 13) and its
// predicate, which a query must contain word for word for SQLite to use the index.
inline constexpr auto unsentIndex = "webhook_deliveries_unsent";
inline constexpr auto unsentIndexPredicate = "status <> 'delivered'";

// Field readers that throw ApiFailure(invalid_input) with the field's name.
qint64 requiredTime(const QJsonObject &fields, const QString &name); // ISO 8601
std::optional<QString> optionalText(const QJsonObject &fields, const QString &name);

// Marks a logged attempt whose retry will not come (or was logged) as failed.
void settlePending(Store &store, const QString &deliveryId);

} // namespace DeliveryLog
} // namespace Tessera::Sandbox
