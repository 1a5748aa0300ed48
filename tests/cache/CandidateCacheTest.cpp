// CandidateCache with CandidateDirectory: a restart fills the list from the encrypted cache and
// then syncs incrementally; the file holds nothing in clear; a wrong key, a damaged file, the
// off switch and "forget" all behave. Real sandbox, real Secret Service.
#include "tests/client/ClientFixture.h"

#include "models/candidates/CacheCipher.h"
#include "models/candidates/CandidateCache.h"
#include "models/candidates/CandidateDirectory.h"
#include "models/candidates/CandidatesModel.h"
#include "models/secrets/SecretStore.h"
#include "models/settings/Settings.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

constexpr int poolSize = 300;

SandboxProcess &sandbox()
{
    return sharedSandbox(u"cache"_s, SandboxProcess::defaultArguments(poolSize));
}

// Waits until every file operation queued so far has run: the file thread runs them in order.
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


struct SecretOutcome
{
    bool finished = false;
    bool ok = false;
    SecretError::Kind kind = SecretError::Kind::None;
    QString secret;
};

SecretOutcome waitFor(SecretJob *job)
{
    auto outcome = std::make_shared<SecretOutcome>();
    QObject receiver;
    QObject::connect(job, &SecretJob::finished, &receiver, [job, outcome] {
        outcome->finished = true;
        outcome->ok = job->isOk();
        outcome->kind = job->error().kind();
        outcome->secret = job->secret();
    });
    REQUIRE(QTest::qWaitFor([outcome] { return outcome->finished; }, 60'000));
    return *outcome;
}

// One console start against the shared sandbox: a directory with its own model and cache.
struct Start
{
    Start(ClientFixture &fixture, Settings &settings, SecretStore &secrets, const QString &backendId,
          const QString &cacheDir)
        : cache(backendId, &settings, &secrets)
        , directory(fixture.client.get(), nullptr)
        , tester(directory.model(), QAbstractItemModelTester::FailureReportingMode::Fatal)
    {
        cache.setDirectory(cacheDir);
        directory.setCache(&cache);
        QObject::connect(&this->directory, &CandidateDirectory::cacheLoaded, &cache,
                         [this](qint64 rows) {
                             cachedRows = rows;
                             rowsAtCacheLoaded = this->directory.model()->rowCount();
                         });
        QObject::connect(&this->directory, &CandidateDirectory::streamFetched, &cache,
                         [this](const QString &stream, bool incremental, qint64 records) {
                             fetches.append({stream, incremental, records});
                         });
        QObject::connect(&cache, &CandidateCache::saved, &cache, [this](bool ok) {
            ++saves;
            lastSaveOk = ok;
        });
    }

    void syncToReady()
    {
        directory.sync();
        REQUIRE(QTest::qWaitFor([this] {
            return directory.state() == CandidateDirectory::State::Ready
                || directory.state() == CandidateDirectory::State::Failed;
        }, 60'000));
        REQUIRE(directory.state() == CandidateDirectory::State::Ready);
    }

    void waitForSave()
    {
        REQUIRE(QTest::qWaitFor([this] { return saves > 0; }, 60'000));
        REQUIRE(lastSaveOk);
    }

    struct Fetch
    {
        QString stream;
        bool incremental = false;
        qint64 records = 0;
    };

    CandidateCache cache;
    CandidateDirectory directory;
    QAbstractItemModelTester tester;
    qint64 cachedRows = -1;
    int rowsAtCacheLoaded = -1;
    QList<Fetch> fetches;
    int saves = 0;
    bool lastSaveOk = false;
};

struct CacheFixture
{
    CacheFixture()
        : fixture(sandbox())
        , settings(settingsDir.filePath(u"tessera.ini"_s))
        , secrets(&settings)
        , backendId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        REQUIRE(settingsDir.isValid());
        REQUIRE(cacheDir.isValid());
    }
    ~CacheFixture()
    {
        // The test's keychain entries go (no REQUIRE here: a destructor must not throw).
        bool done = false;
        QObject receiver;
        QObject::connect(secrets.forgetBackend(backendId, nullptr), &SecretJob::finished,
                         &receiver, [&done] { done = true; });
        if (!QTest::qWaitFor([&done] { return done; }, 30'000))
            qWarning("the test's keychain entries could not be removed");
    }

    QString cachePath() const
    {
        return CandidateCacheFile::path(cacheDir.path(), backendId);
    }
    std::unique_ptr<Start> start()
    {
        return std::make_unique<Start>(fixture, settings, secrets, backendId, cacheDir.path());
    }

    ClientFixture fixture;
    QTemporaryDir settingsDir;
    QTemporaryDir cacheDir;
    Settings settings;
    SecretStore secrets;
    QString backendId;
};

QString nameAt(const CandidatesModel &model, int row)
{
    return model.index(row, CandidatesModel::NameColumn).data().toString();
}

} // namespace

TEST_CASE("a restart shows the cached rows at once, then syncs incrementally", "[cache]")
{
    CacheFixture f;
    QStringList names;
    QString renamedId;
    {
        auto first = f.start();
        first->syncToReady();
        CHECK(first->cachedRows == 0); // no file yet: a full sync
        REQUIRE(first->fetches.size() == 2);
        CHECK_FALSE(first->fetches.at(0).incremental);
        first->waitForSave();
        const CandidatesModel &model = *first->directory.model();
        REQUIRE(model.rowCount() >= poolSize);
        for (int row = 0; row < model.rowCount(); ++row)
            names << nameAt(model, row);
        renamedId = model.index(7, 0).data(CandidatesModel::IdRole).toString();
    }
    const QFileInfo file(f.cachePath());
    REQUIRE(file.exists());
    CHECK(file.permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    // Changed on the server while the console was closed.
    REQUIRE(f.fixture.admin.call(u"candidate.update"_s, {{u"candidateId"_s, renamedId},
                                                         {u"name"_s, u"Renamed While Away"_s}})
                .isSuccess());

    auto second = f.start();
    // As the console does: the cache loads at once, the sync is asked for when connected.
    second->directory.loadCache();
    CHECK(second->directory.state() == CandidateDirectory::State::Idle);
    second->directory.sync();
    REQUIRE(QTest::qWaitFor([&second] { return second->cachedRows >= 0; }, 30'000));
    // Every cached row was in the model before any network answer could have come: the fetch
    // starts only after cacheLoaded().
    CHECK(second->cachedRows == names.size());
    CHECK(second->rowsAtCacheLoaded == names.size());
    CHECK(second->fetches.isEmpty());
    const CandidatesModel &model = *second->directory.model();
    QStringList cachedNames;
    for (int row = 0; row < model.rowCount(); ++row)
        cachedNames << nameAt(model, row);
    CHECK(cachedNames == names);
    CHECK_FALSE(model.index(0, CandidatesModel::StageColumn).data().toString().isEmpty());

    REQUIRE(QTest::qWaitFor([&second] {
        return second->directory.state() == CandidateDirectory::State::Ready
            || second->directory.state() == CandidateDirectory::State::Failed;
    }, 60'000));
    REQUIRE(second->directory.state() == CandidateDirectory::State::Ready);
    REQUIRE(second->fetches.size() == 2);
    CHECK(second->fetches.at(0).stream == u"candidates"_s);
    CHECK(second->fetches.at(0).incremental);
    CHECK(second->fetches.at(0).records == 1); // only the renamed candidate came over the wire
    CHECK(second->fetches.at(1).incremental);
    CHECK(model.rowCount() == names.size());
    CHECK(nameAt(model, model.rowOf(renamedId)) == u"Renamed While Away"_s);
    int withStage = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        withStage += model.index(row, CandidatesModel::StageColumn).data().toString().isEmpty() ? 0 : 1;
    CHECK(withStage == model.rowCount());
}

TEST_CASE("the cache file holds no candidate name or email in clear", "[cache]")
{
    CacheFixture f;
    auto start = f.start();
    start->syncToReady();
    start->waitForSave();
    QFile file(f.cachePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("SQLite format 3"));
    REQUIRE(bytes.contains("sealed")); // the schema is in clear: the bytes are the real file
    const CandidatesModel &model = *start->directory.model();
    int checked = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column : {CandidatesModel::NameColumn, CandidatesModel::EmailColumn}) {
            const QString text = model.index(row, column).data().toString();
            if (text.size() < 6)
                continue;
            INFO(text.toStdString());
            CHECK_FALSE(bytes.contains(text.toUtf8()));
            const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()),
                                   text.size() * 2);
            CHECK_FALSE(bytes.contains(utf16));
            ++checked;
        }
    }
    CHECK(checked >= poolSize);
}

TEST_CASE("a wrong key or a damaged file discards the cache and runs a full sync", "[cache]")
{
    CacheFixture f;
    {
        auto first = f.start();
        first->syncToReady();
        first->waitForSave();
    }
    REQUIRE(QFileInfo::exists(f.cachePath()));

    SECTION("another key in the keychain")
    {
        REQUIRE(CacheCipher::initialize());
        const QString otherKey = QString::fromLatin1(CacheCipher::generateKey().toBase64());
        REQUIRE(waitFor(f.secrets.write(f.backendId, QLatin1String(CandidateCache::keyName),
                                        otherKey, nullptr))
                    .ok);
    }
    SECTION("no key in the keychain")
    {
        REQUIRE(waitFor(f.secrets.remove(f.backendId, QLatin1String(CandidateCache::keyName),
                                         nullptr))
                    .ok);
    }
    SECTION("damaged bytes")
    {
        QFile file(f.cachePath());
        REQUIRE(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        // Flip bytes deep inside the sealed rows (past the header page and the schema).
        for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 64; ++i)
            bytes[i] = char(bytes.at(i) ^ 0x5a);
        REQUIRE(file.seek(0));
        REQUIRE(file.write(bytes) == bytes.size());
    }
    SECTION("not a database at all")
    {
        QFile file(f.cachePath());
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write("this is not an SQLite file") > 0);
    }

    auto second = f.start();
    second->syncToReady();
    CHECK(second->cachedRows == 0);
    REQUIRE(second->fetches.size() == 2);
    CHECK_FALSE(second->fetches.at(0).incremental);
    CHECK(second->fetches.at(0).records >= poolSize);
    CHECK(second->directory.model()->rowCount() >= poolSize);
    // The full sync writes a fresh cache that the next start can read again.
    second->waitForSave();
    auto third = f.start();
    third->syncToReady();
    CHECK(third->cachedRows == second->directory.model()->rowCount());
    CHECK(third->fetches.at(0).incremental);
}

TEST_CASE("forgetting the local data removes the file and its keychain key", "[cache]")
{
    CacheFixture f;
    {
        auto first = f.start();
        first->syncToReady();
        first->waitForSave();
    }
    REQUIRE(QFileInfo::exists(f.cachePath()));
    REQUIRE(waitFor(f.secrets.read(f.backendId, QLatin1String(CandidateCache::keyName), nullptr))
                .ok);
    CHECK(f.settings.secretNames(f.backendId).contains(QLatin1String(CandidateCache::keyName)));

    const CandidateCacheFileInfo before = CandidateCache::fileInfo(f.backendId, f.cacheDir.path())
                                              .result();
    CHECK(before.exists);
    CHECK(before.rows >= poolSize);
    CHECK(before.bytes > 0);
    CHECK(before.syncedAt.isValid());

    CandidateCache::forget(f.backendId, &f.secrets, f.cacheDir.path());
    drainFileThread();
    CHECK_FALSE(QFileInfo::exists(f.cachePath()));
    REQUIRE(QTest::qWaitFor([&f] {
        return !f.settings.secretNames(f.backendId).contains(QLatin1String(CandidateCache::keyName));
    }, 30'000));
    const SecretOutcome read =
        waitFor(f.secrets.read(f.backendId, QLatin1String(CandidateCache::keyName), nullptr));
    CHECK(read.kind == SecretError::Kind::NotFound);
    CHECK_FALSE(CandidateCache::fileInfo(f.backendId, f.cacheDir.path()).result().exists);
}

TEST_CASE("with the cache switched off no file is written and an existing one goes", "[cache]")
{
    CacheFixture f;
    SECTION("a file from before is removed when the switch goes off")
    {
        {
            auto first = f.start();
            first->syncToReady();
            first->waitForSave();
        }
        REQUIRE(QFileInfo::exists(f.cachePath()));
        auto running = f.start(); // a live cache reacts to the switch
        f.settings.setCandidateCacheChoice(false);
        drainFileThread();
        CHECK_FALSE(QFileInfo::exists(f.cachePath()));
    }
    SECTION("switched off in Settings")
    {
        f.settings.setCandidateCacheChoice(false);
    }
    SECTION("--no-cache")
    {
        f.settings.turnOffCandidateCacheForSession();
        CHECK(f.settings.candidateCacheChoice()); // the stored choice is kept
    }
    CHECK_FALSE(f.settings.candidateCacheEnabled());
    auto start = f.start();
    start->syncToReady();
    CHECK(start->cachedRows == 0);
    CHECK_FALSE(start->fetches.at(0).incremental);
    drainFileThread(); // a write would have been queued before this
    CHECK_FALSE(QFileInfo::exists(f.cachePath()));
    CHECK_FALSE(QFileInfo::exists(f.cachePath() + u".new"_s));
    CHECK(start->saves == 0);
    // No key was made either.
    const SecretOutcome read =
        waitFor(f.secrets.read(f.backendId, QLatin1String(CandidateCache::keyName), nullptr));
    CHECK(read.kind == SecretError::Kind::NotFound);
}
