#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>
#include <unordered_map>
#include <utility>

namespace Tessera::Sandbox {

class Database;

struct RawDocument
{
    qint64 rid = 0;
    qint64 seq = 0;
    QByteArray json;
};

struct StoredDocument
{
    qint64 rid = 0;
    qint64 seq = 0;
    QJsonObject doc;
};

// One table of JSON documents (see Migrations.cpp) with the indexed columns queries need.
// Every insert and update stamps a fresh change sequence number. SQL failures throw
// std::runtime_error; the dispatcher turns them into HTTP 500.
class DocumentTable final
{
    Q_DISABLE_COPY_MOVE(DocumentTable)
public:
    using Columns = QList<std::pair<QString, QVariant>>;

    DocumentTable(Database &database, QString table);

    QString name() const { return m_table; }

    // Top-level fields stored sealed with the database's SecretBox ("*": every field but "id").
    // Reads open them; a value still in clear (a database from before sealing) reads as it is
    // until SecretsAtRest::sealExisting() seals it. A value that does not open throws.
    void setSealedFields(QStringList fields) { m_sealed = std::move(fields); }
    bool hasSealedFields() const { return !m_sealed.isEmpty(); }
    bool isSealedField(const QString &field) const;
    // The fields of `doc` that are sealed fields but still in clear.
    QStringList clearSealedFields(const QJsonObject &doc) const;
    void insert(const QString &id, qint64 createdMs, const QJsonObject &doc,
                const Columns &columns = {});
    void update(const QString &id, const QJsonObject &doc, const Columns &columns = {});
    // A new change sequence number without a new document: the record's view changed.
    void touch(const QString &id);
    std::optional<QJsonObject> find(const QString &id) const;
    bool contains(const QString &id) const;

    // Rows matching `where` (SQL with ? placeholders; empty = all) in `orderBy` order.
    QList<StoredDocument> select(const QString &where = {}, const QVariantList &binds = {},
                                 const QString &orderBy = {}, int limit = -1) const;
    // The same rows with the documents as stored (compact JSON), for serving without re-parsing.
    QList<RawDocument> selectRaw(const QString &where = {}, const QVariantList &binds = {},
                                 const QString &orderBy = {}, int limit = -1) const;
    qint64 count(const QString &where = {}, const QVariantList &binds = {}) const;

private:
    // Prepared statements are cached per SQL text; a table is used by one thread only.
    QSqlQuery &prepare(const QString &sql) const;
    QString serialize(const QJsonObject &doc) const;
    QJsonObject parse(const QByteArray &json) const;
    QByteArray context(const QString &field) const;

    Database &m_database;
    QString m_table;
    QStringList m_sealed;
    mutable std::unordered_map<QString, QSqlQuery> m_statements;
};

// Runs a prepared query, throwing std::runtime_error with the SQL error on failure.
void execOrThrow(QSqlQuery &query);

} // namespace Tessera::Sandbox
