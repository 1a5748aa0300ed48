#include "SecretStore.h"

#include "models/settings/Settings.h"
#include "models/settings/SettingsKeys.h"
#include "SecretMemory.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSecrets, "tessera.secrets")

namespace Tessera {

namespace {

// The first attempt may meet a Secret Service that is still starting (at login, or activated
// on demand); one retry after a delay tells that apart from a missing one.
bool shouldRetry([[maybe_unused]] QKeychain::Error code, [[maybe_unused]] int attempt)
{
#ifdef Q_OS_LINUX
    return attempt == 1 && (code == QKeychain::OtherError || code == QKeychain::NoBackendAvailable);
#else
    return false;
#endif
}

bool isValidSecret(const QString &backendId, const QString &name)
{
    return SettingsKeys::isValidBackendId(backendId) && SettingsKeys::isValidName(name);
}

} // namespace

SecretStore::SecretStore(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

QString SecretStore::serviceName()
{
    return u"Tessera"_s;
}

QString SecretStore::keychainKey(const QString &backendId, const QString &name)
{
    // Unique on its own: Windows' credential store ignores the service name.
    return u"tessera:"_s + backendId + u':' + name;
}

SecretStore::Storage SecretStore::storage() const
{
    return m_sessionOnly ? Storage::SessionOnly : m_keychainState;
}

void SecretStore::keepForSessionOnly(bool sessionOnly)
{
    if (!sessionOnly)
        m_sessionSecrets.clear();
    setStorage(m_keychainState, sessionOnly);
}

void SecretStore::setStorage(Storage keychainState, bool sessionOnly)
{
    const Storage before = storage();
    m_keychainState = keychainState;
    m_sessionOnly = sessionOnly;
    if (storage() != before) {
        qCInfo(lcSecrets) << "secret storage:" << storage();
        Q_EMIT storageChanged(storage());
    }
}

void SecretStore::noteKeychainResult(const SecretError &error)
{
    if (!error.isError() || error.kind() == SecretError::Kind::NotFound)
        setStorage(Storage::Keychain, m_sessionOnly);
    else if (error.kind() == SecretError::Kind::Unavailable)
        setStorage(Storage::Unavailable, m_sessionOnly);
}

SecretJob *SecretStore::createJob(SecretJob::Operation operation, const QString &backendId,
                                  const QString &name, QObject *context)
{
    return new SecretJob(operation, backendId, name, context ? context : this);
}

SecretJob *SecretStore::read(const QString &backendId, const QString &name, QObject *context)
{
    SecretJob *job = createJob(SecretJob::Operation::Read, backendId, name, context);
    if (!isValidSecret(backendId, name)) {
        job->finishLater(SecretError::invalidName());
        return job;
    }
    const QString key = keychainKey(backendId, name);
    if (m_sessionOnly) {
        const auto it = m_sessionSecrets.constFind(key);
        if (it == m_sessionSecrets.cend())
            job->finishLater(SecretError::notFound());
        else
            job->finishLater({}, SecretMemory::ownCopy(*it));
        return job;
    }
    runKeychain(Action::Read, key, {}, 1, [job = QPointer(job)](const Outcome &outcome) {
        if (job)
            job->finish(outcome.error, outcome.secret, outcome.attempts);
    });
    return job;
}

SecretJob *SecretStore::write(const QString &backendId, const QString &name,
                              const QString &secret, QObject *context)
{
    SecretJob *job = createJob(SecretJob::Operation::Write, backendId, name, context);
    if (!isValidSecret(backendId, name)) {
        job->finishLater(SecretError::invalidName());
        return job;
    }
    const QString key = keychainKey(backendId, name);
    // The caller may wipe its copy as soon as this returns (a closed wizard does), while the
    // session store keeps it and a keychain retry still needs it.
    const QString owned = SecretMemory::ownCopy(secret);
    if (m_sessionOnly) {
        m_sessionSecrets.insert(key, owned);
        job->finishLater({});
        return job;
    }
    // Index first: a crash between the two leaves a name without a secret, never the reverse.
    const bool indexed = m_settings->addSecretName(backendId, name);
    m_settings->sync();
    runKeychain(Action::Write, key, owned, 1,
                [this, job = QPointer(job), backendId, name, indexed](const Outcome &outcome) {
                    // Re-adding covers a failed earlier write of the same name that dropped it.
                    if (!outcome.error.isError())
                        m_settings->addSecretName(backendId, name);
                    else if (indexed)
                        m_settings->removeSecretName(backendId, name);
                    if (job)
                        job->finish(outcome.error, {}, outcome.attempts);
                });
    return job;
}

SecretJob *SecretStore::remove(const QString &backendId, const QString &name, QObject *context)
{
    SecretJob *job = createJob(SecretJob::Operation::Remove, backendId, name, context);
    if (!isValidSecret(backendId, name)) {
        job->finishLater(SecretError::invalidName());
        return job;
    }
    const QString key = keychainKey(backendId, name);
    if (m_sessionOnly) {
        m_sessionSecrets.remove(key);
        job->finishLater({});
        return job;
    }
    runKeychain(Action::Remove, key, {}, 1,
                [this, job = QPointer(job), backendId, name](const Outcome &outcome) {
                    if (!outcome.error.isError())
                        m_settings->removeSecretName(backendId, name);
                    if (job)
                        job->finish(outcome.error, {}, outcome.attempts);
                });
    return job;
}

SecretJob *SecretStore::forgetBackend(const QString &backendId, QObject *context)
{
    SecretJob *job = createJob(SecretJob::Operation::ForgetBackend, backendId, {}, context);
    if (!SettingsKeys::isValidBackendId(backendId)) {
        job->finishLater(SecretError::invalidName());
        return job;
    }
    const QString prefix = keychainKey(backendId, {});
    m_sessionSecrets.removeIf(
        [&prefix](const auto &entry) { return entry.key().startsWith(prefix); });

    const QStringList names = m_settings->secretNames(backendId);
    if (names.isEmpty()) {
        job->finishLater({});
        return job;
    }
    struct Progress
    {
        qsizetype pending = 0;
        int attempts = 0;
        SecretError firstError;
    };
    auto progress = std::make_shared<Progress>();
    progress->pending = names.size();
    for (const QString &name : names) {
        runKeychain(Action::Remove, keychainKey(backendId, name), {}, 1,
                    [this, job = QPointer(job), progress, backendId, name](const Outcome &outcome) {
                        progress->attempts = std::max(progress->attempts, outcome.attempts);
                        if (!outcome.error.isError())
                            m_settings->removeSecretName(backendId, name);
                        else if (!progress->firstError.isError())
                            progress->firstError = outcome.error;
                        if (--progress->pending == 0 && job)
                            job->finish(progress->firstError, {}, progress->attempts);
                    });
    }
    return job;
}

SecretJob *SecretStore::checkAvailability(QObject *context)
{
    SecretJob *job = createJob(SecretJob::Operation::CheckAvailability, {}, {}, context);
    runKeychain(Action::Read, u"tessera:availability-check"_s, {}, 1,
                [job = QPointer(job)](const Outcome &outcome) {
                    if (!job)
                        return;
                    const bool answered = outcome.error.kind() == SecretError::Kind::NotFound;
                    job->finish(answered ? SecretError() : outcome.error, {}, outcome.attempts);
                });
    return job;
}

void SecretStore::runKeychain(Action action, const QString &key, const QString &secret,
                              int attempt, const Callback &done)
{
    QKeychain::Job *job = nullptr;
    switch (action) {
    case Action::Read:
        job = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Action::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(serviceName());
        writeJob->setTextData(secret);
        job = writeJob;
        break;
    }
    case Action::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    // No parent: QtKeychain's backends call back into a job they were given, so a job must
    // never be deleted while it runs. It deletes itself once finished.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    const char *const verb = action == Action::Read ? "read"
        : action == Action::Write                   ? "write"
                                                    : "remove";
    qCDebug(lcSecrets) << "keychain" << verb << key << "attempt" << attempt;
    connect(job, &QKeychain::Job::finished, this,
            [this, action, verb, key, secret, attempt, done](QKeychain::Job *finished) {
                const QKeychain::Error code = finished->error();
                if (code != QKeychain::NoError && shouldRetry(code, attempt)) {
                    qCInfo(lcSecrets) << "keychain" << verb << "error" << code
                                      << finished->errorString() << "for" << key
                                      << "- retrying in" << m_retryDelay.count() << "ms";
                    QTimer::singleShot(m_retryDelay, this, [=, this] {
                        runKeychain(action, key, secret, attempt + 1, done);
                    });
                    return;
                }
                Outcome outcome;
                outcome.attempts = attempt;
                outcome.error = SecretError::fromKeychain(code, finished->errorString());
                if (action == Action::Remove && code == QKeychain::EntryNotFound)
                    outcome.error = {};
                if (action == Action::Read && !outcome.error.isError()) {
                    const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
                    outcome.secret = readJob->textData();
                }
                if (outcome.error.isError() && outcome.error.kind() != SecretError::Kind::NotFound)
                    qCWarning(lcSecrets) << "keychain" << verb << "failed for" << key << ":"
                                         << code << outcome.error.detail();
                noteKeychainResult(outcome.error);
                done(outcome);
            });
    job->start();
}

} // namespace Tessera
