// Settings files that fuzz_settings (fuzz/SettingsFuzzer.cpp) found to break Settings: each
// test case is one reproducer, reduced to what matters.
#include "tests/support/CatchQt.h"

#include "models/settings/Settings.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

namespace {

QString writeFile(const QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(u"tessera.ini"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(text) == text.size());
    return path;
}

} // namespace

// migrate() indexed its migrations with the stored version: schemaVersion=-4 read
// migrations.at(-5) and called whatever lay before the list (UBSan/ASan: out of bounds).
TEST_CASE("Settings: a file with a negative schema version counts as version 1", "[unit]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "[General]\nschemaVersion=-4\nlocale=fr\n");
    int runs = 0;
    const QList<Settings::Migration> migrations{[&runs](QSettings &file) {
        ++runs;
        file.setValue(u"language"_s, file.value(u"locale"_s));
        file.remove(u"locale"_s);
    }};
    {
        Settings settings(path, migrations);
        CHECK(runs == 1);
        CHECK(settings.schemaVersion() == 2);
        CHECK_FALSE(settings.isFromNewerVersion());
        CHECK(settings.language() == u"fr"_s);
    }
    // With the built-in migrations, and the fuzzer's own file.
    const QString found = writeFile(
        dir, "[General]\nschemaVersion=-4\ncurrentBackend=5b1d2a1c-7f3e-4c1a-9d2e-0a1b2c3d4e5f\n"
             "5b1d2a1c-7f3e-4c1a-9d2e-0a1b2c3d4e5:f\\kind=sandbox\n");
    Settings settings(found);
    CHECK(settings.schemaVersion() == Settings::currentSchemaVersion());
    CHECK_FALSE(settings.isFromNewerVersion());
}

TEST_CASE("Settings: a schema version that is no number counts as version 1", "[unit]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "[General]\nschemaVersion=two\nlocale=de\n");
    int runs = 0;
    const QList<Settings::Migration> migrations{[&runs](QSettings &) { ++runs; }};
    Settings settings(path, migrations);
    CHECK(runs == 1);
    CHECK(settings.schemaVersion() == 2);
}
