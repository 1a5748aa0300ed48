// Settings' "Local data" section: what the cache of the backend in use holds, "Forget local
// data", and the switch. A real cache file (written by a sync from a real sandbox) in the
// default folder (test mode), its key in the real Secret Service.
#include "tests/client/ClientFixture.h"

#include "models/candidates/CandidateCache.h"
#include "models/candidates/CandidateDirectory.h"
#include "models/candidates/CandidatesModel.h"
#include "models/secrets/SecretStore.h"
#include "models/settings/Settings.h"
#include "ui/settings/SettingsView.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QPromise>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"cache-ui"_s, SandboxProcess::defaultArguments(120));
}

void drainFileThread()
{
    auto promise = std::make_shared<QPromise<void>>();
    QFuture<void> done = promise->future();
    CandidateCache::fileThread().start([promise] {
        promise->start();
        promise->finish();
    });
    REQUIRE(QTest::qWaitFor([&done] { return done.isFinished(); }, 30'000));
}

bool keyExists(SecretStore &secrets, const QString &backendId)
{
    bool done = false;
    bool found = false;
    QObject receiver;
    SecretJob *job = secrets.read(backendId, QLatin1String(CandidateCache::keyName), nullptr);
    QObject::connect(job, &SecretJob::finished, &receiver, [&] {
        done = true;
        found = job->isOk();
    });
    REQUIRE(QTest::qWaitFor([&done] { return done; }, 60'000));
    return found;
}

QString infoText(const SettingsView &view)
{
    for (const QLabel *candidate : view.findChildren<QLabel *>())
        if (candidate->accessibleName() == u"Local candidate data"_s)
            return candidate->text();
    return {};
}

QPushButton *button(const SettingsView &view, const QString &text)
{
    for (QPushButton *candidate : view.findChildren<QPushButton *>())
        if (candidate->text() == text)
            return candidate;
    return nullptr;
}

} // namespace

TEST_CASE("Settings shows the local data of the backend in use and forgets it", "[cache][settings]")
{
    ClientFixture fixture(sandbox());
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(u"tessera.ini"_s));
    SecretStore secrets(&settings);
    BackendConfig backend;
    backend.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    backend.name = u"Cache test"_s;
    backend.url = sandbox().baseUrl();
    backend.kind = BackendConfig::Kind::Remote;
    REQUIRE(settings.saveBackend(backend));
    REQUIRE(settings.setCurrentBackendId(backend.id));

    int rows = 0;
    QString path;
    {
        CandidateCache cache(backend.id, &settings, &secrets); // the default folder
        CandidateDirectory directory(fixture.client.get(), nullptr);
        directory.setCache(&cache);
        bool saved = false;
        QObject::connect(&cache, &CandidateCache::saved, &cache, [&saved](bool ok) { saved = ok; });
        directory.sync();
        REQUIRE(QTest::qWaitFor([&saved] { return saved; }, 60'000));
        rows = directory.model()->rowCount();
        path = cache.filePath();
    }
    REQUIRE(QFileInfo::exists(path));
    REQUIRE(keyExists(secrets, backend.id));

    SettingsView view(&settings, &secrets);
    view.resize(900, 900);
    view.show();
    const QString expected = u"Candidates stored: %1."_s.arg(QLocale().toString(rows));
    REQUIRE(QTest::qWaitFor([&] { return infoText(view).startsWith(expected); }, 30'000));
    CHECK(infoText(view).contains(u"Last synced:"_s));
    QPushButton *forget = button(view, u"Forget &local data"_s);
    REQUIRE(forget);
    CHECK(forget->isEnabled());

    SECTION("Forget local data removes the file and the key")
    {
        forget->click();
        drainFileThread();
        CHECK_FALSE(QFileInfo::exists(path));
        REQUIRE(QTest::qWaitFor([&] {
            return infoText(view).startsWith(u"No candidate data of this backend"_s);
        }, 30'000));
        CHECK_FALSE(forget->isEnabled());
        REQUIRE(QTest::qWaitFor([&] {
            return !settings.secretNames(backend.id).contains(QLatin1String(CandidateCache::keyName));
        }, 30'000));
        CHECK_FALSE(keyExists(secrets, backend.id));
    }
    SECTION("switching the cache off removes the file and stays off")
    {
        QCheckBox *box = view.findChild<QCheckBox *>();
        REQUIRE(box);
        CHECK(box->isChecked());
        box->click();
        CHECK_FALSE(settings.candidateCacheChoice());
        drainFileThread();
        CHECK_FALSE(QFileInfo::exists(path));
        REQUIRE(QTest::qWaitFor([&] {
            return infoText(view).startsWith(u"No candidate data of this backend"_s);
        }, 30'000));
        CHECK_FALSE(keyExists(secrets, backend.id));
        settings.sync();
        CHECK_FALSE(Settings(settingsDir.filePath(u"tessera.ini"_s)).candidateCacheChoice());
    }
    QObject receiver;
    bool forgotten = false;
    QObject::connect(secrets.forgetBackend(backend.id, nullptr), &SecretJob::finished, &receiver,
                     [&forgotten] { forgotten = true; });
    CHECK(QTest::qWaitFor([&forgotten] { return forgotten; }, 30'000));
    CandidateCache::forget(backend.id, nullptr);
    drainFileThread();
}
