#include "DeliveryLog.h"

#include "sandbox/integrations/IntegrationCatalog.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/store/Store.h"

#include <QDateTime>
#include <QSqlQuery>

#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox::DeliveryLog {

qint64 requiredTime(const QJsonObject &fields, const QString &name)
{
    const QJsonValue value = fields.value(name);
    if (value.isUndefined() || value.isNull())
        throw ApiFailure::invalidInput(
            u"Missing required field \"%1\" (an ISO 8601 time, e.g. \"2026-12-01T00:00:00Z\")."_s
                .arg(name));
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!value.isString() || !time.isValid())
        throw ApiFailure::invalidInput(
            u"Field \"%1\" must be an ISO 8601 time, e.g. \"2026-12-01T00:00:00Z\"."_s.arg(name));
    return time.toMSecsSinceEpoch();
}

namespace {

std::optional<qint64> optionalTime(const QJsonObject &fields, const QString &name)
{
    if (!fields.contains(name) || fields.value(name).isNull())
        return std::nullopt;
    return requiredTime(fields, name);
}

} // namespace

std::optional<QString> optionalText(const QJsonObject &fields, const QString &name)
{
    const QJsonValue value = fields.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString() || value.toString().isEmpty())
        throw ApiFailure::invalidInput(u"Field \"%1\" must be a non-empty string."_s.arg(name));
    return value.toString();
}

QStringList Reason::all()
{
    return {QString::fromLatin1(http3xx),  QString::fromLatin1(http4xx),
            QString::fromLatin1(http5xx),  QString::fromLatin1(timeout),
            QString::fromLatin1(connectionRefused), QString::fromLatin1(connectionFailed)};
}

QString integrationOfUrl(const QString &url)
{
    static const QString marker = u"/partners/"_s;
    const qsizetype at = url.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype start = at + marker.size();
    const qsizetype end = url.indexOf(u'/', start);
    const QString id = url.mid(start, end < 0 ? -1 : end - start);
    return IntegrationCatalog::find(id) ? id : QString();
}

Filter parseFilter(const QJsonObject &fields)
{
    Filter filter;
    QStringList clauses;
    const auto status = filter.status = optionalText(fields, u"status"_s);
    if (status) {
        const QStringList statuses{QString::fromLatin1(delivered), QString::fromLatin1(failed),
                                   QString::fromLatin1(pending)};
        if (!statuses.contains(*status))
            throw ApiFailure::invalidInput(u"Field \"status\" must be one of %1."_s.arg(
                statuses.join(u", "_s)));
    }
    // Failed and pending attempts (a few percent of the log) are walked and counted on the
    // partial index of Migrations version 13, which holds every filtered column: its predicate
    // is spelled out so SQLite may use it, and "+" keeps the other columns' indexes out of it
    // (on those, a filter matching few unsent attempts reads the table row by row).
    filter.unsent = status && *status != QLatin1StringView(delivered);
    const QString column = filter.unsent ? u"+"_s : QString();
    const auto add = [&](const QString &clause, const QVariant &value) {
        clauses << clause;
        filter.binds << value;
    };
    if (status) {
        add(u"status = ?"_s, *status);
        if (filter.unsent)
            clauses << QString::fromLatin1(unsentIndexPredicate);
    }
    if (const auto reason = filter.reason = optionalText(fields, u"reason"_s)) {
        if (!Reason::all().contains(*reason))
            throw ApiFailure::invalidInput(u"Field \"reason\" must be one of %1."_s.arg(
                Reason::all().join(u", "_s)));
        add(column + u"reason = ?"_s, *reason);
    }
    if (const auto webhookId = filter.webhookId = optionalText(fields, u"webhookId"_s))
        add(column + u"webhook_id = ?"_s, *webhookId);
    if (const auto integrationId = filter.integrationId = optionalText(fields, u"integrationId"_s))
        add(column + u"integration_id = ?"_s, *integrationId);
    if (const auto event = filter.event = optionalText(fields, u"event"_s))
        add(column + u"action = ?"_s, *event);
    const auto from = filter.fromMs = optionalTime(fields, u"from"_s);
    const auto to = filter.toMs = optionalTime(fields, u"to"_s);
    if (from && to && *from >= *to)
        throw ApiFailure::invalidInput(u"Field \"from\" must be before \"to\"."_s);
    if (from)
        add(column + u"created_ms >= ?"_s, *from);
    if (to)
        add(column + u"created_ms < ?"_s, *to);
    if (const auto text = filter.text = optionalText(fields, u"text"_s))
        add(u"instr(response, ?) > 0"_s, *text);
    filter.where = clauses.join(u" AND "_s);
    return filter;
}

void settlePending(Store &store, const QString &deliveryId)
{
    QSqlQuery query(store.database.connection());
    // The document carries the status too (webhookDelivery.list rows show it).
    query.prepare(u"UPDATE webhook_deliveries SET status = ?, doc = json_set(doc, '$.status', ?) "
                  "WHERE id = ? AND status = ?"_s);
    query.addBindValue(QString::fromLatin1(failed));
    query.addBindValue(QString::fromLatin1(failed));
    query.addBindValue(deliveryId);
    query.addBindValue(QString::fromLatin1(pending));
    if (!query.exec())
        throw std::runtime_error("cannot settle a pending delivery");
}

} // namespace Tessera::Sandbox::DeliveryLog
