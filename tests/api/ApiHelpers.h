#pragma once

// Helpers shared by the API test files: walking paginated lists and small JSON look-ups.
#include "CatchQt.h"
#include "SandboxProcess.h"
#include "TestClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace Tessera::Test {

// The admin client of a sandbox.
inline TestClient adminClient(const SandboxProcess &sandbox)
{
    return TestClient(sandbox.baseUrl(), sandbox.adminKey());
}

struct Walk
{
    QJsonArray records;
    QString syncToken; // from the last page
    int pages = 0;
};

// Follows nextCursor until moreDataAvailable is false, checking on every page that a cursor
// comes with moreDataAvailable and a syncToken only on the last page.
inline Walk walkAll(TestClient &client, const QString &method, QJsonObject body = {},
                    int limit = 100)
{
    Walk walk;
    body.insert(QStringLiteral("limit"), limit);
    for (;;) {
        const ApiReply reply = client.call(method, body);
        requireSuccess(reply);
        ++walk.pages;
        REQUIRE(walk.pages <= 10'000);
        const QJsonObject page = reply.envelope();
        INFO(method.toStdString() << " page " << walk.pages);
        const QJsonArray results = page.value(QStringLiteral("results")).toArray();
        CHECK(results.size() <= limit);
        for (const QJsonValue record : results)
            walk.records.append(record);
        REQUIRE(page.value(QStringLiteral("moreDataAvailable")).isBool());
        if (!page.value(QStringLiteral("moreDataAvailable")).toBool()) {
            CHECK_FALSE(page.contains(QStringLiteral("nextCursor")));
            walk.syncToken = page.value(QStringLiteral("syncToken")).toString();
            return walk;
        }
        CHECK(results.size() == limit);
        CHECK_FALSE(page.contains(QStringLiteral("syncToken")));
        const QString cursor = page.value(QStringLiteral("nextCursor")).toString();
        REQUIRE_FALSE(cursor.isEmpty());
        body.insert(QStringLiteral("cursor"), cursor);
    }
}

inline QStringList idsOf(const QJsonArray &records)
{
    QStringList ids;
    for (const QJsonValue record : records)
        ids << record.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

inline QSet<QString> idSet(const QJsonArray &records)
{
    const QStringList ids = idsOf(records);
    return QSet<QString>(ids.begin(), ids.end());
}

// The records whose `field` equals `value`.
inline QJsonArray where(const QJsonArray &records, const QString &field, const QJsonValue &value)
{
    QJsonArray matching;
    for (const QJsonValue record : records)
        if (record.toObject().value(field) == value)
            matching.append(record);
    return matching;
}

} // namespace Tessera::Test
