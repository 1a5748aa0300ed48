#include "IdempotencyTable.h"

#include "Database.h"
#include "DocumentTable.h"
#include "SecretBox.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {
const QByteArray bodyContext = "idempotency_keys.body";
}

QByteArray IdempotencyTable::fingerprintOf(const QString &method, const QByteArray &body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(body);
    return hash.result();
}

std::optional<IdempotencyTable::Entry> IdempotencyTable::find(const QString &apiKeyId,
                                                               const QString &key,
                                                               qint64 nowMs) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT fingerprint, status, body FROM idempotency_keys "
                  "WHERE api_key_id = ? AND idem_key = ? AND created_ms > ?"_s);
    query.addBindValue(apiKeyId);
    query.addBindValue(key);
    query.addBindValue(nowMs - lifetimeMs);
    execOrThrow(query);
    if (!query.next())
        return std::nullopt;
    const SecretBox *box = m_database.secretBox();
    const auto body = box ? box->open(query.value(2).toString(), bodyContext) : std::nullopt;
    if (!body)
        throw std::runtime_error("a stored idempotent answer does not open with this data key");
    return Entry{query.value(0).toByteArray(), query.value(1).toInt(), *body};
}

void IdempotencyTable::store(const QString &apiKeyId, const QString &key, const Entry &entry,
                             qint64 nowMs)
{
    if (nowMs - m_lastPruneMs > 60'000)
        prune(nowMs);
    const SecretBox *box = m_database.secretBox();
    if (!box)
        throw std::runtime_error("no data key: cannot store an idempotent answer");
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT OR REPLACE INTO idempotency_keys "
                  "(api_key_id, idem_key, fingerprint, status, body, created_ms) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(apiKeyId);
    query.addBindValue(key);
    query.addBindValue(entry.fingerprint);
    query.addBindValue(entry.status);
    query.addBindValue(box->seal(entry.body, bodyContext));
    query.addBindValue(nowMs);
    execOrThrow(query);
}

void IdempotencyTable::prune(qint64 nowMs)
{
    m_lastPruneMs = nowMs;
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM idempotency_keys WHERE created_ms <= ?"_s);
    query.addBindValue(nowMs - lifetimeMs);
    execOrThrow(query);
}

qint64 IdempotencyTable::count() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT COUNT(*) FROM idempotency_keys"_s);
    execOrThrow(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

void IdempotencyTable::clear()
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM idempotency_keys"_s);
    execOrThrow(query);
}

} // namespace Tessera::Sandbox
