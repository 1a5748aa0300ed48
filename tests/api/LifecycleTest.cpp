// Process lifecycle: clean shutdown on signals, restart on the same data, kill -9, admin.key.
#include "ApiHelpers.h"

#include <QDir>
#include <QFile>

#include <csignal>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

QString readAdminKeyFile(const SandboxProcess &sandbox)
{
    QFile file(QDir(sandbox.dataDir()).filePath(u"admin.key"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll()).trimmed();
}

// What the tests write before a restart, and check after it.
struct Written
{
    QString candidateId;
    QString noteId;
    QString applicationId;
    QString stageId;
    qsizetype candidateCount = 0;
    qsizetype keyCount = 0;
    QString organizationId;
};

Written writeSomething(TestClient &admin)
{
    Written written;
    written.candidateId =
        results(admin, u"candidate.create"_s,
                {{u"name"_s, u"Survives Restarts"_s}, {u"email"_s, u"survivor@example.org"_s}})
            .toObject()
            .value(u"id"_s)
            .toString();
    written.noteId = results(admin, u"candidate.createNote"_s,
                             {{u"candidateId"_s, written.candidateId}, {u"note"_s, u"Kept"_s}})
                         .toObject()
                         .value(u"id"_s)
                         .toString();
    const QJsonObject application =
        results(admin, u"application.list"_s, {{u"status"_s, u"Active"_s}, {u"limit"_s, 1}})
            .toArray()
            .at(0)
            .toObject();
    written.applicationId = application.value(u"id"_s).toString();
    const QJsonValue planId =
        application.value(u"currentInterviewStage"_s).toObject().value(u"interviewPlanId"_s);
    const QJsonArray stages =
        results(admin, u"interviewStage.list"_s, {{u"interviewPlanId"_s, planId}}).toArray();
    const QJsonObject hired = where(stages, u"type"_s, u"Hired"_s).at(0).toObject();
    written.stageId = hired.value(u"id"_s).toString();
    requireSuccess(
        admin.call(u"application.changeStage"_s, {{u"applicationId"_s, written.applicationId},
                                                  {u"interviewStageId"_s, written.stageId}}));
    written.candidateCount = walkAll(admin, u"candidate.list"_s).records.size();
    written.keyCount = results(admin, u"apiKey.list"_s).toArray().size();
    written.organizationId =
        results(admin, u"organization.info"_s).toObject().value(u"id"_s).toString();
    return written;
}

void requireStillThere(TestClient &admin, const Written &written)
{
    const QJsonObject candidate =
        results(admin, u"candidate.info"_s, {{u"id"_s, written.candidateId}}).toObject();
    CHECK(candidate.value(u"name"_s) == QJsonValue(u"Survives Restarts"_s));
    const QJsonArray notes =
        results(admin, u"candidate.listNotes"_s, {{u"candidateId"_s, written.candidateId}})
            .toArray();
    CHECK(idsOf(notes) == QStringList{written.noteId});
    const QJsonObject application =
        results(admin, u"application.info"_s, {{u"applicationId"_s, written.applicationId}})
            .toObject();
    CHECK(application.value(u"status"_s) == QJsonValue(u"Hired"_s));
    CHECK(application.value(u"currentInterviewStage"_s).toObject().value(u"id"_s)
          == QJsonValue(written.stageId));
    // Nothing was seeded again and no second admin key was made.
    CHECK(walkAll(admin, u"candidate.list"_s).records.size() == written.candidateCount);
    CHECK(results(admin, u"apiKey.list"_s).toArray().size() == written.keyCount);
    CHECK(results(admin, u"organization.info"_s).toObject().value(u"id"_s)
          == QJsonValue(written.organizationId));
}

} // namespace

TEST_CASE("admin.key is private to its owner", "[api][lifecycle]")
{
    SandboxProcess sandbox(SandboxProcess::defaultArguments(10));
    struct stat info = {};
    REQUIRE(::stat(QFile::encodeName(QDir(sandbox.dataDir()).filePath(u"admin.key"_s)).constData(),
                   &info)
            == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK(readAdminKeyFile(sandbox).startsWith(u"tsk_"_s));
}

TEST_CASE("SIGTERM stops the server cleanly and a restart keeps every record", "[api][lifecycle]")
{
    SandboxProcess sandbox(SandboxProcess::defaultArguments(50));
    const QString adminKey = sandbox.adminKey();
    TestClient before = adminClient(sandbox);
    const Written written = writeSomething(before);
    const QString syncToken = walkAll(before, u"candidate.list"_s).syncToken;

    REQUIRE(sandbox.stop(10'000));
    CHECK(sandbox.exitStatus() == QProcess::NormalExit);
    CHECK(sandbox.exitCode() == 0);
    // A clean exit checkpoints the WAL and removes it.
    CHECK_FALSE(QFile::exists(QDir(sandbox.dataDir()).filePath(u"sandbox.sqlite-wal"_s)));

    sandbox.restart(QStringList{}); // no --seed: the store is reused as it is
    CHECK(sandbox.adminKey() == adminKey);
    TestClient after = adminClient(sandbox);
    requireStillThere(after, written);

    SECTION("sync tokens stay valid across restarts")
    {
        const Walk walk = walkAll(after, u"candidate.list"_s, {{u"syncToken"_s, syncToken}});
        CHECK(walk.records.isEmpty());
    }
    SECTION("a restart with --seed demo does not seed a second time")
    {
        REQUIRE(sandbox.stop(10'000));
        sandbox.restart(SandboxProcess::defaultArguments(50));
        CHECK(sandbox.adminKey() == adminKey);
        TestClient again = adminClient(sandbox);
        requireStillThere(again, written);
    }
}

TEST_CASE("Records committed before a kill -9 survive it", "[api][lifecycle]")
{
    SandboxProcess sandbox(SandboxProcess::defaultArguments(50));
    TestClient before = adminClient(sandbox);
    const Written written = writeSomething(before);

    sandbox.kill();
    CHECK(sandbox.exitStatus() == QProcess::CrashExit);

    sandbox.restart(QStringList{});
    TestClient after = adminClient(sandbox);
    requireStillThere(after, written);
}

TEST_CASE("SIGINT stops the server cleanly", "[api][lifecycle]")
{
    SandboxProcess sandbox(SandboxProcess::defaultArguments(10));
    TestClient admin = adminClient(sandbox);
    requireSuccess(admin.call(u"organization.info"_s));
    const qint64 pid = sandbox.processId();
    REQUIRE(pid > 0);
    ::kill(pid_t(pid), SIGINT);
    REQUIRE(sandbox.waitForExit(10'000));
    CHECK(sandbox.exitStatus() == QProcess::NormalExit);
    CHECK(sandbox.exitCode() == 0);
}

TEST_CASE("A restart after the admin key was revoked writes a new admin.key", "[api][lifecycle]")
{
    SandboxProcess sandbox(SandboxProcess::defaultArguments(10));
    const QString oldKey = sandbox.adminKey();
    TestClient admin = adminClient(sandbox);
    const QJsonObject self = results(admin, u"apiKey.info"_s).toObject();
    requireSuccess(admin.call(u"apiKey.revoke"_s, {{u"apiKeyId"_s, self.value(u"id"_s)}}));
    requireError(admin.call(u"organization.info"_s), 403, u"forbidden"_s);

    REQUIRE(sandbox.stop(10'000));
    sandbox.restart(QStringList{});
    REQUIRE(sandbox.adminKey() != oldKey);
    TestClient fresh = adminClient(sandbox);
    const QJsonArray keys = results(fresh, u"apiKey.list"_s).toArray();
    CHECK(keys.size() == 2);
    CHECK(where(keys, u"isRevoked"_s, false).size() == 1);
    CHECK(where(keys, u"id"_s, self.value(u"id"_s)).at(0).toObject().value(u"isRevoked"_s)
          == QJsonValue(true));
    TestClient revoked(sandbox.baseUrl(), oldKey); // the restart picked a new port
    requireError(revoked.call(u"organization.info"_s), 403, u"forbidden"_s);

    struct stat info = {};
    REQUIRE(::stat(QFile::encodeName(QDir(sandbox.dataDir()).filePath(u"admin.key"_s)).constData(),
                   &info)
            == 0);
    CHECK((info.st_mode & 0777) == 0600);
}
