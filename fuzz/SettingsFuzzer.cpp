// What the console reads back from stored text: the settings file (models/settings/Settings,
// INI, with its schema migrations), the enable wizard's setup draft (SetupState::restoreDraft),
// the field mapping's draft (rows as MappingDocument::readDraft reads them, MappingTypes) and
// the plan designer's draft (activities as PlanActivitiesDocument::readDraft reads them and
// writeDraft writes them, PlanActivity). Input: the first byte picks the reader, the rest is
// the stored text.
#include "fuzz/FuzzSupport.h"
#include "models/integrations/SetupState.h"
#include "models/mapping/MappingTypes.h"
#include "models/core/DecodeList.h"
#include "models/plans/PlanActivity.h"
#include "models/settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

TESSERA_FUZZ_INIT

namespace {

// The plan the seed's settings file keeps a draft for (fuzz/corpus/fuzz_settings/ini-plan-draft).
const QString draftPlanId = u"78672efb-1c1e-4d5e-9a51-0b9f8e0c1d2e"_s;

struct PlanDraft
{
    QList<PlanActivity> activities;
    int version = 0;
};

// As PlanActivitiesDocument::readDraft: a draft that is no JSON object reads as no draft, an
// activity that does not decode is left out.
PlanDraft parsePlanDraft(const QByteArray &text)
{
    const QJsonObject draft = QJsonDocument::fromJson(text).object();
    PlanDraft parsed;
    Tessera::decodeList(draft.value(u"activities"_s).toArray(), parsed.activities);
    parsed.version = draft.value(u"version"_s).toInt();
    return parsed;
}

// As PlanActivitiesDocument::writeDraft.
QByteArray writePlanDraft(const PlanDraft &draft)
{
    QJsonArray list;
    for (const PlanActivity &activity : draft.activities)
        list.append(activity.toJson());
    return QJsonDocument(QJsonObject{{u"version"_s, draft.version}, {u"activities"_s, list}})
        .toJson(QJsonDocument::Compact);
}

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
        (void)parsePlanDraft(settings.planDraft(backend.id, draftPlanId));
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

void readPlanDraft(const QByteArray &text)
{
    const PlanDraft draft = parsePlanDraft(text);
    for (const PlanActivity &activity : draft.activities) {
        (void)activity.configId();
        (void)activity.isLocal();
        (void)activity.toSetEntry();
    }
    // A restored draft written again reads back the same: every activity with its stage, order,
    // config, title and problems, and the version it was based on.
    const PlanDraft again = parsePlanDraft(writePlanDraft(draft));
    Fuzz::require(again.version == draft.version, "the draft's version survives a round trip");
    Fuzz::require(again.activities.size() == draft.activities.size(),
                  "every activity survives a draft round trip");
    for (qsizetype i = 0; i < draft.activities.size(); ++i) {
        Fuzz::require(again.activities.at(i).sameAs(draft.activities.at(i)),
                      "an activity reads back the same");
        Fuzz::require(again.activities.at(i).problems == draft.activities.at(i).problems,
                      "with the same problems");
    }
    Fuzz::require(writePlanDraft(again) == writePlanDraft(draft), "and is written the same");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray text = Fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 4) {
    case 0: readSettingsFile(text); break;
    case 1: readSetupDraft(text); break;
    case 2: readMappingDraft(text); break;
    default: readPlanDraft(text); break;
    }
    return 0;
}
