// The sandbox's request path without a socket: raw HTTP body to answer through
// sandbox/server/ApiDispatcher (authentication, scope check, body parsing, MethodCall and the
// method's handler against a real SQLite store), and the routes of the partner stand-ins and
// the Juro webhook receiver (PartnerHub::route). One store per process, in a temporary dir,
// seeded like `tessera-sandbox --seed demo` with a small candidate pool.
// Input, first line:
//   <method>            e.g. "candidate.create": POST /<method> with the admin key
//   !<authorization>    then a second line <method>: the same with this Authorization header
//   /<path>             a partner route, POST; a second line is the Juro-Signature header
// The rest of the input is the request body.
#include "fuzz/FuzzSupport.h"
#include "sandbox/methods/MethodContext.h"
#include "sandbox/partners/PartnerHub.h"
#include "sandbox/seed/DemoSeeder.h"
#include "sandbox/server/ApiDispatcher.h"
#include "sandbox/server/FaultInjector.h"
#include "sandbox/server/MethodRegistry.h"
#include "sandbox/server/Pager.h"
#include "sandbox/server/Scopes.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Store.h"
#include "sandbox/webhooks/WebhookDispatcher.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Sandbox;

namespace {

// What Sandbox::start builds, minus the TCP server.
struct Backend
{
    QTemporaryDir dir;
    SyncPolicy syncPolicy;
    std::unique_ptr<Database> database;
    std::unique_ptr<Store> store;
    std::unique_ptr<Pager> pager;
    std::unique_ptr<FaultInjector> faults;
    std::unique_ptr<WebhookDispatcher> webhooks;
    std::unique_ptr<PartnerHub> partners;
    std::unique_ptr<MethodRegistry> methods;
    std::unique_ptr<ApiDispatcher> dispatcher;
    QByteArray authorization;
    QString secret;

    Backend()
    {
        Fuzz::require(dir.isValid(), "a temporary directory");
        database = std::make_unique<Database>(QDir(dir.path()).filePath(u"sandbox.sqlite"_s));
        Fuzz::require(database->open(), "the store opens");
        store = std::make_unique<Store>(*database);
        pager = std::make_unique<Pager>(*database, syncPolicy);
        faults = std::make_unique<FaultInjector>(1);
        methods = std::make_unique<MethodRegistry>();
        webhooks = std::make_unique<WebhookDispatcher>(*store, 0.001);
        partners = std::make_unique<PartnerHub>(*store, 0.001);
        partners->setBaseUrl(QUrl(u"http://127.0.0.1:9"_s)); // nothing listens there
        MethodContext context{*store, *pager, *faults, syncPolicy, *webhooks, *partners};
        registerAllMethods(*methods, context);
        partners->learnMethods(*methods);
        DemoSeeder(*store).seedDemo(40);
        dispatcher = std::make_unique<ApiDispatcher>(*store, *methods, *faults);
        renewKey();
    }

    void renewKey()
    {
        secret = store->apiKeys.create(u"Fuzz admin"_s, {}, Scopes::all(),
                                       QDateTime::currentMSecsSinceEpoch()).secret;
        authorization = "Basic " + QByteArray(secret.toUtf8() + ':').toBase64();
    }

    // An input may revoke the key or configure faults: undo both, so every input gets to run.
    void resetBetweenInputs()
    {
        faults->setSettings(FaultSettings{});
        const auto key = store->apiKeys.findBySecret(secret);
        if (!key || key->isRevoked())
            renewKey();
    }
};

Backend *backend = nullptr;

void checkAnswer(const HttpAnswer &answer)
{
    if (answer.deferred || answer.dropConnection)
        return;
    Fuzz::require(answer.status >= 200 && answer.status < 600, "an HTTP status");
    // Every answer of the API is a JSON envelope with a boolean success (docs/API.md).
    const QJsonObject envelope = QJsonDocument::fromJson(answer.body).object();
    Fuzz::require(envelope.value(u"success"_s).isBool(), "the answer is an envelope");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::startQt(argc, argv);
    // No request of a fuzzed input may leave this machine (webhook URLs come from the input).
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::Socks5Proxy, u"127.0.0.1"_s, 9));
    backend = new Backend; // lives until exit, like the sandbox process
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    backend->resetBetweenInputs();
    auto [head, body] = Fuzz::splitLine(Fuzz::bytes(data, size));
    if (head.startsWith('/')) {
        RawRequest request{"POST", QString::fromUtf8(head), {}, {}};
        auto [signature, rest] = Fuzz::splitLine(body);
        if (!signature.isEmpty())
            request.headers.insert("juro-signature", signature);
        request.body = rest;
        (void)backend->partners->route(request);
    } else {
        QByteArray authorization = backend->authorization;
        if (head.startsWith('!')) {
            authorization = head.mid(1);
            std::tie(head, body) = Fuzz::splitLine(body);
        }
        const HttpAnswer answer = backend->dispatcher->handle(
            "POST", u"/"_s + QString::fromUtf8(head), authorization, body);
        if (authorization == backend->authorization)
            Fuzz::require(answer.status != 401, "the admin key is accepted");
        checkAnswer(answer);
    }
    // Deferred answers and webhook deliveries run their course (against closed ports).
    QCoreApplication::processEvents();
    return 0;
}
