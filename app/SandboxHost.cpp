#include "SandboxHost.h"

#include "models/secrets/SecretStore.h"
#include "models/settings/Settings.h"
#include "sandbox/Sandbox.h"
#include "sandbox/store/SecretBox.h"

#include <QMetaObject>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

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
            Q_EMIT failed(tr("The key that encrypts the sandbox's stored secrets is kept in the "
                             "keychain, which did not answer: %1")
                              .arg(job->error().userMessage()));
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
            Q_EMIT failed(tr("The key that encrypts the sandbox's stored secrets could not be "
                             "saved in the keychain: %1")
                              .arg(job->error().userMessage()));
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
    options.writeAdminKeyFile = false;
    options.dataKey = dataKey;
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
