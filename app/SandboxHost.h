#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>

namespace Tessera {

// Runs the embedded tessera-sandbox on its own thread, listening on 127.0.0.1 with a free
// port, and hands out API keys it creates (their secrets never touch the disk).
class SandboxHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHost)
public:
    explicit SandboxHost(QString dataDir, QObject *parent = nullptr);
    ~SandboxHost() override;

    // Starts asynchronously; emits started() or failed().
    void start();
    QUrl baseUrl() const { return m_baseUrl; }
    // Creates an admin key on the sandbox thread; emits adminKeyCreated().
    void createAdminKey(const QString &title);

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);
    void adminKeyCreated(const QString &secret);

private:
    QString m_dataDir;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    QUrl m_baseUrl;
};

} // namespace Tessera
