#pragma once

#include "sandbox/server/ApiProfile.h"
#include "sandbox/server/FaultInjector.h"
#include "sandbox/server/Pager.h"
#include "sandbox/store/ApiKeyTable.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace Tessera::Sandbox {

class ApiDispatcher;
class Database;
class HttpServer;
class MethodRegistry;
class PartnerHub;
class Store;
class WebhookDispatcher;

struct SandboxOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8787;          // 0 picks a free port
    QString dataDir;              // SQLite database and admin.key
    QString seed;                 // "demo" seeds an empty store
    int candidates = 2000;        // demo candidate pool
    int jobs = 0;                 // demo jobs in all (0: the demo's own 25)
    int deliveries = 0;           // historical webhook deliveries to seed (seed/DeliverySeeder)
    QString plan;                 // overrides the demo organisation's plan when set
    bool enableAll = false;       // with the demo seed: every integration set up (DemoIntegrations)
    FaultSettings faults;
    quint32 faultSeed = 1;
    bool writeAdminKeyFile = true; // the embedded console keeps its key in the keychain instead
    double timeScale = 1.0;        // multiplies webhook retry delays and timeouts (tests: 0.001)
    QString profile = ApiProfile::full; // which methods it serves (server/ApiProfile.h)
    qint64 maxBodyBytes = 1024 * 1024;  // larger request bodies are answered 413 unread
    // The 32-byte key that seals stored secrets (store/SecretsAtRest.h). Empty: DIR/data.key,
    // created on first use. The embedded sandbox passes the key it keeps in the OS keychain.
    QByteArray dataKey;
    QString dataKeyOrigin; // where dataKey came from, for error messages, e.g. "the keychain"
};

// tessera-sandbox as a library: store, seed, methods and HTTP server. Lives on one thread; the
// standalone executable and the console's --sandbox mode both drive it through this class.
class Sandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sandbox)
public:
    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    bool start(const SandboxOptions &options);
    QString errorString() const { return m_error; }
    QUrl baseUrl() const;

    // A new key with every scope; the secret is returned once and only its hash is stored.
    CreatedApiKey createAdminKey(const QString &title);

    static QString defaultDataDir();

    // tessera-sandbox --reset-secrets: drops the sealed secrets of the database in `dataDir`
    // (and DIR/data.key) so a new data key can be used. Returns the rows changed, -1 on error.
    static int resetSecrets(const QString &dataDir, QString &error);

private:
    bool unlockSecrets(const SandboxOptions &options, const QString &dataDir);
    bool hasActiveAdminKey() const;
    bool writeAdminKeyFile(const QString &dir, const QString &secret);

    QString m_error;
    QUrl m_baseUrl;
    SyncPolicy m_syncPolicy;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Pager> m_pager;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<WebhookDispatcher> m_webhooks; // uses m_store: declared after it
    std::unique_ptr<PartnerHub> m_partners;        // uses m_store
    std::unique_ptr<MethodRegistry> m_methods;
    std::unique_ptr<ApiDispatcher> m_dispatcher;
    HttpServer *m_server = nullptr;
};

} // namespace Tessera::Sandbox
