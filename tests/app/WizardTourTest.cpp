// The wizards on the whole console and embedded sandbox. After an admin enabled all five
// integrations, no secret the console knows is anywhere on disk in clear: not in the settings,
// the sandbox's database, the candidate cache, logs or anything else under the home and XDG
// directories. And a long partner step (Willo's first sync) shows in the status bar.
#include "tests/support/CatchQt.h"
#include "tests/support/ConsoleOnSandbox.h"
#include "tests/support/Waiting.h"

#include "app/capture/WizardDriver.h"
#include "models/core/BackgroundWork.h"
#include "models/secrets/SecretJob.h"
#include "ui/marketplace/MarketplaceView.h"
#include "ui/wizards/EnableWizard.h"

#include <QDirIterator>
#include <QFile>
#include <QProcessEnvironment>
#include <QSet>
#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

// The home and XDG folders of this run (scripts/test makes them throwaway).
QStringList dataRoots()
{
    QSet<QString> roots{QDir::homePath()};
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        if (const QString path = environment.value(QLatin1String(name)); !path.isEmpty())
            roots.insert(path);
    return roots.values();
}

QStringList filesContainingAny(const QStringList &roots, const QList<QByteArray> &needles)
{
    QStringList hits;
    for (const QString &root : roots) {
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.size() > 512 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            for (const QByteArray &needle : needles)
                if (content.contains(needle))
                    hits << file.fileName();
        }
    }
    return hits;
}

// The marketplace of a console on the sandbox, once it knows the simulated partners.
MarketplaceView *marketplaceOf(ConsoleOnSandbox &app)
{
    auto *marketplace = app.view<MarketplaceView>(MainWindow::View::Marketplace);
    REQUIRE(marketplace);
    REQUIRE(waitUntil([marketplace] { return marketplace->currentContext().partnerConsole; }));
    return marketplace;
}

// Enables one integration through its wizard, as an admin would; fails the test if it can't.
void runWizard(MarketplaceView *marketplace, const QString &integrationId)
{
    INFO(integrationId.toStdString());
    EnableWizard *wizard = marketplace->openWizard(integrationId);
    REQUIRE(wizard);
    WizardDriver driver(wizard);
    std::optional<std::pair<bool, QString>> result;
    QObject::connect(&driver, &WizardDriver::finished, &driver,
                     [&result](bool ok, const QString &why) { result = {ok, why}; });
    driver.start();
    REQUIRE(waitUntil([&result] { return result.has_value(); }, 120'000));
    INFO(result->second.toStdString());
    REQUIRE(result->first);
}

} // namespace

TEST_CASE("no secret is on disk in clear after all five wizards ran", "[app][secrets]")
{
    ConsoleOnSandbox app;
    REQUIRE(app.startAndSync());
    MarketplaceView *marketplace = marketplaceOf(app);
    for (const QString &id : {u"juro"_s, u"willo"_s, u"humaans"_s, u"sora"_s, u"justifacts"_s})
        runWizard(marketplace, id);

    // Every secret the console keeps for this backend, read back from the keychain.
    const QString backendId = app.settings.currentBackendId();
    const QStringList names = app.settings.secretNames(backendId);
    REQUIRE(names.size() >= 5); // the console's key and at least one per wizard
    QList<QByteArray> values;
    QObject context;
    for (const QString &name : names) {
        SecretJob *job = app.secrets.read(backendId, name, &context);
        bool done = false;
        QObject::connect(job, &SecretJob::finished, &context, [&done, &values, job] {
            if (job->secret().size() >= 8) { // a real secret, not an empty or flag value
                // As text in any encoding a file might hold: UTF-8, UTF-16 either way, base64.
                const QString secret = job->secret();
                const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()),
                                       secret.size() * 2);
                QByteArray utf16be = utf16;
                for (qsizetype i = 0; i + 1 < utf16be.size(); i += 2)
                    std::swap(utf16be[i], utf16be[i + 1]);
                values << secret.toUtf8() << utf16 << utf16be << secret.toUtf8().toBase64();
            }
            done = true;
        });
        REQUIRE(waitUntil([&done] { return done; }, 10'000));
    }
    INFO(names.join(u", "_s).toStdString());
    REQUIRE(values.size() >= 5 * 4);

    const QStringList hits = filesContainingAny(dataRoots(), values);
    INFO(hits.join(u'\n').toStdString());
    CHECK(hits.isEmpty());
}

TEST_CASE("Willo's first sync shows in the status bar while the wizard waits for it",
          "[app][wizard]")
{
    ConsoleOnSandbox app;
    REQUIRE(app.startAndSync());
    MarketplaceView *marketplace = marketplaceOf(app);
    QStringList shown;
    QObject watcher;
    QObject::connect(app.context()->backgroundWork(), &BackgroundWork::changed, &watcher,
                     [&shown, &app] { shown << app.window()->backgroundWorkText(); });

    runWizard(marketplace, u"willo"_s);
    INFO(shown.join(u" | "_s).toStdString());
    CHECK(std::any_of(shown.cbegin(), shown.cend(), [](const QString &text) {
        return text.startsWith(u"Willo's first sync"_s);
    }));
    REQUIRE(waitUntil([&app] { return app.context()->backgroundWork()->isIdle(); }));
}
