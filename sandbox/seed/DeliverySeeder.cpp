#include "DeliverySeeder.h"

#include "SeedRandom.h"
#include "sandbox/integrations/IntegrationCatalog.h"
#include "sandbox/store/Records.h"
#include "sandbox/store/Store.h"
#include "sandbox/webhooks/DeliveryLog.h"
#include "sandbox/webhooks/WebhookSignature.h"
#include "sandbox/webhooks/WebhookTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <cmath>
#include <cstring>
#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

constexpr qint64 dayMs = 24LL * 3600 * 1000;
constexpr int timeoutMs = 10'000;

struct SeededWebhook
{
    QString id;
    QString url;
    QString integrationId; // empty: the admin's own
    QByteArray secret;
    double failureShare;   // how often its receiver fails
};

QString seededId(SeedRandom &random)
{
    const auto word = [&random] { return quint32(random.bounded(1 << 16)); };
    return QUuid(word() << 16 | word(), ushort(word()), ushort((word() & 0x0fff) | 0x4000),
                 uchar(word()), uchar(word()), uchar(word()), uchar(word()), uchar(word()),
                 uchar(word()), uchar(word()), uchar(word()))
        .toString(QUuid::WithoutBraces);
}

sqlite3 *handleOf(Store &store)
{
    const QVariant handle = store.database.connection().driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        throw std::runtime_error("the store is not an SQLite connection");
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool hasDeliveries(sqlite3 *db)
{
    sqlite3_stmt *query = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM webhook_deliveries LIMIT 1", -1, &query, nullptr)
        != SQLITE_OK)
        throw std::runtime_error(std::string("SQL prepare failed: ") + sqlite3_errmsg(db));
    const bool any = sqlite3_step(query) == SQLITE_ROW;
    sqlite3_finalize(query);
    return any;
}

QList<SeededWebhook> seedWebhooks(Store &store, SeedRandom &random, const QUrl &baseUrl,
                                  qint64 nowMs)
{
    QList<SeededWebhook> hooks;
    const QString base = baseUrl.toString(QUrl::StripTrailingSlash);
    double share = 0.02;
    for (const IntegrationEntry &entry : IntegrationCatalog::all()) {
        hooks.append({seededId(random), u"%1/partners/%2/ashby-webhook"_s.arg(base, entry.id),
                      entry.id, seededId(random).toLatin1(), share});
        share += 0.03;
    }
    hooks.append({seededId(random), u"https://hooks.example.com/ashby"_s, QString(),
                  seededId(random).toLatin1(), 0.05});
    const QString now = Records::isoTime(nowMs);
    for (const SeededWebhook &hook : hooks) {
        const QJsonObject doc{
            {u"id"_s, hook.id},
            {u"webhookType"_s, u"candidateStageChange"_s},
            {u"requestUrl"_s, hook.url},
            {u"enabled"_s, false},
            {u"secretToken"_s, QString::fromLatin1(hook.secret)},
            {u"lastError"_s, u"Seeded with --deliveries: enable it to receive events."_s},
            {u"createdAt"_s, Records::isoTime(nowMs - 30 * dayMs)},
            {u"updatedAt"_s, now}};
        store.webhooks.insert(hook.id, nowMs - 30 * dayMs, doc,
                              {{u"webhook_type"_s, u"candidateStageChange"_s}, {u"enabled"_s, 0}});
    }
    return hooks;
}

QByteArray quoted(const QString &text)
{
    return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

} // namespace

qint64 DeliverySeeder::seed(qint64 count, const QUrl &baseUrl, qint64 nowMs)
{
    if (count <= 0 || hasDeliveries(handleOf(m_store)))
        return 0;
    SeedRandom random(14);
    m_store.database.setBulkLoading(true);
    const auto restore = qScopeGuard([this] { m_store.database.setBulkLoading(false); });
    m_store.database.transaction();
    const QList<SeededWebhook> hooks = seedWebhooks(m_store, random, baseUrl, nowMs);
    const QStringList &actions = WebhookTypes::all();

    sqlite3 *db = handleOf(m_store);
    // Building the indexes once after the load is several times faster than keeping them.
    QStringList indexes;
    {
        QSqlQuery query(m_store.database.connection());
        if (!query.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                        "tbl_name = 'webhook_deliveries' AND sql IS NOT NULL"_s))
            throw std::runtime_error("cannot read the delivery log's indexes");
        QStringList names;
        while (query.next()) {
            names << query.value(0).toString();
            indexes << query.value(1).toString();
        }
        for (const QString &name : names)
            if (!query.exec(u"DROP INDEX "_s + name))
                throw std::runtime_error("cannot drop a delivery log index: "
                                         + query.lastError().text().toStdString());
    }
    const char *sql = "INSERT INTO webhook_deliveries (id, seq, created_ms, doc, webhook_id, "
                      "action_id, status, reason, latency_ms, integration_id, action, response) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &insert, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string("SQL prepare failed: ") + sqlite3_errmsg(db));
    const auto finalize = qScopeGuard([insert] { sqlite3_finalize(insert); });

    const qint64 startMs = nowMs - 30 * dayMs;
    const double spacing = double(30 * dayMs) / double(count);
    for (qint64 i = 0; i < count; ++i) {
        const SeededWebhook &hook = hooks.at(random.bounded(int(hooks.size())));
        const qint64 timeMs = startMs + qint64(double(i) * spacing) + random.bounded(int(spacing) + 1);
        const QString id = seededId(random);
        const QString actionId = seededId(random);
        const QString &action = actions.at(random.bounded(int(actions.size())));

        int statusCode = 200;
        int latency = 0;
        const char *reason = nullptr;
        QByteArray error;
        QByteArray response = "{\"ok\":true}";
        if (random.chance(hook.failureShare)) {
            switch (random.weighted({35, 35, 20, 10})) {
            case 0:
                statusCode = random.pick(QList<int>{400, 401, 404, 409, 422});
                reason = DeliveryLog::Reason::http4xx;
                response = "{\"error\":\"rejected\"}";
                break;
            case 1:
                statusCode = random.pick(QList<int>{500, 502, 503, 504});
                reason = DeliveryLog::Reason::http5xx;
                response = "{\"error\":\"internal error, try again\"}";
                break;
            case 2:
                statusCode = 0;
                reason = DeliveryLog::Reason::timeout;
                response.clear();
                error = "No answer within 10000 ms.";
                latency = timeoutMs;
                break;
            default:
                statusCode = 0;
                reason = DeliveryLog::Reason::connectionRefused;
                response.clear();
                error = "Connection refused";
                latency = random.between(1, 4);
                break;
            }
            if (statusCode >= 400)
                error = "HTTP " + QByteArray::number(statusCode);
        }
        if (latency == 0) // log-normal around 120 ms with a long tail
            latency = std::clamp(int(std::exp(4.8 + 0.6 * (random.unit() + random.unit()
                                                           + random.unit() - 1.5) * 2.0)),
                                 8, 9000);

        const QByteArray body = "{\"webhookActionId\":\"" + actionId.toLatin1()
            + "\",\"action\":\"" + action.toLatin1()
            + "\",\"data\":{\"seeded\":true,\"sequence\":" + QByteArray::number(i) + "}}";
        QByteArray doc = "{\"id\":\"" + id.toLatin1() + "\",\"webhookId\":\"" + hook.id.toLatin1()
            + "\",\"webhookActionId\":\"" + actionId.toLatin1() + "\",\"action\":\""
            + action.toLatin1() + "\",\"attempt\":1,\"time\":\""
            + Records::isoTime(timeMs).toLatin1() + "\",\"requestUrl\":" + quoted(hook.url)
            + ",\"statusCode\":" + QByteArray::number(statusCode)
            + ",\"latencyMs\":" + QByteArray::number(latency)
            + ",\"responseSnippet\":" + quoted(QString::fromLatin1(response))
            + ",\"success\":" + (reason ? "false" : "true")
            + ",\"status\":" + (reason ? "\"failed\"" : "\"delivered\"")
            + ",\"reason\":" + (reason ? '"' + QByteArray(reason) + '"' : QByteArray("null"))
            + ",\"requestBody\":" + quoted(QString::fromLatin1(body))
            + ",\"requestHeaders\":{\"Content-Type\":\"application/json\",\"Ashby-Signature\":\""
            + webhookSignature(hook.secret, body) + "\"}"
            + ",\"integrationId\":"
            + (hook.integrationId.isEmpty() ? QByteArray("null")
                                            : quoted(hook.integrationId));
        if (!error.isEmpty())
            doc += ",\"error\":\"" + error + '"';
        doc += '}';

        const QByteArray idBytes = id.toLatin1();
        const QByteArray hookBytes = hook.id.toLatin1();
        const QByteArray actionIdBytes = actionId.toLatin1();
        const QByteArray actionBytes = action.toLatin1();
        const QByteArray integrationBytes = hook.integrationId.toLatin1();
        const auto text = [insert](int column, const QByteArray &value) {
            sqlite3_bind_text(insert, column, value.constData(), int(value.size()), SQLITE_STATIC);
        };
        text(1, idBytes);
        sqlite3_bind_int64(insert, 2, m_store.database.nextSeq());
        sqlite3_bind_int64(insert, 3, timeMs);
        text(4, doc);
        text(5, hookBytes);
        text(6, actionIdBytes);
        sqlite3_bind_text(insert, 7, reason ? DeliveryLog::failed : DeliveryLog::delivered, -1,
                          SQLITE_STATIC);
        if (reason)
            sqlite3_bind_text(insert, 8, reason, -1, SQLITE_STATIC);
        else
            sqlite3_bind_null(insert, 8);
        sqlite3_bind_int(insert, 9, latency);
        if (hook.integrationId.isEmpty())
            sqlite3_bind_null(insert, 10);
        else
            text(10, integrationBytes);
        text(11, actionBytes);
        text(12, response);
        if (sqlite3_step(insert) != SQLITE_DONE)
            throw std::runtime_error(std::string("seeding deliveries failed: ")
                                     + sqlite3_errmsg(db));
        sqlite3_reset(insert);
    }
    QSqlQuery query(m_store.database.connection());
    for (const QString &index : indexes)
        if (!query.exec(index))
            throw std::runtime_error("cannot rebuild a delivery log index");
    if (!m_store.database.commit())
        throw std::runtime_error("committing the seeded deliveries failed");
    return count;
}

} // namespace Tessera::Sandbox
