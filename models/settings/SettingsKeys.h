#pragma once

#include <QString>
#include <QVariant>

// Every name the settings file uses, in one place. Nothing here names a secret: API keys and
// other credentials live only in the OS keychain (SecretStore), never in this file.
namespace Tessera::SettingsKeys {

// Single values, each with its default.
enum class Key {
    SchemaVersion,
    Language,
    Appearance, // "system", "light" or "dark"
    CurrentBackend,
    LastView,
    WindowGeometry,
    WindowState,
    CandidateCache, // keep an encrypted local copy of the candidate list (default on)
};

QString name(Key key);
QVariant defaultValue(Key key);

// Per-backend records: backends/<id>/<field>, with the display order in backends/order.
QString backendsGroup();
QString backendOrderKey();
QString backendNameField();
QString backendUrlField();
QString backendKindField();
QString backendAllowInsecureField();

// secretIndex/<backend id> = names of the backend's keychain entries (never their values).
QString secretIndexGroup();
// syncTokens/<backend id>/<stream> = the backend's last sync token for that stream.
QString syncTokensGroup();
// setupDrafts/<backend id>/<integration id>: an unfinished enable wizard, secrets excluded.
QString setupDraftsGroup();
QString mappingDraftsGroup();
QString planDraftsGroup();

// A backend id is a UUID without braces.
bool isValidBackendId(const QString &id);
// Secret names and sync streams: 1-64 of [A-Za-z0-9._-], so they can never split a settings
// group or a keychain key ("tessera:<backend id>:<name>").
bool isValidName(const QString &name);

} // namespace Tessera::SettingsKeys
