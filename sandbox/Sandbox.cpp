#include "Sandbox.h"

#include "sandbox/methods/MethodContext.h"
#include "sandbox/partners/PartnerHub.h"
#include "sandbox/seed/DemoIntegrations.h"
#include "sandbox/seed/DeliverySeeder.h"
#include "sandbox/seed/DemoSeeder.h"
#include "sandbox/server/ApiDispatcher.h"
#include "sandbox/server/HttpServer.h"
#include "sandbox/server/LowDelayTcpServer.h"
#include "sandbox/server/MethodRegistry.h"
#include "sandbox/server/Scopes.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/SecretsAtRest.h"
#include "sandbox/store/Store.h"
#include "sandbox/webhooks/WebhookDispatcher.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "tessera.sandbox")

namespace Tessera::Sandbox {

Sandbox::Sandbox(QObject *parent)
    : QObject(parent)
{
}

Sandbox::~Sandbox()
{
    delete m_server; // before the dispatcher and store it uses
    m_server = nullptr;
}

QString Sandbox::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + u"/tessera-sandbox"_s;
}

QUrl Sandbox::baseUrl() const
{
    return m_baseUrl;
}

bool Sandbox::start(const SandboxOptions &options)
{
    const QString dataDir = options.dataDir.isEmpty() ? defaultDataDir() : options.dataDir;
    if (!options.seed.isEmpty() && options.seed != u"demo"_s) {
        m_error = u"Unknown seed \"%1\"; the only seed is \"demo\"."_s.arg(options.seed);
        return false;
    }
    if (options.enableAll && options.seed != u"demo"_s) {
        m_error = u"--enable-all needs --seed demo: it sets the integrations up for the demo "
                  "organisation's jobs and plans."_s;
        return false;
    }
    if (!options.plan.isEmpty() && !DemoSeeder::plans().contains(options.plan)) {
        m_error = u"Unknown plan \"%1\"; use Foundations, Plus, Enterprise or \"Legacy Plus\"."_s
                      .arg(options.plan);
        return false;
    }
    if (!ApiProfile::names().contains(options.profile)) {
        m_error = u"Unknown profile \"%1\"; use %2."_s.arg(
            options.profile, ApiProfile::names().join(u" or "_s));
        return false;
    }
    if (!QDir().mkpath(dataDir)) {
        m_error = u"Cannot create the data directory %1."_s.arg(dataDir);
        return false;
    }
    m_database = std::make_unique<Database>(QDir(dataDir).filePath(u"sandbox.sqlite"_s));
    if (!m_database->open()) {
        m_error = m_database->errorString();
        return false;
    }
    if (!unlockSecrets(options, dataDir))
        return false;
    // Take the port before writing anything, so a busy port leaves the store untouched.
    auto *tcpServer = new LowDelayTcpServer(this);
    tcpServer->setMaxBodyBytes(options.maxBodyBytes);
    if (!tcpServer->listen(options.address, options.port)) {
        m_error = u"Cannot listen on %1:%2: %3"_s.arg(options.address.toString())
                      .arg(options.port)
                      .arg(tcpServer->errorString());
        delete tcpServer;
        return false;
    }

    m_store = std::make_unique<Store>(*m_database);
    m_pager = std::make_unique<Pager>(*m_database, m_syncPolicy);
    m_faults = std::make_unique<FaultInjector>(options.faultSeed);
    m_faults->setSettings(options.faults);
    m_methods = std::make_unique<MethodRegistry>(options.profile);
    m_webhooks = std::make_unique<WebhookDispatcher>(*m_store, options.timeScale);
    m_baseUrl.setScheme(u"http"_s);
    m_baseUrl.setHost(options.address.toString());
    m_baseUrl.setPort(tcpServer->serverPort());
    m_partners = std::make_unique<PartnerHub>(*m_store, options.timeScale);
    m_partners->setBaseUrl(m_baseUrl);
    MethodContext context{*m_store, *m_pager, *m_faults, m_syncPolicy, *m_webhooks, *m_partners};
    registerAllMethods(*m_methods, context);
    m_partners->learnMethods(*m_methods);

    bool freshSeed = false;
    try {
        SecretsAtRest::sealExisting(*m_store); // databases from before sealing
        DemoSeeder seeder(*m_store);
        freshSeed = m_database->isEmpty();
        if (freshSeed) {
            QElapsedTimer timer;
            timer.start();
            if (options.seed == u"demo"_s)
                seeder.seedDemo(options.candidates, options.jobs);
            else
                seeder.seedOrganizationOnly();
            if (!options.plan.isEmpty())
                seeder.setPlan(options.plan);
            if (options.enableAll) {
                Transaction transaction(*m_database);
                DemoIntegrations(*m_store, *m_partners)
                    .enableAll(QDateTime::currentMSecsSinceEpoch());
                transaction.commit();
            }
            qCInfo(lcSandbox) << "seeded in" << timer.elapsed() << "ms";
        } else if (options.enableAll) {
            qCInfo(lcSandbox) << "--enable-all applies only when the demo seed fills a new data "
                                 "directory; this one has data, so nothing was changed";
        }
        if (!options.plan.isEmpty())
            seeder.setPlan(options.plan);
        if (options.deliveries > 0) {
            QElapsedTimer timer;
            timer.start();
            const qint64 seeded = DeliverySeeder(*m_store).seed(
                options.deliveries, m_baseUrl, QDateTime::currentMSecsSinceEpoch());
            qCInfo(lcSandbox) << "seeded" << seeded << "deliveries in" << timer.elapsed() << "ms";
        }
        m_webhooks->deliveryIndex().load(); // before serving: stats must not wait for it
    } catch (const std::exception &error) {
        m_error = u"Seeding failed: %1"_s.arg(QString::fromUtf8(error.what()));
        return false;
    }

    // The standalone sandbox always leaves a working admin key: on first start, and again if
    // every key that could manage keys was revoked.
    if (options.writeAdminKeyFile && !hasActiveAdminKey()) {
        const CreatedApiKey admin = createAdminKey(u"Sandbox admin"_s);
        if (!writeAdminKeyFile(dataDir, admin.secret))
            return false;
    }

    m_dispatcher = std::make_unique<ApiDispatcher>(*m_store, *m_methods, *m_faults);
    m_server = new HttpServer(*m_dispatcher);
    m_server->setRoutes([partners = m_partners.get()](const RawRequest &request) {
        return partners->route(request);
    });
    m_server->bind(tcpServer);
    m_partners->resumeRuns();
    if (freshSeed && options.enableAll)
        DemoIntegrations(*m_store, *m_partners).sendFirstWebhooks(*m_webhooks);
    return true;
}

namespace {

QString resetAdvice(const QString &dataDir)
{
    return u"run tessera-sandbox --data \"%1\" --reset-secrets to drop them (webhooks are "
           "disabled and integrations show \"needs attention\" until you enter their secrets "
           "again)"_s.arg(QDir::toNativeSeparators(dataDir));
}

} // namespace

bool Sandbox::unlockSecrets(const SandboxOptions &options, const QString &dataDir)
{
    const QString database = QDir(dataDir).filePath(u"sandbox.sqlite"_s);
    QByteArray key = options.dataKey;
    QString origin = options.dataKeyOrigin.isEmpty() ? u"the data key given"_s
                                                     : options.dataKeyOrigin;
    if (key.isEmpty()) {
        const bool bound = SecretsAtRest::isBound(*m_database);
        const SecretsAtRest::KeyFile file = SecretsAtRest::loadKeyFile(dataDir, !bound);
        origin = QDir(dataDir).filePath(QLatin1String(SecretsAtRest::keyFileName));
        if (!file.error.isEmpty()) {
            m_error = u"%1 Put back the data.key that belongs to %2, or %3."_s.arg(
                file.error, database, resetAdvice(dataDir));
            return false;
        }
        if (file.key.isEmpty()) {
            m_error = u"%1 is missing, but %2 holds secrets encrypted with it (webhook secret "
                      "tokens, partner credentials). Put that file back, or %3."_s.arg(
                          origin, database, resetAdvice(dataDir));
            return false;
        }
        if (file.created)
            qCInfo(lcSandbox).noquote() << "created the data key" << origin;
        key = file.key;
    }
    if (!SecretsAtRest::unlock(*m_database, key)) {
        m_error = u"The data key from %1 does not open the secrets stored in %2 (webhook secret "
                  "tokens, partner credentials): they were encrypted with another key. Put back "
                  "the key that belongs to this database, or %3."_s.arg(origin, database,
                                                                        resetAdvice(dataDir));
        return false;
    }
    return true;
}

int Sandbox::resetSecrets(const QString &dataDir, QString &error)
{
    const QString path = QDir(dataDir).filePath(u"sandbox.sqlite"_s);
    if (!QFileInfo::exists(path)) {
        error = u"There is no sandbox database %1."_s.arg(path);
        return -1;
    }
    Database database(path);
    if (!database.open()) {
        error = database.errorString();
        return -1;
    }
    try {
        Store store(database);
        const int changed = SecretsAtRest::resetSecrets(store);
        QFile::remove(QDir(dataDir).filePath(QLatin1String(SecretsAtRest::keyFileName)));
        return changed;
    } catch (const std::exception &failure) {
        error = u"Resetting the secrets failed: %1"_s.arg(QString::fromUtf8(failure.what()));
        return -1;
    }
}

bool Sandbox::hasActiveAdminKey() const
{
    const auto keys = m_store->apiKeys.list();
    return std::any_of(keys.cbegin(), keys.cend(), [](const ApiKeyRecord &key) {
        return !key.isRevoked() && key.hasScope(u"apiKeysWrite"_s);
    });
}

CreatedApiKey Sandbox::createAdminKey(const QString &title)
{
    return m_store->apiKeys.create(title, {}, Scopes::all(), QDateTime::currentMSecsSinceEpoch());
}

bool Sandbox::writeAdminKeyFile(const QString &dir, const QString &secret)
{
    QFile file(QDir(dir).filePath(u"admin.key"_s));
    const QFile::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly)
        || !file.setPermissions(ownerOnly) // open() keeps the mode of an existing file
        || file.write(secret.toUtf8() + '\n') < 0) {
        m_error = u"Cannot write %1: %2"_s.arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace Tessera::Sandbox
