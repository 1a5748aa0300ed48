// What the console reads back from stored text: the settings file (models/settings/Settings,
// INI, with its schema migrations), the enable wizard's setup draft (SetupState::restoreDraft)
// and the field mapping's draft (rows as MappingDocument::readDraft reads them, MappingTypes).
// Input: the first byte picks the reader, the rest is the stored text.
#include "fuzz/FuzzSupport.h"
#include "models/integrations/SetupState.h"
#include "models/mapping/MappingTypes.h"
#include "models/settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

TESSERA_FUZZ_INIT

namespace {

void readSettingsFile(const QByteArray &text)
{
    static QTemporaryDir dir;
    static int run = 0;
    Fuzz::require(dir.isValid(), "a temporary directory");
    // A new name per input: QSettings caches files by name and may not notice a rewrite
    // within the same second.
    const QString path = QDir(dir.path()).filePath(u"tessera-%1.ini"_s.arg(++run));
    {
        QFile file(path);
        Fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "write the file");
        file.write(text);
    }
    auto owned = std::make_unique<Settings>(path);
    Settings &settings = *owned;
    (void)settings.schemaVersion();
    (void)settings.isFromNewerVersion();
    (void)settings.language();
    (void)settings.lastView();
    (void)settings.windowGeometry();
    (void)settings.windowState();
    (void)settings.currentBackendId();
    const QList<BackendConfig> backends = settings.backends();
    for (const BackendConfig &backend : backends) {
        (void)settings.backend(backend.id);
        (void)settings.secretNames(backend.id);
        (void)settings.appearance();
        (void)settings.setupDraft(backend.id, u"humaans"_s);
        (void)rowsFromJson(QJsonDocument::fromJson(
                               settings.mappingDraft(backend.id, u"humaans"_s, u"employee"_s))
                               .object().value(u"rows"_s).toArray());
    }
    for (const QString &id : settings.backendsWithSecrets())
        (void)settings.secretNames(id);
    // What the console does with a file it read: pick a backend, which must be one it listed.
    if (!backends.isEmpty()) {
        Fuzz::require(settings.setCurrentBackendId(backends.first().id),
                      "a listed backend can become current");
        Fuzz::require(settings.currentBackendId() == backends.first().id, "and is current");
    }
    owned.reset(); // writes the file back
    QFile::remove(path);
}

void readSetupDraft(const QByteArray &text)
{
    SetupState state(u"humaans"_s);
    if (!state.restoreDraft(text))
        return;
    // A restored draft written again reads back the same.
    SetupState again(u"humaans"_s);
    Fuzz::require(again.restoreDraft(state.toDraft()), "a written draft restores");
    Fuzz::require(again.toDraft() == state.toDraft(), "and reads back the same");
    Fuzz::require(again.resumePage() == state.resumePage(), "with the same page");
}

void readMappingDraft(const QByteArray &text)
{
    const QJsonObject draft = QJsonDocument::fromJson(text).object();
    const QList<MappingRow> rows = rowsFromJson(draft.value(u"rows"_s).toArray());
    (void)draft.value(u"version"_s).toInt();
    Fuzz::require(rowsFromJson(rowsToJson(rows)) == rows, "rows survive a draft round trip");
    (void)MappingInfo::fromJson(draft);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray text = Fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 3) {
    case 0: readSettingsFile(text); break;
    case 1: readSetupDraft(text); break;
    default: readMappingDraft(text); break;
    }
    return 0;
}
