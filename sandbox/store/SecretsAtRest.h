#pragma once

#include <QByteArray>
#include <QString>

namespace Tessera::Sandbox {

class Database;
class Store;

// The data key that seals the secrets the sandbox must read back (SecretBox): webhook secret
// tokens, integration credentials, what partner stand-ins hold, replayed answers. API keys stay
// hashed. The database keeps a check value sealed with the key, so a wrong or lost key is named
// at start instead of failing later; resetSecrets() drops what no key can open any more.
// The embedded sandbox gets its key from the OS keychain (app/SandboxHost); the standalone one
// keeps it in DIR/data.key (mode 0600) beside admin.key.
class SecretsAtRest final
{
public:
    static constexpr auto keyFileName = "data.key";

    struct KeyFile
    {
        QByteArray key; // empty on error
        QString error;
        bool created = false;
    };
    // Reads DIR/data.key (64 hex digits); creates it when it is missing and `mayCreate`.
    static KeyFile loadKeyFile(const QString &dir, bool mayCreate);

    // True when the database already holds secrets sealed with some key.
    static bool isBound(const Database &database);
    // Checks `key` against the database (binding it on first use) and gives the database its
    // SecretBox. False when the key is not the one the secrets were sealed with.
    static bool unlock(Database &database, const QByteArray &key);
    // The migration to sealed secrets: seals every value still in clear; returns how many rows.
    static int sealExisting(Store &store);
    // Drops every sealed secret (webhook secret tokens, with their webhooks disabled; integration
    // credentials; what the partner stand-ins hold; replayable answers) and unbinds the key.
    // Returns the number of rows changed.
    static int resetSecrets(Store &store);
};

} // namespace Tessera::Sandbox
