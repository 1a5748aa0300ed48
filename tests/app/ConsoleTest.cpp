// The whole console on the embedded sandbox: key in the keychain and nowhere on disk,
// navigation by keyboard, and a second start that reuses the key.
#include "tests/support/CatchQt.h"
#include "tests/support/TestClient.h"

#include "app/ConsoleController.h"
#include "models/candidates/CandidateDirectory.h"
#include "models/secrets/SecretStore.h"
#include "models/session/BackendSession.h"
#include "models/settings/Settings.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QDialog>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

QString readSecret(SecretStore &secrets, const QString &backendId)
{
    QString value;
    bool done = false;
    QObject context;
    SecretJob *job = secrets.read(backendId, QLatin1String(ConsoleController::apiKeyName), &context);
    QObject::connect(job, &SecretJob::finished, &context, [&] {
        value = job->secret();
        done = true;
    });
    REQUIRE(QTest::qWaitFor([&done] { return done; }, 10'000));
    return value;
}

// Every regular file below these folders that contains `needle`.
QStringList filesContaining(const QStringList &roots, const QByteArray &needle)
{
    QStringList hits;
    for (const QString &root : roots) {
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.size() < 512 * 1024 * 1024 && file.open(QIODevice::ReadOnly)
                && file.readAll().contains(needle))
                hits << file.fileName();
        }
    }
    return hits;
}

bool waitReady(ConsoleController &console)
{
    return QTest::qWaitFor([&console] {
        return console.context()
            && console.context()->candidates()->state() == CandidateDirectory::State::Ready;
    }, 60'000);
}

} // namespace

TEST_CASE("the console keeps the sandbox key in the keychain only", "[app][console]")
{
    Settings settings;
    SecretStore secrets(&settings);
    QString key;
    {
        ConsoleController console(&settings, &secrets);
        console.start({true, {}});
        REQUIRE(waitReady(console));
        CHECK(console.context()->session()->state() == BackendSession::State::Connected);
        CHECK(console.context()->session()->organization().name == u"Northwind Robotics"_s);
        CHECK(console.context()->candidates()->loaded() > 0);
        CHECK(secrets.storage() == SecretStore::Storage::Keychain);

        const QString backendId = settings.currentBackendId();
        REQUIRE_FALSE(backendId.isEmpty());
        key = readSecret(secrets, backendId);
        REQUIRE(key.startsWith(u"tsk_"_s));
        settings.sync();

        const QStringList roots{
            QFileInfo(settings.filePath()).absolutePath(),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
            QDir::homePath()};
        INFO("searched " << roots.join(u", "_s).toStdString());
        CHECK(filesContaining(roots, key.toUtf8()).isEmpty());
        QFile settingsFile(settings.filePath());
        REQUIRE(settingsFile.open(QIODevice::ReadOnly));
        CHECK_FALSE(settingsFile.readAll().contains("tsk_"));
    }

    // A second start finds the key in the keychain instead of creating another one.
    ConsoleController again(&settings, &secrets);
    again.start({true, {}});
    REQUIRE(waitReady(again));
    CHECK(readSecret(secrets, settings.currentBackendId()) == key);
    const auto backend = settings.backend(settings.currentBackendId());
    REQUIRE(backend);
    TestClient client(backend->url, key);
    const ApiReply keys = client.call(u"apiKey.list"_s);
    REQUIRE(keys.isSuccess());
    int consoleKeys = 0; // active ones: other tests on this sandbox may have revoked some
    for (const QJsonValue entry : keys.resultArray())
        if (entry.toObject().value(u"title"_s).toString().contains(u"Tessera console"_s)
            && !entry.toObject().value(u"isRevoked"_s).toBool())
            ++consoleKeys;
    CHECK(consoleKeys == 1);
}

TEST_CASE("Ctrl+1…8 switch the main views", "[app][console]")
{
    Settings settings;
    SecretStore secrets(&settings);
    ConsoleController console(&settings, &secrets);
    console.start({true, {}});
    MainWindow *window = console.window();
    REQUIRE(QTest::qWaitForWindowExposed(window));
    const MainWindow::View views[] = {MainWindow::View::Marketplace, MainWindow::View::FieldMappings,
                                      MainWindow::View::InterviewPlans, MainWindow::View::Candidates,
                                      MainWindow::View::Dashboard, MainWindow::View::Settings,
                                      MainWindow::View::ApiKeys, MainWindow::View::Webhooks};
    for (int index = 7; index >= 0; --index) {
        QTest::keyClick(window, Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
        CHECK(window->currentView() == views[index]);
        CHECK_FALSE(window->viewWidget(views[index])->accessibleName().isEmpty());
    }
    REQUIRE(waitReady(console)); // let the sync finish before the console goes away
}

TEST_CASE("a sandbox key the sandbox rejects is replaced once, without asking", "[app][console]")
{
    Settings settings;
    SecretStore secrets(&settings);
    ConsoleController console(&settings, &secrets);
    console.start({true, {}});
    REQUIRE(waitReady(console));
    const QString oldKey = readSecret(secrets, settings.currentBackendId());
    const auto backend = settings.backend(settings.currentBackendId());
    REQUIRE(backend);

    // Revoke the console's own key behind its back (as a reset sandbox would forget it).
    TestClient client(backend->url, oldKey);
    const ApiReply info = client.call(u"apiKey.info"_s);
    REQUIRE(info.isSuccess());
    REQUIRE(client.call(u"apiKey.revoke"_s, {{u"apiKeyId"_s, info.resultObject().value(u"id"_s)}})
                .isSuccess());

    console.context()->session()->connectToBackend();
    REQUIRE(QTest::qWaitFor([&] {
        return console.context()->session()->state() == BackendSession::State::Connected
            && readSecret(secrets, settings.currentBackendId()) != oldKey;
    }, 20'000));
    // The candidates sync that follows the new key is done: a question, had one been asked
    // about the rejected key, would be open by now.
    REQUIRE(waitReady(console));
    bool dialogShown = false;
    for (QWidget *widget : QApplication::topLevelWidgets())
        dialogShown = dialogShown || (widget->isVisible() && qobject_cast<QDialog *>(widget));
    CHECK_FALSE(dialogShown);
}

TEST_CASE("a demo profile starts its own sandbox with every integration set up",
          "[app][console]")
{
    // --demo: a profile of its own (main.cpp renames the application before anything reads
    // settings or app data), whose new sandbox is seeded with every integration enabled.
    QCoreApplication::setApplicationName(u"tessera-demo-test"_s);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    Settings settings;
    SecretStore secrets(&settings);
    ConsoleController console(&settings, &secrets);
    ConsoleController::Options options;
    options.sandbox = true;
    options.sandboxEnableAll = true;
    console.start(options);
    REQUIRE(waitReady(console));
    const auto backend = settings.backend(settings.currentBackendId());
    REQUIRE(backend);
    TestClient client(backend->url, readSecret(secrets, backend->id));
    const ApiReply integrations = client.call(u"integration.list"_s);
    REQUIRE(integrations.isSuccess());
    QStringList enabled;
    for (const QJsonValue entry : integrations.resultArray())
        if (entry.toObject().value(u"state"_s).toString() == u"enabled"_s)
            enabled << entry.toObject().value(u"id"_s).toString();
    enabled.sort();
    CHECK(enabled == QStringList{u"humaans"_s, u"juro"_s, u"justifacts"_s, u"sora"_s, u"willo"_s});
}
