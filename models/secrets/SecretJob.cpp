#include "SecretJob.h"

namespace Tessera {

SecretJob::SecretJob(Operation operation, QString backendId, QString name, QObject *context)
    : QObject(context)
    , m_operation(operation)
    , m_backendId(std::move(backendId))
    , m_name(std::move(name))
{
}

void SecretJob::finish(const SecretError &error, const QString &secret, int attempts)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_secret = secret;
    m_attempts = attempts;
    Q_EMIT finished();
    deleteLater();
}

void SecretJob::finishLater(const SecretError &error, const QString &secret, int attempts)
{
    QMetaObject::invokeMethod(
        this, [this, error, secret, attempts] { finish(error, secret, attempts); },
        Qt::QueuedConnection);
}

} // namespace Tessera
