#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Tessera::Sandbox {

class SecretBox;

// The sandbox's SQLite file: WAL journal, schema version with migrations, one Qt SQL connection
// per thread, and the global change sequence that drives incremental sync.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
public:
    explicit Database(QString filePath);
    ~Database();

    // Opens (creating if needed) and migrates. Returns false and fills errorString() on failure.
    bool open();
    QString errorString() const { return m_error; }

    // The connection owned by the calling thread, opened on first use.
    QSqlDatabase connection() const;

    // Strictly increasing number stamped on every insert/update (the "seq" column).
    qint64 nextSeq();
    qint64 currentSeq() const { return m_seq; }

    // Random per-database identity; sync tokens from another database are rejected.
    QByteArray instanceId() const { return m_instanceId; }
    // Per-database secret that keys the MAC on cursors and sync tokens.
    QByteArray tokenSecret() const { return m_tokenSecret; }

    bool isEmpty() const;
    int schemaVersion() const;

    // The data key's box that sealed fields use (SecretsAtRest); null until one is set, and then
    // a sealed field cannot be written or read.
    void setSecretBox(std::shared_ptr<const SecretBox> box) { m_secretBox = std::move(box); }
    const SecretBox *secretBox() const { return m_secretBox.get(); }

    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);
    void removeMeta(const QString &key);

    // Rewrites the file and empties the journal, so no freed page keeps an old value (after
    // SecretsAtRest seals secrets that were in clear).
    void compact();

    bool transaction();
    bool commit();
    // Rollback journal in memory and a large cache while seeding; WAL otherwise.
    void setBulkLoading(bool bulk);

private:
    bool migrate();

    QString m_path;
    QString m_connectionPrefix;
    QString m_error;
    qint64 m_seq = 0;
    QByteArray m_instanceId;
    QByteArray m_tokenSecret;
    std::shared_ptr<const SecretBox> m_secretBox;
};

// Rolls back unless commit() was called, so a handler that throws leaves no half-written change.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(Database &database) : m_database(database) { m_database.transaction(); }
    ~Transaction()
    {
        if (!m_committed)
            m_database.connection().rollback();
    }
    void commit() { m_committed = m_database.commit(); }

private:
    Database &m_database;
    bool m_committed = false;
};

} // namespace Tessera::Sandbox
