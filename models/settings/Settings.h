#pragma once

#include "BackendConfig.h"
#include "SettingsKeys.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSettings>
#include <QStringList>

#include <functional>
#include <optional>

namespace Tessera {

// Typed access to the console's settings file (INI). There is no generic setter: every value has
// its own typed accessor, so nothing can put a secret here (secrets live in the OS keychain, see
// SecretStore; this file only indexes their names). Setters emit their change signal only when
// the stored value really changes. Names and defaults: SettingsKeys.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)
public:
    // Upgrades the file by one schema version: the n-th migration turns version n into n + 1.
    using Migration = std::function<void(QSettings &file)>;

    // The user's file: tessera.ini in QStandardPaths::AppConfigLocation.
    explicit Settings(QObject *parent = nullptr);
    // A given file (tests, portable installs), upgraded with the built-in migrations.
    explicit Settings(const QString &filePath, QObject *parent = nullptr);
    // A given file upgraded with these migrations instead (tests of the migration hook).
    Settings(const QString &filePath, const QList<Migration> &migrations,
             QObject *parent = nullptr);

    static QString defaultFilePath();
    static int currentSchemaVersion();

    QString filePath() const;
    int schemaVersion() const;
    // Written by a newer Tessera: read as far as understood, never migrated down.
    bool isFromNewerVersion() const { return m_fromNewerVersion; }
    // Writes pending changes now; false when the file cannot be written.
    bool sync();

    // Backends, in the order they were added.
    QList<BackendConfig> backends() const;
    std::optional<BackendConfig> backend(const QString &id) const;
    // Adds a new backend or updates the one with the same id; false if !backend.isValid().
    bool saveBackend(const BackendConfig &backend);
    // Also drops its old sync tokens and, if it was current, the current backend. Its secret index
    // stays until SecretStore::forgetBackend() has removed the secrets themselves.
    bool removeBackend(const QString &id);
    QString currentBackendId() const;
    // An existing backend's id, or empty for none; false (and no change) otherwise.
    bool setCurrentBackendId(const QString &id);

    QString language() const; // empty: the system's language
    void setLanguage(const QString &language);
    // "system" (follow the desktop), "light" or "dark"; anything else reads as "system".
    QString appearance() const;
    void setAppearance(const QString &appearance);
    QString lastView() const;
    void setLastView(const QString &view);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // Whether the candidate list is kept in an encrypted local cache (CandidateCache). The
    // stored choice, and whether it is in force: --no-cache turns it off for this run only.
    bool candidateCacheChoice() const;
    bool candidateCacheEnabled() const { return candidateCacheChoice() && !m_cacheOffForSession; }
    void setCandidateCacheChoice(bool on);
    bool isCandidateCacheOffForSession() const { return m_cacheOffForSession; }
    void turnOffCandidateCacheForSession();

    // Names of a backend's keychain entries (never their values), so they can all be removed.
    // Names must satisfy SettingsKeys::isValidName(); add/remove return whether anything changed.
    QStringList secretNames(const QString &backendId) const;
    QStringList backendsWithSecrets() const;
    bool addSecretName(const QString &backendId, const QString &name);
    bool removeSecretName(const QString &backendId, const QString &name);
    void clearSecretNames(const QString &backendId);

    // An unfinished enable wizard per backend and integration, as compact JSON the wizard's state
    // object writes (it never contains secrets). An empty draft clears it.
    QByteArray setupDraft(const QString &backendId, const QString &integrationId) const;
    bool setSetupDraft(const QString &backendId, const QString &integrationId,
                       const QByteArray &draft);
    // Unsaved edits of a field mapping per backend, integration and target ("employee",
    // "workflow:nda"), as compact JSON of rows and the version they were based on (no secrets).
    // An empty draft clears it.
    QByteArray mappingDraft(const QString &backendId, const QString &integrationId,
                            const QString &target) const;
    bool setMappingDraft(const QString &backendId, const QString &integrationId,
                         const QString &target, const QByteArray &draft);
    // Unsaved edits of an interview plan's activities per backend and plan, as compact JSON of
    // the activities and the version they were based on. An empty draft clears it.
    QByteArray planDraft(const QString &backendId, const QString &interviewPlanId) const;
    bool setPlanDraft(const QString &backendId, const QString &interviewPlanId,
                      const QByteArray &draft);

Q_SIGNALS:
    void backendsChanged();
    void currentBackendChanged(const QString &backendId);
    void languageChanged(const QString &language);
    void appearanceChanged(const QString &appearance);
    void lastViewChanged(const QString &view);
    void secretNamesChanged(const QString &backendId);
    void candidateCacheEnabledChanged(bool enabled);

private:
    QVariant value(SettingsKeys::Key key) const;
    // Only for the keys of the table; true when the stored value changed.
    bool setValue(SettingsKeys::Key key, const QVariant &value);
    void migrate(const QList<Migration> &migrations);
    QStringList backendOrder() const;
    QString backendKey(const QString &id, const QString &field) const;
    static QString secretIndexKey(const QString &backendId);

    QSettings m_file;
    bool m_fromNewerVersion = false;
    bool m_cacheOffForSession = false;
};

} // namespace Tessera
