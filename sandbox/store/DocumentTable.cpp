#include "DocumentTable.h"

#include "Database.h"
#include "SecretBox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

void execOrThrow(QSqlQuery &query)
{
    if (!query.exec())
        throw std::runtime_error(
            QString(u"SQL error: "_s + query.lastError().text() + u" in "_s + query.lastQuery())
                .toStdString());
}

bool DocumentTable::isSealedField(const QString &field) const
{
    if (m_sealed.contains(field))
        return true;
    return field != u"id"_s && m_sealed.contains(u"*"_s);
}

QStringList DocumentTable::clearSealedFields(const QJsonObject &doc) const
{
    QStringList fields;
    for (auto it = doc.constBegin(); it != doc.constEnd(); ++it)
        if (isSealedField(it.key()) && !SecretBox::isSealed(it.value().toString()))
            fields << it.key();
    return fields;
}

QByteArray DocumentTable::context(const QString &field) const
{
    return (m_table + u'.' + field).toUtf8();
}

// Each sealed field's value is stored as the sealed text of [value] in compact JSON.
QString DocumentTable::serialize(const QJsonObject &doc) const
{
    if (m_sealed.isEmpty())
        return QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact));
    QJsonObject stored = doc;
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        if (!isSealedField(it.key()))
            continue;
        const SecretBox *box = m_database.secretBox();
        if (!box)
            throw std::runtime_error("no data key: cannot store a sealed field");
        const QByteArray plain =
            QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact);
        it.value() = box->seal(plain, context(it.key()));
    }
    return QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact));
}

QJsonObject DocumentTable::parse(const QByteArray &json) const
{
    QJsonObject doc = QJsonDocument::fromJson(json).object();
    if (m_sealed.isEmpty())
        return doc;
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (!isSealedField(it.key()) || !SecretBox::isSealed(it.value().toString()))
            continue;
        const SecretBox *box = m_database.secretBox();
        const auto plain = box ? box->open(it.value().toString(), context(it.key()))
                               : std::nullopt;
        if (!plain)
            throw std::runtime_error(
                QString(u"the sealed field %1.%2 does not open with this data key"_s
                            .arg(m_table, it.key()))
                    .toStdString());
        it.value() = QJsonDocument::fromJson(*plain).array().at(0);
    }
    return doc;
}

DocumentTable::DocumentTable(Database &database, QString table)
    : m_database(database)
    , m_table(std::move(table))
{
}

QSqlQuery &DocumentTable::prepare(const QString &sql) const
{
    auto cached = m_statements.find(sql);
    if (cached != m_statements.end()) {
        cached->second.finish();
        return cached->second;
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw std::runtime_error(
            QString(u"SQL prepare failed: "_s + query.lastError().text() + u" in "_s + sql)
                .toStdString());
    return m_statements.insert_or_assign(sql, std::move(query)).first->second;
}

void DocumentTable::insert(const QString &id, qint64 createdMs, const QJsonObject &doc,
                           const Columns &columns)
{
    QStringList names{u"id"_s, u"seq"_s, u"created_ms"_s, u"doc"_s};
    for (const auto &column : columns)
        names << column.first;
    QStringList marks;
    marks.fill(u"?"_s, names.size());
    QSqlQuery &query = prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s
                                  .arg(m_table, names.join(u','), marks.join(u',')));
    query.addBindValue(id);
    query.addBindValue(m_database.nextSeq());
    query.addBindValue(createdMs);
    query.addBindValue(serialize(doc));
    for (const auto &column : columns)
        query.addBindValue(column.second);
    execOrThrow(query);
}

void DocumentTable::update(const QString &id, const QJsonObject &doc, const Columns &columns)
{
    QStringList assignments{u"seq = ?"_s, u"doc = ?"_s};
    for (const auto &column : columns)
        assignments << column.first + u" = ?"_s;
    QSqlQuery &query = prepare(u"UPDATE %1 SET %2 WHERE id = ?"_s
                                  .arg(m_table, assignments.join(u',')));
    query.addBindValue(m_database.nextSeq());
    query.addBindValue(serialize(doc));
    for (const auto &column : columns)
        query.addBindValue(column.second);
    query.addBindValue(id);
    execOrThrow(query);
}

void DocumentTable::touch(const QString &id)
{
    QSqlQuery &query = prepare(u"UPDATE %1 SET seq = ? WHERE id = ?"_s.arg(m_table));
    query.addBindValue(m_database.nextSeq());
    query.addBindValue(id);
    execOrThrow(query);
}

std::optional<QJsonObject> DocumentTable::find(const QString &id) const
{
    QSqlQuery &query = prepare(u"SELECT doc FROM %1 WHERE id = ?"_s.arg(m_table));
    query.addBindValue(id);
    execOrThrow(query);
    if (!query.next())
        return std::nullopt;
    return parse(query.value(0).toString().toUtf8());
}

bool DocumentTable::contains(const QString &id) const
{
    return count(u"id = ?"_s, {id}) > 0;
}

QList<RawDocument> DocumentTable::selectRaw(const QString &where, const QVariantList &binds,
                                            const QString &orderBy, int limit) const
{
    QString sql = u"SELECT rid, seq, doc FROM %1"_s.arg(m_table);
    if (!where.isEmpty())
        sql += u" WHERE "_s + where;
    sql += u" ORDER BY "_s + (orderBy.isEmpty() ? u"rid"_s : orderBy);
    if (limit >= 0)
        sql += u" LIMIT "_s + QString::number(limit);
    QSqlQuery &query = prepare(sql);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    execOrThrow(query);
    QList<RawDocument> rows;
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                     query.value(2).toString().toUtf8()});
    if (!m_sealed.isEmpty()) // served opened, like select()
        for (RawDocument &row : rows)
            row.json = QJsonDocument(parse(row.json)).toJson(QJsonDocument::Compact);
    return rows;
}

QList<StoredDocument> DocumentTable::select(const QString &where, const QVariantList &binds,
                                            const QString &orderBy, int limit) const
{
    QList<StoredDocument> rows;
    for (const RawDocument &raw : selectRaw(where, binds, orderBy, limit))
        rows.append({raw.rid, raw.seq, QJsonDocument::fromJson(raw.json).object()}); // opened
    return rows;
}

qint64 DocumentTable::count(const QString &where, const QVariantList &binds) const
{
    QString sql = u"SELECT COUNT(*) FROM %1"_s.arg(m_table);
    if (!where.isEmpty())
        sql += u" WHERE "_s + where;
    QSqlQuery &query = prepare(sql);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    execOrThrow(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace Tessera::Sandbox
