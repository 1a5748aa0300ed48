#pragma once

// Helpers for the SecretStore tests: a store over a throwaway settings file, and waiting for a
// SecretJob while recording how it finished.
#include "tests/support/CatchQt.h"

#include "models/secrets/SecretStore.h"
#include "models/settings/Settings.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace Tessera::Test {

struct SecretResult
{
    int finishedCount = 0;
    bool ok = false;
    SecretError::Kind kind = SecretError::Kind::None;
    QString message;
    QString secret;
    int attempts = -1;

    // REQUIRE(result) passes when the job finished OK and prints the result when it did not.
    explicit operator bool() const { return ok; }
};

// Waits until the job finishes, then a little longer to catch a second finished().
inline SecretResult waitFor(SecretJob *job, int timeoutMs = 60'000)
{
    auto result = std::make_shared<SecretResult>();
    QObject receiver;
    QObject::connect(job, &SecretJob::finished, &receiver, [job, result] {
        ++result->finishedCount;
        result->ok = job->isOk();
        result->kind = job->error().kind();
        result->message = job->error().userMessage();
        result->secret = job->secret();
        result->attempts = job->attempts();
    });
    const bool finished =
        QTest::qWaitFor([result] { return result->finishedCount > 0; }, timeoutMs);
    QTest::qWait(20);
    INFO("job message: " << result->message.toStdString());
    REQUIRE(finished);
    REQUIRE(result->finishedCount == 1);
    return *result;
}

inline QString newBackendId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A SecretStore over settings in a temporary directory; jobs are children of `context`.
struct StoreFixture
{
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("tessera.ini"))};
    SecretStore store{&settings};
    QObject context;

    StoreFixture() { store.setRetryDelay(std::chrono::milliseconds(300)); }

    SecretResult write(const QString &backendId, const QString &name, const QString &secret)
    {
        return waitFor(store.write(backendId, name, secret, &context));
    }
    SecretResult read(const QString &backendId, const QString &name)
    {
        return waitFor(store.read(backendId, name, &context));
    }
    SecretResult remove(const QString &backendId, const QString &name)
    {
        return waitFor(store.remove(backendId, name, &context));
    }
    SecretResult forget(const QString &backendId)
    {
        return waitFor(store.forgetBackend(backendId, &context));
    }

    // Whether any file under the temporary directory (the settings file included) holds `text`.
    bool diskContains(const QString &text)
    {
        REQUIRE(settings.sync());
        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QByteArray contents = file.readAll();
            if (contents.contains(text.toUtf8()))
                return true;
        }
        return false;
    }
};

} // namespace Tessera::Test

namespace Catch {

template<>
struct StringMaker<Tessera::Test::SecretResult>
{
    static std::string convert(const Tessera::Test::SecretResult &result)
    {
        if (result.ok)
            return "OK after " + std::to_string(result.attempts) + " attempt(s)";
        static const char *const kinds[] = {"None", "NotFound", "Unavailable", "Other"};
        return std::string(kinds[int(result.kind)]) + " after "
            + std::to_string(result.attempts) + " attempt(s): " + result.message.toStdString();
    }
};

} // namespace Catch
