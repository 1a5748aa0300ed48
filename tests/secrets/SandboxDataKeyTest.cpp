// The embedded sandbox's data key in the real keychain (app/SandboxHost): created on first use,
// reused on the next start, and a key that is not the database's stops the start with what to do.
#include "SecretTestSupport.h"
#include "tests/support/TestClient.h"

#include "app/SandboxHost.h"

#include <QDirIterator>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

struct HostRun
{
    bool started = false;
    QString error;
    QUrl url;
};

// Starts a host and waits for started() or failed().
HostRun startHost(SandboxHost &host)
{
    HostRun run;
    QObject context;
    QObject::connect(&host, &SandboxHost::started, &context, [&run](const QUrl &url) {
        run.started = true;
        run.url = url;
    });
    QObject::connect(&host, &SandboxHost::failed, &context,
                     [&run](const QString &message) { run.error = message; });
    host.start();
    REQUIRE(QTest::qWaitFor([&run] { return run.started || !run.error.isEmpty(); }, 60'000));
    return run;
}

QString adminKeyOf(SandboxHost &host)
{
    QSignalSpy created(&host, &SandboxHost::adminKeyCreated);
    host.createAdminKey(u"test"_s);
    REQUIRE(created.wait(10'000));
    return created.first().first().toString();
}

bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("SandboxHost keeps the sandbox's data key in the keychain and its secrets sealed",
          "[secrets][sandbox]")
{
    StoreFixture fixture;
    QTemporaryDir dataDir;
    const QString backendId = SandboxHost::dataKeyBackendId(dataDir.path());
    REQUIRE(fixture.read(backendId, SandboxHost::dataKeyName()).kind
            == SecretError::Kind::NotFound);
    const QString token = u"embedded-secret-"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        SandboxHost host(dataDir.path(), &fixture.store);
        const HostRun run = startHost(host);
        INFO(run.error.toStdString());
        REQUIRE(run.started);
        TestClient client(run.url, adminKeyOf(host));
        requireSuccess(client.call(u"webhook.create"_s,
                                   {{u"webhookType"_s, u"candidateHire"_s},
                                    {u"requestUrl"_s, u"http://127.0.0.1:9/x"_s},
                                    {u"secretToken"_s, token}}));
        CHECK_FALSE(anyFileContains(dataDir.path(), token.toUtf8()));
        CHECK_FALSE(QFile::exists(dataDir.filePath(u"data.key"_s))); // the keychain has it
    }
    const SecretResult key = fixture.read(backendId, SandboxHost::dataKeyName());
    REQUIRE(key);
    CHECK(QByteArray::fromHex(key.secret.toLatin1()).size() == 32);
    CHECK_FALSE(anyFileContains(dataDir.path(), key.secret.toUtf8()));

    { // The next start finds the same key.
        SandboxHost host(dataDir.path(), &fixture.store);
        const HostRun run = startHost(host);
        INFO(run.error.toStdString());
        CHECK(run.started);
    }
    CHECK(fixture.read(backendId, SandboxHost::dataKeyName()).secret == key.secret);

    { // Another key in the keychain: a clear error, no crash.
        REQUIRE(fixture.write(backendId, SandboxHost::dataKeyName(), QString(64, u'b')));
        SandboxHost host(dataDir.path(), &fixture.store);
        const HostRun run = startHost(host);
        CHECK_FALSE(run.started);
        CHECK(run.error.contains(u"does not open the secrets"_s));
        CHECK(run.error.contains(u"--reset-secrets"_s));
        CHECK(run.error.contains(u"keychain"_s));
    }
    CHECK(fixture.remove(backendId, SandboxHost::dataKeyName()));
}
