#include "SandboxHost.h"

#include "sandbox/Sandbox.h"

#include <QMetaObject>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

SandboxHost::SandboxHost(QString dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
{
    m_thread.setObjectName(u"tessera-sandbox"_s);
}

SandboxHost::~SandboxHost()
{
    m_thread.quit(); // the sandbox is deleted on its own thread when the thread finishes
    m_thread.wait();
}

void SandboxHost::start()
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
