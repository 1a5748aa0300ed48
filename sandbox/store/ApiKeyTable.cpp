#include "ApiKeyTable.h"

#include "Database.h"
#include "DocumentTable.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {
constexpr qint64 lastUsedResolutionMs = 1000;
}

ApiKeyTable::ApiKeyTable(Database &database)
    : m_database(database)
{
}

QByteArray ApiKeyTable::hashOf(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

CreatedApiKey ApiKeyTable::create(const QString &title, const QString &integrationPartner,
                                  const QStringList &scopes, qint64 nowMs)
{
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    const QString secret = u"tsk_"_s
        + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding
                                              | QByteArray::OmitTrailingEquals));

    ApiKeyRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.title = title;
    record.integrationPartner = integrationPartner;
    record.scopes = scopes;
    record.createdMs = nowMs;

    QSqlQuery insert(m_database.connection());
    insert.prepare(u"INSERT INTO api_keys (id, key_hash, title, integration_partner, scopes, "
                   "created_ms) VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(record.id);
    insert.addBindValue(hashOf(secret));
    insert.addBindValue(title);
    insert.addBindValue(integrationPartner.isEmpty() ? QVariant() : QVariant(integrationPartner));
    insert.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(scopes)).toJson(QJsonDocument::Compact)));
    insert.addBindValue(nowMs);
    execOrThrow(insert);
    return {record, secret};
}

QList<ApiKeyRecord> ApiKeyTable::query(const QString &where, const QVariantList &binds) const
{
    QSqlQuery select(m_database.connection());
    select.prepare(u"SELECT id, title, integration_partner, scopes, created_ms, last_used_ms, "
                   "revoked_ms FROM api_keys "_s + where + u" ORDER BY created_ms, id"_s);
    for (const QVariant &bind : binds)
        select.addBindValue(bind);
    execOrThrow(select);
    QList<ApiKeyRecord> records;
    while (select.next()) {
        ApiKeyRecord record;
        record.id = select.value(0).toString();
        record.title = select.value(1).toString();
        record.integrationPartner = select.value(2).toString();
        for (const QJsonValue scope : QJsonDocument::fromJson(select.value(3).toByteArray()).array())
            record.scopes << scope.toString();
        record.createdMs = select.value(4).toLongLong();
        record.lastUsedMs = select.value(5).toLongLong();
        record.revokedMs = select.value(6).toLongLong();
        records << record;
    }
    return records;
}

std::optional<ApiKeyRecord> ApiKeyTable::findBySecret(const QString &secret)
{
    const QByteArray hash = hashOf(secret);
    const auto cached = m_cacheByHash.constFind(hash);
    if (cached != m_cacheByHash.constEnd())
        return *cached;
    const auto records = query(u"WHERE key_hash = ?"_s, {hash});
    if (records.isEmpty())
        return std::nullopt;
    m_cacheByHash.insert(hash, records.first());
    return records.first();
}

std::optional<ApiKeyRecord> ApiKeyTable::find(const QString &id) const
{
    const auto records = query(u"WHERE id = ?"_s, {id});
    return records.isEmpty() ? std::nullopt : std::optional(records.first());
}

QList<ApiKeyRecord> ApiKeyTable::list() const
{
    return query({}, {});
}

bool ApiKeyTable::revoke(const QString &id, qint64 nowMs)
{
    QSqlQuery update(m_database.connection());
    update.prepare(u"UPDATE api_keys SET revoked_ms = ? WHERE id = ? AND revoked_ms IS NULL"_s);
    update.addBindValue(nowMs);
    update.addBindValue(id);
    execOrThrow(update);
    m_cacheByHash.clear();
    return update.numRowsAffected() > 0;
}

void ApiKeyTable::markUsed(const QString &id, qint64 nowMs)
{
    for (ApiKeyRecord &record : m_cacheByHash) {
        if (record.id != id)
            continue;
        if (nowMs - record.lastUsedMs < lastUsedResolutionMs)
            return;
        record.lastUsedMs = nowMs;
    }
    QSqlQuery update(m_database.connection());
    update.prepare(u"UPDATE api_keys SET last_used_ms = ? WHERE id = ?"_s);
    update.addBindValue(nowMs);
    update.addBindValue(id);
    execOrThrow(update);
}

bool ApiKeyTable::isEmpty() const
{
    QSqlQuery count(m_database.connection());
    return count.exec(u"SELECT COUNT(*) FROM api_keys"_s) && count.next()
        && count.value(0).toInt() == 0;
}

} // namespace Tessera::Sandbox
