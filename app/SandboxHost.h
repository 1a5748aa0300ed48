#pragma once

#include <QByteArray>
#include <QObject>
#include <QThread>
#include <QUrl>

namespace Tessera {

class SecretStore;

// Runs the embedded tessera-sandbox on its own thread, listening on 127.0.0.1 with a free
// port, and hands out API keys it creates (their secrets never touch the disk). The key that
// encrypts the sandbox's stored secrets (sandbox/store/SecretsAtRest.h) lives in the OS keychain
// through SecretStore, one per data directory, created on first use; start() reads it before the
// sandbox thread starts.
class SandboxHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHost)
public:
    // `secrets` (the console's) must outlive the host.
    SandboxHost(QString dataDir, SecretStore *secrets, QObject *parent = nullptr);
    ~SandboxHost() override;

    // Historical webhook deliveries to seed into an empty delivery log (before start()).
    void setDeliveries(int count) { m_deliveries = count; }
    // A new data directory is seeded with every integration set up (--enable-all).
    void setEnableAll(bool enableAll) { m_enableAll = enableAll; }
    // Starts asynchronously; emits started() or failed().
    void start();
    QUrl baseUrl() const { return m_baseUrl; }
    // Creates an admin key on the sandbox thread; emits adminKeyCreated().
    void createAdminKey(const QString &title);
    // Stops serving (as if the backend went away); emits stopped() once it has.
    void stop();

    // Where the data key is kept: SecretStore backend id (derived from the data directory) and
    // name.
    static QString dataKeyBackendId(const QString &dataDir);
    static QString dataKeyName();

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);
    void adminKeyCreated(const QString &secret);
    void stopped();

private:
    void createDataKey();
    void startSandbox(const QByteArray &dataKey);

    QString m_dataDir;
    int m_deliveries = 0;
    bool m_enableAll = false;
    SecretStore *m_secrets;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    QUrl m_baseUrl;
};

} // namespace Tessera
