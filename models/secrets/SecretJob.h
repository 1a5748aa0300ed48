#pragma once

#include "SecretError.h"

#include <QObject>
#include <QString>

namespace Tessera {

// One secret operation started by SecretStore. It finishes exactly once, always after the call
// that created it has returned: OK (with the secret, for reads) or with a SecretError; then it
// deletes itself. It is owned by the context object passed to SecretStore: destroying the
// context drops the result (the keychain operation itself still completes).
class SecretJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)
public:
    enum class Operation { Read, Write, Remove, ForgetBackend, CheckAvailability };
    Q_ENUM(Operation)

    Operation operation() const { return m_operation; }
    QString backendId() const { return m_backendId; }
    QString name() const { return m_name; } // empty for ForgetBackend and CheckAvailability
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const SecretError &error() const { return m_error; }
    // The secret, for a Read that finished OK.
    QString secret() const { return m_secret; }
    // Keychain attempts made (0 in session-only mode; 2 after the Linux retry).
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    void finished();

private:
    friend class SecretStore;
    SecretJob(Operation operation, QString backendId, QString name, QObject *context);

    void finish(const SecretError &error, const QString &secret, int attempts);
    // finish() from the event loop, so callers can connect after the call returned.
    void finishLater(const SecretError &error, const QString &secret = {}, int attempts = 0);

    Operation m_operation;
    QString m_backendId;
    QString m_name;
    bool m_finished = false;
    SecretError m_error;
    QString m_secret;
    int m_attempts = 0;
};

} // namespace Tessera
