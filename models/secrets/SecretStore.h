#pragma once

#include "SecretJob.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace Tessera {

class Settings;

// Asynchronous access to the secrets of each backend (API keys, webhook secrets), stored in the
// OS keychain through QtKeychain: service "Tessera", key "tessera:<backend id>:<name>", never a
// plaintext fallback. Settings keeps an index of the names written, so forgetBackend() can
// remove them all. Whether the keychain works is learnt from job results, not from
// QKeychain::isAvailable(); on Linux a failed job is retried once after retryDelay().
//
// keepForSessionOnly(true) is the explicit alternative when no keychain works: read, write and
// remove then use memory only, and nothing reaches disk (not even the index).
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)
public:
    enum class Storage {
        Unknown,     // no keychain operation has finished yet
        Keychain,    // the last keychain operation got an answer
        SessionOnly, // keepForSessionOnly(true)
        Unavailable, // the last keychain operation found no usable keychain
    };
    Q_ENUM(Storage)

    // settings holds the index and must outlive the store.
    explicit SecretStore(Settings *settings, QObject *parent = nullptr);

    static QString serviceName();
    static QString keychainKey(const QString &backendId, const QString &name);

    Storage storage() const;
    bool isSessionOnly() const { return m_sessionOnly; }
    // Turning it off forgets the secrets kept in memory.
    void keepForSessionOnly(bool sessionOnly);

    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    // The job is a child of context (of the store when null). Names: SettingsKeys::isValidName().
    SecretJob *read(const QString &backendId, const QString &name, QObject *context);
    SecretJob *write(const QString &backendId, const QString &name, const QString &secret,
                     QObject *context);
    // Removing a secret that does not exist succeeds.
    SecretJob *remove(const QString &backendId, const QString &name, QObject *context);
    // Removes every indexed keychain secret of the backend (in any mode), then its index, and its
    // session-only secrets. Fails with the first error; what was removed stays removed.
    SecretJob *forgetBackend(const QString &backendId, QObject *context);
    // Asks the keychain (even in session-only mode) whether it works: OK or Unavailable.
    SecretJob *checkAvailability(QObject *context);

Q_SIGNALS:
    void storageChanged(Tessera::SecretStore::Storage storage);

private:
    enum class Action { Read, Write, Remove };
    struct Outcome
    {
        SecretError error;
        QString secret;
        int attempts = 0;
    };
    using Callback = std::function<void(const Outcome &outcome)>;

    SecretJob *createJob(SecretJob::Operation operation, const QString &backendId,
                         const QString &name, QObject *context);
    void runKeychain(Action action, const QString &key, const QString &secret, int attempt,
                     const Callback &done);
    void noteKeychainResult(const SecretError &error);
    void setStorage(Storage keychainState, bool sessionOnly);

    Settings *m_settings;
    QHash<QString, QString> m_sessionSecrets; // keychain key -> secret, session-only mode
    bool m_sessionOnly = false;
    Storage m_keychainState = Storage::Unknown;
    std::chrono::milliseconds m_retryDelay{2000};
};

} // namespace Tessera
