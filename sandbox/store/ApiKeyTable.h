#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tessera::Sandbox {

class Database;

struct ApiKeyRecord
{
    QString id;
    QString title;
    QString integrationPartner;
    QStringList scopes;
    qint64 createdMs = 0;
    qint64 lastUsedMs = 0;
    qint64 revokedMs = 0;

    bool isRevoked() const { return revokedMs != 0; }
    bool hasScope(const QString &scope) const { return scopes.contains(scope); }
};

struct CreatedApiKey
{
    ApiKeyRecord record;
    QString secret; // returned once to the creator, never stored
};

// API keys, stored as SHA-256 hashes of 192-bit random secrets (a slow KDF adds nothing for
// keys of that entropy). Lookups by secret are cached; "last used" is written at most once a second.
class ApiKeyTable final
{
    Q_DISABLE_COPY_MOVE(ApiKeyTable)
public:
    explicit ApiKeyTable(Database &database);

    CreatedApiKey create(const QString &title, const QString &integrationPartner,
                         const QStringList &scopes, qint64 nowMs);
    std::optional<ApiKeyRecord> findBySecret(const QString &secret);
    std::optional<ApiKeyRecord> find(const QString &id) const;
    QList<ApiKeyRecord> list() const;
    bool revoke(const QString &id, qint64 nowMs);
    void markUsed(const QString &id, qint64 nowMs);
    bool isEmpty() const;

    static QByteArray hashOf(const QString &secret);

private:
    QList<ApiKeyRecord> query(const QString &where, const QVariantList &binds) const;

    Database &m_database;
    QHash<QByteArray, ApiKeyRecord> m_cacheByHash;
};

} // namespace Tessera::Sandbox
