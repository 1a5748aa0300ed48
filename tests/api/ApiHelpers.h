#pragma once

// Helpers shared by the API test files: walking paginated lists and small JSON look-ups.
#include "tests/support/CatchQt.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestClient.h"
#include "tests/support/Waiting.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

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

// Runs SQL on a stopped sandbox's database, as an older sandbox would have left it.
inline void editDatabase(const QString &dataDir, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("sandbox.sqlite")));
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            INFO(statement.toStdString());
            REQUIRE(query.exec(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
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

// The first job, its default interview plan and the id of the plan's stage titled `title`
// (empty when it has none).
struct FirstJobStage
{
    QJsonObject job;
    QString planId;
    QString stageId;
};

inline FirstJobStage firstJobStage(TestClient &client, const QString &title)
{
    FirstJobStage found;
    found.job = results(client, QStringLiteral("job.list"), {{QStringLiteral("limit"), 1}})
                    .toArray().first().toObject();
    found.planId = found.job.value(QStringLiteral("defaultInterviewPlanId")).toString();
    for (const QJsonValue stage : results(client, QStringLiteral("interviewStage.list"),
                                          {{QStringLiteral("interviewPlanId"), found.planId}})
                                      .toArray())
        if (stage.toObject().value(QStringLiteral("title")).toString() == title)
            found.stageId = stage.toObject().value(QStringLiteral("id")).toString();
    return found;
}

// One field of each entry of an activity's statusHistory, oldest first.
inline QStringList statusHistoryField(const QJsonObject &activity, const QString &field)
{
    QStringList values;
    for (const QJsonValue entry : activity.value(QStringLiteral("statusHistory")).toArray())
        values << entry.toObject().value(field).toString();
    return values;
}

// Sets a partner stand-in down or up again (partnerConsole.setDown).
inline void setPartnerDown(TestClient &admin, const QString &partnerId, bool down)
{
    object(admin, QStringLiteral("partnerConsole.setDown"),
           {{QStringLiteral("partnerId"), partnerId}, {QStringLiteral("down"), down}});
}

// Keeps the partner down and waits until it has held back `count` due steps or syncs
// (partnerConsole.setDown's heldWhileDown): the server says the due time came while it was down.
inline bool waitHeldWhileDown(TestClient &admin, const QString &partnerId, int count)
{
    return waitUntil([&] {
        return object(admin, QStringLiteral("partnerConsole.setDown"),
                      {{QStringLiteral("partnerId"), partnerId}, {QStringLiteral("down"), true}})
                   .value(QStringLiteral("heldWhileDown")).toInt() >= count;
    }, 30'000);
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


// An Active application no earlier test case of this process moved, and a stage of its plan to
// move it to (a Hired stage, or one that is neither Hired nor Archived).
struct Move
{
    QJsonObject application;
    QJsonObject stage;
};

inline Move takeMove(TestClient &client, bool toHired)
{
    static QSet<QString> used;
    for (const QJsonValue value :
         walkAll(client, QStringLiteral("application.list"),
                 {{QStringLiteral("status"), QStringLiteral("Active")}})
             .records) {
        const QJsonObject application = value.toObject();
        const QString id = application.value(QStringLiteral("id")).toString();
        if (used.contains(id))
            continue;
        const QJsonObject current =
            application.value(QStringLiteral("currentInterviewStage")).toObject();
        const QJsonArray stages =
            results(client, QStringLiteral("interviewStage.list"),
                    {{QStringLiteral("interviewPlanId"),
                      current.value(QStringLiteral("interviewPlanId"))}})
                .toArray();
        for (const QJsonValue stageValue : stages) {
            const QJsonObject stage = stageValue.toObject();
            const QString type = stage.value(QStringLiteral("type")).toString();
            const bool fits = toHired ? type == QStringLiteral("Hired")
                                      : type != QStringLiteral("Hired")
                    && type != QStringLiteral("Archived");
            if (fits && stage.value(QStringLiteral("id")) != current.value(QStringLiteral("id"))) {
                used.insert(id);
                return {application, stage};
            }
        }
    }
    FAIL("no application left to move");
    return {};
}

// Moves the application of `move` to its stage; returns the application.changeStage result.
inline QJsonObject changeStage(TestClient &client, const Move &move)
{
    return results(client, QStringLiteral("application.changeStage"),
                   {{QStringLiteral("applicationId"), move.application.value(QStringLiteral("id"))},
                    {QStringLiteral("interviewStageId"), move.stage.value(QStringLiteral("id"))}})
        .toObject();
}

} // namespace Tessera::Test
