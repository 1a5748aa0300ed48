#include "Settings.h"

#include <QLoggingCategory>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSettings, "tessera.settings")

namespace Tessera {

using SettingsKeys::Key;

namespace {

// The migration hook: append one function per schema change. Version 1 is the first release.
QList<Settings::Migration> builtInMigrations()
{
    return {};
}

} // namespace

Settings::Settings(QObject *parent)
    : Settings(defaultFilePath(), parent)
{
}

Settings::Settings(const QString &filePath, QObject *parent)
    : Settings(filePath, builtInMigrations(), parent)
{
}

Settings::Settings(const QString &filePath, const QList<Migration> &migrations, QObject *parent)
    : QObject(parent)
    , m_file(filePath, QSettings::IniFormat)
{
    migrate(migrations);
}

QString Settings::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/tessera.ini"_s;
}

int Settings::currentSchemaVersion()
{
    return int(builtInMigrations().size()) + 1;
}

QString Settings::filePath() const
{
    return m_file.fileName();
}

int Settings::schemaVersion() const
{
    return value(Key::SchemaVersion).toInt();
}

bool Settings::sync()
{
    m_file.sync();
    return m_file.status() == QSettings::NoError;
}

void Settings::migrate(const QList<Migration> &migrations)
{
    const int target = int(migrations.size()) + 1;
    const QString versionKey = SettingsKeys::name(Key::SchemaVersion);
    int version = m_file.value(versionKey, 0).toInt();
    if (version <= 0) {
        // A new file starts at the current version; one without a version predates versioning,
        // and so does one whose version is no positive number (edited by hand, or damaged).
        version = m_file.allKeys().isEmpty() ? target : 1;
    } else if (version > target) {
        qCWarning(lcSettings) << m_file.fileName() << "has schema version" << version
                              << "from a newer Tessera; expected" << target;
        m_fromNewerVersion = true;
        return;
    }
    for (; version < target; ++version) {
        qCInfo(lcSettings) << "migrating" << m_file.fileName() << "from schema version" << version;
        migrations.at(version - 1)(m_file);
    }
    m_file.setValue(versionKey, version);
}

QVariant Settings::value(Key key) const
{
    const QVariant fallback = SettingsKeys::defaultValue(key);
    QVariant stored = m_file.value(SettingsKeys::name(key), fallback);
    if (!stored.convert(fallback.metaType()))
        return fallback;
    return stored;
}

bool Settings::setValue(Key key, const QVariant &value)
{
    if (this->value(key) == value)
        return false;
    if (value == SettingsKeys::defaultValue(key))
        m_file.remove(SettingsKeys::name(key));
    else
        m_file.setValue(SettingsKeys::name(key), value);
    return true;
}

QString Settings::language() const
{
    return value(Key::Language).toString();
}

QString Settings::appearance() const
{
    const QString stored = value(Key::Appearance).toString();
    return stored == u"light" || stored == u"dark" ? stored : u"system"_s;
}

void Settings::setAppearance(const QString &appearance)
{
    if (setValue(Key::Appearance, appearance))
        Q_EMIT appearanceChanged(this->appearance());
}

void Settings::setLanguage(const QString &language)
{
    if (setValue(Key::Language, language))
        Q_EMIT languageChanged(language);
}

QString Settings::lastView() const
{
    return value(Key::LastView).toString();
}

void Settings::setLastView(const QString &view)
{
    if (setValue(Key::LastView, view))
        Q_EMIT lastViewChanged(view);
}

QByteArray Settings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    setValue(Key::WindowState, state);
}

bool Settings::candidateCacheChoice() const
{
    return value(Key::CandidateCache).toBool();
}

void Settings::setCandidateCacheChoice(bool on)
{
    const bool before = candidateCacheEnabled();
    setValue(Key::CandidateCache, on);
    if (candidateCacheEnabled() != before)
        Q_EMIT candidateCacheEnabledChanged(candidateCacheEnabled());
}

void Settings::turnOffCandidateCacheForSession()
{
    const bool before = candidateCacheEnabled();
    m_cacheOffForSession = true;
    if (before)
        Q_EMIT candidateCacheEnabledChanged(false);
}

// --- backends ---------------------------------------------------------------------------------

QStringList Settings::backendOrder() const
{
    return m_file.value(SettingsKeys::backendsGroup() + u'/' + SettingsKeys::backendOrderKey())
        .toStringList();
}

QString Settings::backendKey(const QString &id, const QString &field) const
{
    return SettingsKeys::backendsGroup() + u'/' + id + u'/' + field;
}

QList<BackendConfig> Settings::backends() const
{
    QList<BackendConfig> result;
    const QStringList order = backendOrder();
    for (const QString &id : order) {
        if (auto backend = this->backend(id))
            result.append(*backend);
    }
    return result;
}

std::optional<BackendConfig> Settings::backend(const QString &id) const
{
    if (!SettingsKeys::isValidBackendId(id) || !backendOrder().contains(id))
        return std::nullopt;
    BackendConfig backend;
    backend.id = id;
    backend.name = m_file.value(backendKey(id, SettingsKeys::backendNameField())).toString();
    backend.url = QUrl(m_file.value(backendKey(id, SettingsKeys::backendUrlField())).toString(),
                       QUrl::StrictMode);
    backend.kind = BackendConfig::kindFromName(
                       m_file.value(backendKey(id, SettingsKeys::backendKindField())).toString())
                       .value_or(BackendConfig::Kind::Remote);
    backend.allowInsecure =
        m_file.value(backendKey(id, SettingsKeys::backendAllowInsecureField()), false).toBool();
    return backend;
}

bool Settings::saveBackend(const BackendConfig &backend)
{
    if (!backend.isValid())
        return false;
    const auto existing = this->backend(backend.id);
    if (existing && *existing == backend)
        return true;
    const QString &id = backend.id;
    m_file.setValue(backendKey(id, SettingsKeys::backendNameField()), backend.name);
    m_file.setValue(backendKey(id, SettingsKeys::backendUrlField()),
                    backend.url.toString(QUrl::FullyEncoded));
    m_file.setValue(backendKey(id, SettingsKeys::backendKindField()),
                    BackendConfig::kindName(backend.kind));
    m_file.setValue(backendKey(id, SettingsKeys::backendAllowInsecureField()),
                    backend.allowInsecure);
    if (!existing) {
        m_file.setValue(SettingsKeys::backendsGroup() + u'/' + SettingsKeys::backendOrderKey(),
                        QStringList(backendOrder()) << id);
    }
    Q_EMIT backendsChanged();
    return true;
}

bool Settings::removeBackend(const QString &id)
{
    QStringList order = backendOrder();
    if (!SettingsKeys::isValidBackendId(id) || !order.removeOne(id))
        return false;
    m_file.remove(SettingsKeys::backendsGroup() + u'/' + id);
    m_file.setValue(SettingsKeys::backendsGroup() + u'/' + SettingsKeys::backendOrderKey(), order);
    // Sync tokens of versions before the candidate cache kept them.
    m_file.remove(SettingsKeys::syncTokensGroup() + u'/' + id);
    m_file.remove(SettingsKeys::setupDraftsGroup() + u'/' + id);
    m_file.remove(SettingsKeys::mappingDraftsGroup() + u'/' + id);
    m_file.remove(SettingsKeys::planDraftsGroup() + u'/' + id);
    if (currentBackendId() == id)
        setCurrentBackendId({});
    Q_EMIT backendsChanged();
    return true;
}

QString Settings::currentBackendId() const
{
    return value(Key::CurrentBackend).toString();
}

bool Settings::setCurrentBackendId(const QString &id)
{
    if (!id.isEmpty() && !backendOrder().contains(id))
        return false;
    if (setValue(Key::CurrentBackend, id))
        Q_EMIT currentBackendChanged(id);
    return true;
}

// --- secret index -----------------------------------------------------------------------------

QString Settings::secretIndexKey(const QString &backendId)
{
    return SettingsKeys::secretIndexGroup() + u'/' + backendId;
}

QStringList Settings::secretNames(const QString &backendId) const
{
    if (!SettingsKeys::isValidBackendId(backendId))
        return {};
    return m_file.value(secretIndexKey(backendId)).toStringList();
}

QStringList Settings::backendsWithSecrets() const
{
    const QString prefix = SettingsKeys::secretIndexGroup() + u'/';
    QStringList ids;
    const QStringList keys = m_file.allKeys();
    for (const QString &key : keys) {
        if (key.startsWith(prefix))
            ids.append(key.mid(prefix.size()));
    }
    return ids;
}

bool Settings::addSecretName(const QString &backendId, const QString &name)
{
    if (!SettingsKeys::isValidBackendId(backendId) || !SettingsKeys::isValidName(name))
        return false;
    QStringList names = secretNames(backendId);
    if (names.contains(name))
        return false;
    names.append(name);
    m_file.setValue(secretIndexKey(backendId), names);
    Q_EMIT secretNamesChanged(backendId);
    return true;
}

bool Settings::removeSecretName(const QString &backendId, const QString &name)
{
    QStringList names = secretNames(backendId);
    if (!names.removeOne(name))
        return false;
    if (names.isEmpty())
        m_file.remove(secretIndexKey(backendId));
    else
        m_file.setValue(secretIndexKey(backendId), names);
    Q_EMIT secretNamesChanged(backendId);
    return true;
}

void Settings::clearSecretNames(const QString &backendId)
{
    if (!SettingsKeys::isValidBackendId(backendId) || !m_file.contains(secretIndexKey(backendId)))
        return;
    m_file.remove(secretIndexKey(backendId));
    Q_EMIT secretNamesChanged(backendId);
}

QByteArray Settings::setupDraft(const QString &backendId, const QString &integrationId) const
{
    if (!SettingsKeys::isValidBackendId(backendId) || !SettingsKeys::isValidName(integrationId))
        return {};
    return m_file.value(SettingsKeys::setupDraftsGroup() + u'/' + backendId + u'/' + integrationId)
        .toByteArray();
}

bool Settings::setSetupDraft(const QString &backendId, const QString &integrationId,
                             const QByteArray &draft)
{
    if (!SettingsKeys::isValidBackendId(backendId) || !SettingsKeys::isValidName(integrationId))
        return false;
    const QString key = SettingsKeys::setupDraftsGroup() + u'/' + backendId + u'/' + integrationId;
    if (draft.isEmpty())
        m_file.remove(key);
    else
        m_file.setValue(key, draft);
    return true;
}

namespace {
// The target as one settings key: "workflow:nda" becomes "workflow__nda".
QString mappingDraftKey(const QString &backendId, const QString &integrationId,
                        const QString &target)
{
    QString encodedTarget = target;
    encodedTarget.replace(u':', u"__"_s);
    if (!SettingsKeys::isValidBackendId(backendId) || !SettingsKeys::isValidName(integrationId)
        || !SettingsKeys::isValidName(encodedTarget))
        return {};
    return SettingsKeys::mappingDraftsGroup() + u'/' + backendId + u'/' + integrationId + u'/'
        + encodedTarget;
}
} // namespace

QByteArray Settings::mappingDraft(const QString &backendId, const QString &integrationId,
                                  const QString &target) const
{
    const QString key = mappingDraftKey(backendId, integrationId, target);
    return key.isEmpty() ? QByteArray() : m_file.value(key).toByteArray();
}

bool Settings::setMappingDraft(const QString &backendId, const QString &integrationId,
                               const QString &target, const QByteArray &draft)
{
    const QString key = mappingDraftKey(backendId, integrationId, target);
    if (key.isEmpty())
        return false;
    if (draft.isEmpty())
        m_file.remove(key);
    else
        m_file.setValue(key, draft);
    return true;
}

namespace {
QString planDraftKey(const QString &backendId, const QString &interviewPlanId)
{
    if (!SettingsKeys::isValidBackendId(backendId) || !SettingsKeys::isValidName(interviewPlanId))
        return {};
    return SettingsKeys::planDraftsGroup() + u'/' + backendId + u'/' + interviewPlanId;
}
} // namespace

QByteArray Settings::planDraft(const QString &backendId, const QString &interviewPlanId) const
{
    const QString key = planDraftKey(backendId, interviewPlanId);
    return key.isEmpty() ? QByteArray() : m_file.value(key).toByteArray();
}

bool Settings::setPlanDraft(const QString &backendId, const QString &interviewPlanId,
                            const QByteArray &draft)
{
    const QString key = planDraftKey(backendId, interviewPlanId);
    if (key.isEmpty())
        return false;
    if (draft.isEmpty())
        m_file.remove(key);
    else
        m_file.setValue(key, draft);
    return true;
}

} // namespace Tessera
