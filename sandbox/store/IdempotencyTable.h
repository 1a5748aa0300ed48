#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Tessera::Sandbox {

class Database;

// The first answer to a write sent with an Idempotency-Key, per API key (docs/API.md §1.10).
// `fingerprint` identifies the request (method and body); the answer body is sealed with the
// data key, since it may hold a secret shown once (apiKey.create, webhook.create). Entries older
// than `lifetimeMs` are ignored and pruned. SQL failures throw std::runtime_error.
class IdempotencyTable final
{
    Q_DISABLE_COPY_MOVE(IdempotencyTable)
public:
    static constexpr qint64 lifetimeMs = 24LL * 60 * 60 * 1000;

    struct Entry
    {
        QByteArray fingerprint;
        int status = 200;
        QByteArray body;
    };

    explicit IdempotencyTable(Database &database) : m_database(database) {}

    std::optional<Entry> find(const QString &apiKeyId, const QString &key, qint64 nowMs) const;
    // Prunes expired entries at most once a minute.
    void store(const QString &apiKeyId, const QString &key, const Entry &entry, qint64 nowMs);
    void prune(qint64 nowMs);
    qint64 count() const;
    // Drops every entry (their bodies do not open without the data key).
    void clear();

    static QByteArray fingerprintOf(const QString &method, const QByteArray &body);

private:
    Database &m_database;
    qint64 m_lastPruneMs = 0;
};

} // namespace Tessera::Sandbox
