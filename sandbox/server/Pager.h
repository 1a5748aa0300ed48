#pragma once

#include "MethodCall.h"
#include "MethodResult.h"
#include "sandbox/store/DocumentTable.h"

#include <QJsonObject>

#include <functional>

namespace Tessera::Sandbox {

class Database;

struct SyncPolicy
{
    qint64 maxIncrementalRecords = 10'000;
    qint64 tokenLifetimeMs = 7LL * 24 * 3600 * 1000;
};

struct ListQuery
{
    ListQuery(const DocumentTable *listed, QString filter = {}, QVariantList values = {})
        : table(listed), where(std::move(filter)), binds(std::move(values))
    {
    }

    const DocumentTable *table;
    QString where;         // extra SQL filter with ? placeholders, may be empty
    QVariantList binds;
    bool supportsSyncToken = true;
    bool newestFirst = false; // full walks only: descending insertion order
};

// Cursor pagination and incremental sync in the Ashby dialect (docs/API.md "Pagination"):
// `limit` 1..100 (default 100), opaque MAC-protected `nextCursor`, `moreDataAvailable`, and a
// `syncToken` on the last page only. A full sync walks rows in insertion order; an incremental
// sync walks the change sequence between the token and the high-water mark taken at its first
// page, so a record changed mid-sync is delivered by the next sync instead of twice.
class Pager final
{
public:
    using Presenter = std::function<QJsonObject(const QJsonObject &doc)>;

    Pager(const Database &database, const SyncPolicy &policy);

    // Without a presenter the stored documents are served as they are.
    MethodResult page(const MethodCall &call, const ListQuery &query,
                      const Presenter &present = {}) const;

    static constexpr int maxLimit = 100;
    static int limitOf(const MethodCall &call);

private:
    QString seal(const QJsonObject &payload) const;
    std::optional<QJsonObject> open(const QString &sealed) const;
    QString fingerprint(const MethodCall &call) const;

    const Database &m_database;
    const SyncPolicy &m_policy;
};

} // namespace Tessera::Sandbox
