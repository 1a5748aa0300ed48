// Command-line handling of tessera-sandbox: bad flags and unusable addresses fail loudly.
#include "ApiHelpers.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

// Runs the sandbox with `arguments` plus a private --data directory.
ProcessResult runWithData(const QStringList &arguments)
{
    QTemporaryDir data;
    REQUIRE(data.isValid());
    return SandboxProcess::runToExit(arguments + QStringList{u"--data"_s, data.path()});
}

// Exit status 2 is a bad option value, 1 a start that failed (docs/API.md §4.1).
void requireFailure(const ProcessResult &result, int exitCode, const QString &messagePart)
{
    INFO("stdout: " << result.standardOutput.toStdString());
    INFO("stderr: " << result.standardError.toStdString());
    REQUIRE(result.finished);
    CHECK(result.exitStatus == QProcess::NormalExit);
    CHECK(result.exitCode == exitCode);
    CHECK(result.standardError.contains(messagePart));
    CHECK_FALSE(result.standardOutput.contains(u"listening"_s));
}

} // namespace

TEST_CASE("CLI: --listen with a bad value exits non-zero with a message", "[api][cli]")
{
    for (const QString &listen : {u"nonsense"_s, u"127.0.0.1"_s, u"127.0.0.1:99999"_s,
                                  u"localhost:8787"_s, u":8787"_s, u"127.0.0.1:-1"_s}) {
        INFO("--listen " << listen.toStdString());
        requireFailure(runWithData({u"--listen"_s, listen}), 2, u"--listen"_s);
    }
}

TEST_CASE("CLI: --seed with an unknown name exits non-zero", "[api][cli]")
{
    requireFailure(runWithData({u"--listen"_s, u"127.0.0.1:0"_s, u"--seed"_s, u"nonsense"_s}), 1,
                   u"nonsense"_s);
}

TEST_CASE("CLI: a port in use exits non-zero with a clear message and leaves the store alone",
          "[api][cli]")
{
    QTcpServer occupant;
    REQUIRE(occupant.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(occupant.serverPort());
    QTemporaryDir data;
    REQUIRE(data.isValid());
    const ProcessResult result = SandboxProcess::runToExit(
        {u"--listen"_s, u"127.0.0.1:"_s + port, u"--seed"_s, u"demo"_s, u"--candidates"_s,
         u"5"_s, u"--data"_s, data.path()});
    requireFailure(result, 1, u"127.0.0.1:"_s + port);
    CHECK(result.standardError.contains(u"listen"_s, Qt::CaseInsensitive));
    // Nothing was seeded and no key was made, so a later start begins from scratch.
    CHECK_FALSE(QFile::exists(data.filePath(u"admin.key"_s)));
}

TEST_CASE("CLI: option values out of range exit with status 2", "[api][cli]")
{
    const QStringList listen{u"--listen"_s, u"127.0.0.1:0"_s};
    requireFailure(runWithData(listen + QStringList{u"--candidates"_s, u"-3"_s}), 2,
                   u"--candidates"_s);
    requireFailure(runWithData(listen + QStringList{u"--fault-5xx-rate"_s, u"1.5"_s}), 2,
                   u"--fault-5xx-rate"_s);
    requireFailure(runWithData(listen + QStringList{u"--rate-limit"_s, u"many"_s}), 2,
                   u"--rate-limit"_s);
}

TEST_CASE("CLI: an unknown --plan exits with status 1", "[api][cli]")
{
    requireFailure(runWithData({u"--listen"_s, u"127.0.0.1:0"_s, u"--plan"_s, u"Platinum"_s}), 1,
                   u"Platinum"_s);
}

TEST_CASE("CLI: a --data path that is a file exits non-zero", "[api][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(u"not-a-directory"_s);
    QFile blocker(file);
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const ProcessResult result =
        SandboxProcess::runToExit({u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, file});
    requireFailure(result, 1, file);
}

TEST_CASE("CLI: --help describes the flags and exits 0", "[api][cli]")
{
    const ProcessResult result = SandboxProcess::runToExit({u"--help"_s});
    REQUIRE(result.finished);
    CHECK(result.exitCode == 0);
    for (const QString &flag :
         {u"--listen"_s, u"--data"_s, u"--seed"_s, u"--candidates"_s, u"--rate-limit"_s})
        CHECK(result.standardOutput.contains(flag));
}
