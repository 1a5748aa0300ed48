// Settings: the typed facade over the INI file.
#include "tests/support/CatchQt.h"

#include "models/settings/Settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using Tessera::BackendConfig;
using Tessera::Settings;

namespace {

// Settings has no generic setter that could take a secret.
template<typename T>
concept HasGenericSetter = requires(T &settings) { settings.setValue(QString(), QVariant()); };
static_assert(!HasGenericSetter<Settings>);

struct TempSettings
{
    QTemporaryDir dir;
    QString path = dir.filePath(u"tessera.ini"_s);
    std::unique_ptr<Settings> settings = std::make_unique<Settings>(path);

    // Writes everything and opens the file again, as the next run of the console would.
    Settings &reopen()
    {
        REQUIRE(settings->sync());
        settings.reset();
        settings = std::make_unique<Settings>(path);
        return *settings;
    }

    QByteArray fileContents() const
    {
        REQUIRE(settings->sync());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }
};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

BackendConfig remoteBackend(const QString &name = u"Acme production"_s)
{
    return BackendConfig::create(name, QUrl(u"https://api.acme.example/v1"_s),
                                 BackendConfig::Kind::Remote);
}

} // namespace

TEST_CASE("Settings: a new file starts at the current schema version", "[unit]")
{
    TempSettings temp;
    Settings &settings = *temp.settings;
    CHECK(settings.filePath() == temp.path);
    CHECK(settings.schemaVersion() == Settings::currentSchemaVersion());
    CHECK_FALSE(settings.isFromNewerVersion());
    CHECK(temp.fileContents().contains("schemaVersion="));
    CHECK(settings.backends().isEmpty());
    CHECK(settings.currentBackendId().isEmpty());
    CHECK(settings.language().isEmpty());
    CHECK(settings.lastView().isEmpty());
    CHECK(settings.windowGeometry().isEmpty());
}

TEST_CASE("Settings: the default file is in the application's config location", "[unit]")
{
    const QString location = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    CHECK(QStandardPaths::isTestModeEnabled());
    CHECK(Settings::defaultFilePath() == location + u"/tessera.ini"_s);
}

TEST_CASE("Settings: backends round trip", "[unit]")
{
    TempSettings temp;
    Settings &settings = *temp.settings;
    BackendConfig production = remoteBackend();
    BackendConfig sandbox = BackendConfig::create(
        u"Local sandbox"_s, QUrl(u"http://127.0.0.1:8080"_s), BackendConfig::Kind::Sandbox);
    sandbox.allowInsecure = true;
    REQUIRE(production.isValid());
    REQUIRE(sandbox.isValid());
    CHECK(production.id != sandbox.id);

    REQUIRE(settings.saveBackend(production));
    REQUIRE(settings.saveBackend(sandbox));
    CHECK(settings.backends() == QList<BackendConfig>{production, sandbox});
    CHECK(settings.backend(sandbox.id) == sandbox);
    CHECK_FALSE(settings.backend(newId()).has_value());
    CHECK_FALSE(settings.backend(u"not-a-uuid"_s).has_value());

    SECTION("update keeps the position")
    {
        production.name = u"Acme (prod)"_s;
        production.url = QUrl(u"https://ats.acme.example"_s);
        REQUIRE(settings.saveBackend(production));
        CHECK(settings.backends() == QList<BackendConfig>{production, sandbox});
        CHECK(temp.reopen().backends() == QList<BackendConfig>{production, sandbox});
    }
    SECTION("remove")
    {
        CHECK(settings.removeBackend(production.id));
        CHECK_FALSE(settings.removeBackend(production.id));
        CHECK(settings.backends() == QList<BackendConfig>{sandbox});
        CHECK_FALSE(temp.fileContents().contains(production.id.toUtf8()));
        CHECK(temp.reopen().backends() == QList<BackendConfig>{sandbox});
    }
}

TEST_CASE("Settings: invalid backends are refused", "[unit]")
{
    TempSettings temp;
    Settings &settings = *temp.settings;
    BackendConfig backend = remoteBackend();

    SECTION("id that is not a UUID") { backend.id = u"backends/../x"_s; }
    SECTION("no id") { backend.id.clear(); }
    SECTION("not http(s)") { backend.url = QUrl(u"ftp://acme.example"_s); }
    SECTION("no host") { backend.url = QUrl(u"https://"_s); }
    SECTION("user info, which could carry a key")
    {
        backend.url = QUrl(u"https://sk_live_123:@api.acme.example"_s);
    }
    CHECK_FALSE(backend.isValid());
    CHECK_FALSE(settings.saveBackend(backend));
    CHECK(settings.backends().isEmpty());
}

TEST_CASE("Settings: BackendConfig::create drops user info from the URL", "[unit]")
{
    const BackendConfig backend = BackendConfig::create(
        u"x"_s, QUrl(u"https://user:s3cret@api.acme.example/v1"_s), BackendConfig::Kind::Remote);
    CHECK(backend.url == QUrl(u"https://api.acme.example/v1"_s));
    CHECK(backend.isValid());
    CHECK(BackendConfig::kindFromName(u"sandbox"_s) == BackendConfig::Kind::Sandbox);
    CHECK(BackendConfig::kindFromName(u"remote"_s) == BackendConfig::Kind::Remote);
    CHECK_FALSE(BackendConfig::kindFromName(u"cloud"_s).has_value());
}

TEST_CASE("Settings: the current backend is an existing one or none", "[unit]")
{
    TempSettings temp;
    Settings &settings = *temp.settings;
    const BackendConfig backend = remoteBackend();
    REQUIRE(settings.saveBackend(backend));
    QSignalSpy changed(&settings, &Settings::currentBackendChanged);

    CHECK_FALSE(settings.setCurrentBackendId(newId()));
    CHECK(settings.currentBackendId().isEmpty());
    CHECK(changed.count() == 0);

    REQUIRE(settings.setCurrentBackendId(backend.id));
    CHECK(settings.currentBackendId() == backend.id);
    CHECK(temp.reopen().currentBackendId() == backend.id);

    Settings &reopened = *temp.settings;
    QSignalSpy reopenedChanged(&reopened, &Settings::currentBackendChanged);
    REQUIRE(reopened.removeBackend(backend.id));
    CHECK(reopened.currentBackendId().isEmpty());
    REQUIRE(reopenedChanged.count() == 1);
    CHECK(reopenedChanged.at(0).at(0).toString().isEmpty());
}

TEST_CASE("Settings: change signals fire only on a real change", "[unit]")
{
    TempSettings temp;
    Settings &settings = *temp.settings;
    QSignalSpy language(&settings, &Settings::languageChanged);
    QSignalSpy lastView(&settings, &Settings::lastViewChanged);
    QSignalSpy current(&settings, &Settings::currentBackendChanged);
    QSignalSpy backends(&settings, &Settings::backendsChanged);
    QSignalSpy secretNames(&settings, &Settings::secretNamesChanged);
    QSignalSpy appearance(&settings, &Settings::appearanceChanged);

    settings.setLanguage(u"de"_s);
    settings.setLanguage(u"de"_s);
    CHECK(language.count() == 1);
    CHECK(language.at(0).at(0).toString() == u"de"_s);
    settings.setLanguage({});
    settings.setLanguage({});
    CHECK(language.count() == 2);

    settings.setLastView(u"candidates"_s);
    settings.setLastView(u"candidates"_s);
    CHECK(lastView.count() == 1);

    BackendConfig backend = remoteBackend();
    REQUIRE(settings.saveBackend(backend));
    REQUIRE(settings.saveBackend(backend)); // identical: accepted, nothing changed
    CHECK(backends.count() == 1);
    backend.allowInsecure = true;
    REQUIRE(settings.saveBackend(backend));
    CHECK(backends.count() == 2);

    REQUIRE(settings.setCurrentBackendId(backend.id));
    REQUIRE(settings.setCurrentBackendId(backend.id));
    CHECK(current.count() == 1);

    CHECK(settings.addSecretName(backend.id, u"apiKey"_s));
    CHECK_FALSE(settings.addSecretName(backend.id, u"apiKey"_s));
    CHECK(secretNames.count() == 1);
    CHECK_FALSE(settings.removeSecretName(backend.id, u"webhookSecret"_s));
    CHECK(secretNames.count() == 1);

    settings.setAppearance(u"dark"_s);
    settings.setAppearance(u"dark"_s);
    CHECK(appearance.count() == 1);
    CHECK(appearance.at(0).at(0).toString() == u"dark"_s);

    // Reopening emits nothing and changes nothing.
    Settings &reopened = temp.reopen();
    QSignalSpy reopenedLanguage(&reopened, &Settings::languageChanged);
    reopened.setLanguage({});
    reopened.setLastView(u"candidates"_s);
    CHECK(reopenedLanguage.count() == 0);
}

TEST_CASE("Settings: window geometry and state keep their bytes", "[unit]")
{
    TempSettings temp;
    QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03\x00\x00", 8);
    geometry += QByteArray(200, '\0') + "=;[]\n\r\\";
    const QByteArray state = QByteArray::fromHex("000000ff00000000fd0000000100000002");
    temp.settings->setWindowGeometry(geometry);
    temp.settings->setWindowState(state);
    Settings &reopened = temp.reopen();
    CHECK(reopened.windowGeometry() == geometry);
    CHECK(reopened.windowState() == state);
}

TEST_CASE("Settings: secret index holds names per backend", "[unit]")
{
    TempSettings temp;
    Settings &settings = *temp.settings;
    const QString a = newId();
    const QString b = newId();

    CHECK(settings.addSecretName(a, u"apiKey"_s));
    CHECK(settings.addSecretName(a, u"webhook.secret-2"_s));
    CHECK(settings.addSecretName(b, u"apiKey"_s));
    CHECK(settings.secretNames(a) == QStringList{u"apiKey"_s, u"webhook.secret-2"_s});
    CHECK(settings.secretNames(b) == QStringList{u"apiKey"_s});
    QStringList withSecrets = settings.backendsWithSecrets();
    withSecrets.sort();
    QStringList expected{a, b};
    expected.sort();
    CHECK(withSecrets == expected);

    SECTION("names that could split a key or a group are refused")
    {
        for (const QString &name : {QString(), u"a:b"_s, u"a/b"_s, u"a b"_s, u"ä"_s,
                                    QString(65, u'x')})
            CHECK_FALSE(settings.addSecretName(a, name));
        CHECK(settings.addSecretName(a, QString(64, u'x')));
        CHECK_FALSE(settings.addSecretName(u"not-a-uuid"_s, u"apiKey"_s));
        CHECK(settings.secretNames(u"not-a-uuid"_s).isEmpty());
    }
    SECTION("remove and clear")
    {
        CHECK(settings.removeSecretName(a, u"apiKey"_s));
        CHECK(settings.secretNames(a) == QStringList{u"webhook.secret-2"_s});
        CHECK(settings.removeSecretName(a, u"webhook.secret-2"_s));
        CHECK(settings.secretNames(a).isEmpty());
        CHECK(settings.backendsWithSecrets() == QStringList{b});
        settings.clearSecretNames(b);
        CHECK(settings.backendsWithSecrets().isEmpty());
        CHECK(temp.reopen().backendsWithSecrets().isEmpty());
    }
    SECTION("persists, and outlives the backend until its secrets are gone")
    {
        BackendConfig backend = remoteBackend();
        backend.id = a;
        REQUIRE(settings.saveBackend(backend));
        REQUIRE(settings.removeBackend(a));
        Settings &reopened = temp.reopen();
        CHECK(reopened.secretNames(a) == QStringList{u"apiKey"_s, u"webhook.secret-2"_s});
        CHECK(reopened.secretNames(b) == QStringList{u"apiKey"_s});
    }
}

TEST_CASE("Settings: the appearance is system, light or dark, and nothing else", "[unit]")
{
    TempSettings temp;
    Settings &settings = *temp.settings;
    CHECK(settings.appearance() == u"system"_s);
    settings.setAppearance(u"dark"_s);
    Settings &reopened = temp.reopen(); // `settings` is gone from here on
    CHECK(reopened.appearance() == u"dark"_s);
    reopened.setAppearance(u"neon"_s); // a hand-edited file: read as the system's
    CHECK(reopened.appearance() == u"system"_s);
}

TEST_CASE("Settings: removing a backend drops the sync tokens older versions kept", "[unit]")
{
    TempSettings temp;
    BackendConfig backend = remoteBackend();
    REQUIRE(temp.settings->saveBackend(backend));
    {
        QSettings old(temp.path, QSettings::IniFormat);
        old.setValue(u"syncTokens/%1/candidates"_s.arg(backend.id), u"c-100"_s);
    }
    Settings &settings = temp.reopen();
    REQUIRE(temp.fileContents().contains("c-100"));
    REQUIRE(settings.removeBackend(backend.id));
    CHECK_FALSE(temp.fileContents().contains("c-100"));
}

TEST_CASE("Settings: mapping drafts per backend, integration and target", "[unit]")
{
    TempSettings temp;
    Settings &settings = *temp.settings;
    BackendConfig backend = remoteBackend();
    REQUIRE(settings.saveBackend(backend));

    REQUIRE(settings.setMappingDraft(backend.id, u"juro"_s, u"workflow:nda"_s, "{\"rows\":[]}"));
    REQUIRE(settings.setMappingDraft(backend.id, u"sora"_s, u"employee"_s, "{\"version\":3}"));
    CHECK(settings.mappingDraft(backend.id, u"juro"_s, u"workflow:nda"_s) == "{\"rows\":[]}");
    CHECK(settings.mappingDraft(backend.id, u"juro"_s, u"workflow:contractor-agreement"_s).isEmpty());
    CHECK_FALSE(settings.setMappingDraft(backend.id, u"bad/id"_s, u"employee"_s, "x"));
    CHECK_FALSE(settings.setMappingDraft(u"nope"_s, u"sora"_s, u"employee"_s, "x"));
    CHECK_FALSE(settings.setMappingDraft(backend.id, u"sora"_s, u"a/b"_s, "x"));

    SECTION("persist")
    {
        CHECK(temp.reopen().mappingDraft(backend.id, u"sora"_s, u"employee"_s) == "{\"version\":3}");
    }
    SECTION("an empty draft clears it")
    {
        REQUIRE(settings.setMappingDraft(backend.id, u"sora"_s, u"employee"_s, {}));
        CHECK(settings.mappingDraft(backend.id, u"sora"_s, u"employee"_s).isEmpty());
    }
    SECTION("removing the backend drops its drafts")
    {
        REQUIRE(settings.removeBackend(backend.id));
        CHECK(settings.mappingDraft(backend.id, u"juro"_s, u"workflow:nda"_s).isEmpty());
        CHECK_FALSE(temp.fileContents().contains("version"));
    }
}

TEST_CASE("Settings: the migration hook upgrades old files once", "[unit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tessera.ini"_s);
    int runs = 0;
    // Version 2 renamed "locale" to "language".
    const QList<Settings::Migration> migrations{[&runs](QSettings &file) {
        ++runs;
        file.setValue(u"language"_s, file.value(u"locale"_s));
        file.remove(u"locale"_s);
    }};

    SECTION("a version 1 file")
    {
        {
            QSettings old(path, QSettings::IniFormat);
            old.setValue(u"schemaVersion"_s, 1);
            old.setValue(u"locale"_s, u"fr"_s);
        }
        {
            Settings settings(path, migrations);
            CHECK(runs == 1);
            CHECK(settings.schemaVersion() == 2);
            CHECK(settings.language() == u"fr"_s);
        }
        Settings again(path, migrations);
        CHECK(runs == 1);
        CHECK(again.schemaVersion() == 2);
        CHECK(again.language() == u"fr"_s);
    }
    SECTION("a file from before versioning counts as version 1")
    {
        {
            QSettings old(path, QSettings::IniFormat);
            old.setValue(u"locale"_s, u"de"_s);
        }
        Settings settings(path, migrations);
        CHECK(runs == 1);
        CHECK(settings.schemaVersion() == 2);
        CHECK(settings.language() == u"de"_s);
    }
    SECTION("a new file needs no migration")
    {
        Settings settings(path, migrations);
        CHECK(runs == 0);
        CHECK(settings.schemaVersion() == 2);
    }
    SECTION("a file from a newer version is left alone")
    {
        {
            QSettings newer(path, QSettings::IniFormat);
            newer.setValue(u"schemaVersion"_s, 7);
            newer.setValue(u"locale"_s, u"it"_s);
            newer.setValue(u"language"_s, u"es"_s);
        }
        {
            Settings settings(path, migrations);
            CHECK(runs == 0);
            CHECK(settings.isFromNewerVersion());
            CHECK(settings.schemaVersion() == 7);
            CHECK(settings.language() == u"es"_s);
        }
        QSettings file(path, QSettings::IniFormat);
        CHECK(file.value(u"schemaVersion"_s).toInt() == 7);
        CHECK(file.value(u"locale"_s).toString() == u"it"_s);
    }
}

TEST_CASE("Settings: everything persists across a reopen", "[unit]")
{
    TempSettings temp;
    Settings &settings = *temp.settings;
    BackendConfig backend = remoteBackend(u"Ünïcode & co; [x] = y"_s);
    REQUIRE(settings.saveBackend(backend));
    REQUIRE(settings.setCurrentBackendId(backend.id));
    settings.setLanguage(u"pt_BR"_s);
    settings.setLastView(u"fieldMappings"_s);
    settings.setWindowGeometry(QByteArray("geometry\0bytes", 14));
    settings.setWindowState(QByteArray("state"));
    REQUIRE(settings.addSecretName(backend.id, u"apiKey"_s));
    settings.setAppearance(u"light"_s);

    Settings &reopened = temp.reopen();
    CHECK(reopened.schemaVersion() == Settings::currentSchemaVersion());
    CHECK(reopened.backends() == QList<BackendConfig>{backend});
    CHECK(reopened.currentBackendId() == backend.id);
    CHECK(reopened.language() == u"pt_BR"_s);
    CHECK(reopened.lastView() == u"fieldMappings"_s);
    CHECK(reopened.windowGeometry() == QByteArray("geometry\0bytes", 14));
    CHECK(reopened.windowState() == QByteArray("state"));
    CHECK(reopened.secretNames(backend.id) == QStringList{u"apiKey"_s});
    CHECK(reopened.appearance() == u"light"_s);
}

TEST_CASE("Settings: sync() reports a file that cannot be written", "[unit]")
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"not-a-directory"_s));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Settings settings(blocker.fileName() + u"/tessera.ini"_s);
    settings.setLanguage(u"de"_s);
    CHECK_FALSE(settings.sync());
}
