#include "SandboxHost.h"

#include "models/secrets/SecretStore.h"
#include "models/settings/Settings.h"
#include "sandbox/Sandbox.h"
#include "sandbox/store/SecretBox.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSandboxHost, "tessera.console.sandbox")

namespace Tessera {

SandboxHost::SandboxHost(QString dataDir, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_secrets(secrets)
{
    m_thread.setObjectName(u"tessera-sandbox"_s);
}

SandboxHost::~SandboxHost()
{
    m_thread.quit(); // the sandbox is deleted on its own thread when the thread finishes
    m_thread.wait();
}

void SandboxHost::stop()
{
    if (!m_thread.isRunning()) {
        QMetaObject::invokeMethod(this, &SandboxHost::stopped, Qt::QueuedConnection);
        return;
    }
    connect(&m_thread, &QThread::finished, this, &SandboxHost::stopped,
            static_cast<Qt::ConnectionType>(Qt::SingleShotConnection | Qt::UniqueConnection));
    m_thread.quit();
}

QString SandboxHost::dataKeyBackendId(const QString &dataDir)
{
    static const QUuid space(u"5d0f3c8e-2b7a-4f61-9c3d-7a1e0b6f4d28"_s);
    return QUuid::createUuidV5(space, dataDir).toString(QUuid::WithoutBraces);
}

QString SandboxHost::dataKeyName()
{
    return u"sandboxDataKey"_s;
}

void SandboxHost::start()
{
    // Secrets kept for this session only (no keychain): a key that vanished at exit would lock
    // the sandbox out of its own data next time, so it uses DIR/data.key (0600) instead.
    if (m_secrets->isSessionOnly()) {
        startSandbox({});
        return;
    }
    auto *job = m_secrets->read(dataKeyBackendId(m_dataDir), dataKeyName(), this);
    connect(job, &SecretJob::finished, this, [this, job] {
        if (job->isOk()) {
            const QByteArray key = QByteArray::fromHex(job->secret().toLatin1());
            if (!Sandbox::SecretBox::isValidKey(key)) {
                Q_EMIT failed(tr("The sandbox's data key in the keychain is damaged. Run "
                                 "tessera-sandbox --data \"%1\" --reset-secrets, remove the "
                                 "keychain entry %2, then start again.")
                                  .arg(m_dataDir, SecretStore::keychainKey(
                                                      dataKeyBackendId(m_dataDir),
                                                      dataKeyName())));
                return;
            }
            startSandbox(key);
        } else if (job->error().kind() == SecretError::Kind::NotFound) {
            createDataKey();
        } else {
            // No keychain on this machine: the sandbox still runs, with its key in a 0600 file
            // beside its data (the console's own keys still never touch the disk).
            qCWarning(lcSandboxHost).noquote()
                << "the keychain did not answer; the sandbox keeps its data key in"
                << m_dataDir << ":" << job->error().detail();
            startSandbox({});
        }
    });
}

void SandboxHost::createDataKey()
{
    const QByteArray key = Sandbox::SecretBox::generateKey();
    auto *job = m_secrets->write(dataKeyBackendId(m_dataDir), dataKeyName(),
                                 QString::fromLatin1(key.toHex()), this);
    connect(job, &SecretJob::finished, this, [this, job, key] {
        if (!job->isOk()) {
            qCWarning(lcSandboxHost).noquote()
                << "the keychain could not keep the sandbox's data key; it stays in" << m_dataDir
                << ":" << job->error().detail();
            startSandbox({});
            return;
        }
        startSandbox(key);
    });
}

void SandboxHost::startSandbox(const QByteArray &dataKey)
{
    auto *sandbox = new Sandbox::Sandbox;
    sandbox->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, sandbox, &QObject::deleteLater);
    m_worker = sandbox;
    m_thread.start();

    Sandbox::SandboxOptions options;
    options.dataDir = m_dataDir;
    options.port = 0;
    options.seed = u"demo"_s;
    options.deliveries = m_deliveries;
    options.enableAll = m_enableAll;
    options.writeAdminKeyFile = false;
    options.dataKey = dataKey; // empty: DIR/data.key
    if (!dataKey.isEmpty())
        options.dataKeyOrigin = u"the keychain (%1)"_s.arg(
            SecretStore::keychainKey(dataKeyBackendId(m_dataDir), dataKeyName()));
    QMetaObject::invokeMethod(sandbox, [this, sandbox, options] {
        const bool ok = sandbox->start(options);
        const QUrl url = sandbox->baseUrl();
        const QString error = sandbox->errorString();
        QMetaObject::invokeMethod(this, [this, ok, url, error] {
            if (!ok) {
                Q_EMIT failed(error);
                return;
            }
            m_baseUrl = url;
            Q_EMIT started(url);
        });
    });
}

void SandboxHost::createAdminKey(const QString &title)
{
    auto *sandbox = static_cast<Sandbox::Sandbox *>(m_worker);
    QMetaObject::invokeMethod(sandbox, [this, sandbox, title] {
        const QString secret = sandbox->createAdminKey(title).secret;
        QMetaObject::invokeMethod(this, [this, secret] { Q_EMIT adminKeyCreated(secret); });
    });
}

} // namespace Tessera
