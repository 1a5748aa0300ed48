#include "IntegrationTester.h"

#include "IntegrationCatalog.h"
#include "IntegrationPrivate.h"
#include "IntegrationUsage.h"
#include "sandbox/partners/HumaansStandIn.h"
#include "sandbox/partners/JustifactsStandIn.h"
#include "sandbox/partners/PartnerHttp.h"
#include "sandbox/partners/PartnerHub.h"
#include "sandbox/partners/SoraStandIn.h"
#include "sandbox/partners/WilloStandIn.h"
#include "sandbox/store/Store.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QUrl>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

// The checks of one run, answered once every asynchronous check has reported.
struct Run
{
    Deferred answer;
    QJsonArray checks;
    QJsonObject details;

    void add(const QString &id, const QString &label, bool ok, const QString &message)
    {
        checks << QJsonObject{{u"id"_s, id}, {u"label"_s, label}, {u"ok"_s, ok},
                              {u"message"_s, message}};
    }
    void finish()
    {
        bool ok = true;
        for (const QJsonValue check : checks)
            ok = ok && check.toObject().value(u"ok"_s).toBool();
        answer->succeed(QJsonObject{{u"ok"_s, ok}, {u"checks"_s, checks}, {u"details"_s, details}});
    }
};

using RunPtr = std::shared_ptr<Run>;

bool isActiveKey(const Store &store, const QString &keyId)
{
    const auto key = keyId.isEmpty() ? std::nullopt : store.apiKeys.find(keyId);
    return key && !key->isRevoked();
}

QString partnerCallFailure(const QString &partner, const PartnerReply &reply)
{
    if (reply.status == 503)
        return u"%1 is not answering (HTTP 503): %2"_s.arg(partner, reply.errorMessage());
    if (reply.status == 0)
        return u"Ashby could not reach %1: %2."_s.arg(partner, reply.error);
    return {};
}

// "connected": the stand-in holds an active ATS key (and answers).
bool checkConnected(const RunPtr &run, Store &store, StandIn &standIn)
{
    const QString label = u"%1 is connected to Ashby with an active API key"_s.arg(standIn.name());
    if (standIn.isDown()) {
        run->add(u"connected"_s, label, false, standIn.unavailableMessage());
        return false;
    }
    const QString secret = standIn.heldAtsKey();
    if (secret.isEmpty()) {
        run->add(u"connected"_s, label, false,
                 u"%1 holds no Ashby API key. Create a key and paste it into %1."_s.arg(
                     standIn.name()));
        return false;
    }
    if (!isActiveKey(store, IntegrationUsage::keyIdOf(store, secret))) {
        run->add(u"connected"_s, label, false,
                 u"The key %1 holds was revoked. Create a new key and connect %1 again."_s.arg(
                     standIn.name()));
        return false;
    }
    run->add(u"connected"_s, label, true, u"%1 holds an active Ashby API key."_s.arg(
                                               standIn.name()));
    return true;
}

// An enabled webhook of `type` whose URL is one of `urls`.
bool hasEnabledWebhook(const Store &store, const QString &type, const QStringList &urls)
{
    for (const StoredDocument &row : store.webhooks.select(
             u"webhook_type = ? AND enabled = 1 AND is_deleted = 0"_s, {type}))
        if (urls.contains(row.doc.value(u"requestUrl"_s).toString()))
            return true;
    return false;
}

void testJuro(const RunPtr &run, Store &store, PartnerHub &partners)
{
    bool juroKey = false;
    for (const ApiKeyRecord &key : store.apiKeys.list())
        juroKey = juroKey
            || (!key.isRevoked() && key.integrationPartner.compare(u"Juro"_s, Qt::CaseInsensitive) == 0);
    run->add(u"atsKey"_s, u"An active Ashby API key for Juro exists"_s, juroKey,
             juroKey ? u"Juro has an active Ashby API key."_s
                     : u"No active Ashby API key has Juro as its integration partner. Create one "
                       "(integration partner: Juro) and give it to Juro."_s);

    const QJsonObject inbound = IntegrationPrivate::inbound(store, u"juro"_s);
    run->details.insert(u"inbound"_s, inbound.isEmpty() ? QJsonValue() : QJsonValue(inbound));
    const auto inboundCheck = [run, inbound] {
        const QString label = u"Ashby verified the last webhook it received from Juro"_s;
        if (inbound.isEmpty())
            run->add(u"inboundWebhook"_s, label, false,
                     u"Ashby has not received a webhook from Juro yet. In Juro, add the webhook "
                     "and send a test."_s);
        else if (!inbound.value(u"verified"_s).toBool())
            run->add(u"inboundWebhook"_s, label, false, inbound.value(u"reason"_s).toString());
        else
            run->add(u"inboundWebhook"_s, label, true,
                     u"The last Juro webhook (%1) was verified."_s.arg(
                         inbound.value(u"receivedAt"_s).toString()));
        run->finish();
    };

    const QString label = u"Juro accepts the Juro API key stored in Ashby"_s;
    const QString juroKeyValue =
        IntegrationPrivate::credentials(store, u"juro"_s).value(u"juroApiKey"_s).toString();
    if (juroKeyValue.isEmpty()) {
        run->add(u"partnerKey"_s, label, false,
                 u"No Juro API key is stored in Ashby. Copy it from Juro (Settings > "
                 "Integrations > API) into the Juro integration and click Update."_s);
        inboundCheck();
        return;
    }
    partners.http().send("GET", QUrl(partners.publicBaseUrl() + u"/partners/juro/v3/me"_s), {},
                         {{"x-api-key", juroKeyValue.toUtf8()}}, &partners,
                         [run, label, inboundCheck](const PartnerReply &reply) {
        QString failure = partnerCallFailure(u"Juro"_s, reply);
        if (failure.isEmpty() && !reply.isHttpOk())
            failure = u"Juro refused the stored key (HTTP %1). It may have been rotated; copy the "
                      "current key from Juro and update the integration."_s.arg(reply.status);
        run->add(u"partnerKey"_s, label, failure.isEmpty(),
                 failure.isEmpty() ? u"Juro accepted the key (%1)."_s.arg(
                                         reply.json().value(u"company"_s).toString())
                                   : failure);
        inboundCheck();
    });
}

void testWillo(const RunPtr &run, Store &store, PartnerHub &partners)
{
    WilloStandIn &willo = partners.willo();
    const QJsonObject status = willo.status();
    const QJsonObject sync = status.value(u"sync"_s).toObject();
    run->details = QJsonObject{{u"plan"_s, status.value(u"plan"_s)},
                               {u"syncIntervalMinutes"_s, status.value(u"syncIntervalMinutes"_s)},
                               {u"jobsSynced"_s, sync.value(u"jobsDone"_s)},
                               {u"stagesSynced"_s, sync.value(u"stagesDone"_s)},
                               {u"lastSyncedAt"_s, status.value(u"lastSyncedAt"_s)}};
    const bool connected = checkConnected(run, store, willo);
    const QString state = sync.value(u"state"_s).toString();
    const QString label = u"Willo finished its first sync of jobs and stages"_s;
    if (!connected)
        run->add(u"sync"_s, label, false, u"Willo syncs once it is connected."_s);
    else if (state == u"done"_s)
        run->add(u"sync"_s, label, true, sync.value(u"message"_s).toString());
    else if (state == u"running"_s)
        run->add(u"sync"_s, label, false,
                 u"The first sync is still running (%1 of %2 jobs). Test again in a moment."_s
                     .arg(sync.value(u"jobsDone"_s).toInt())
                     .arg(sync.value(u"jobsTotal"_s).toInt()));
    else
        run->add(u"sync"_s, label, false,
                 sync.value(u"message"_s).toString().isEmpty()
                     ? u"Willo has not synced yet. Connect it again."_s
                     : sync.value(u"message"_s).toString());
    run->finish();
}

void addPingCheck(const RunPtr &run, const QString &partner, const QJsonObject &lastEvent)
{
    const QString label = u"%1 received a signed webhook from Ashby"_s.arg(partner);
    if (lastEvent.isEmpty())
        run->add(u"ping"_s, label, false,
                 u"%1 has not received a webhook from Ashby yet. Create the webhook (Ashby pings "
                 "it at once)."_s.arg(partner));
    else if (!lastEvent.value(u"verified"_s).toBool())
        run->add(u"ping"_s, label, false,
                 u"The last webhook %1 received had a wrong signature. Paste the secret from %1 "
                 "into the webhook's secret token."_s.arg(partner));
    else
        run->add(u"ping"_s, label, true,
                 u"%1 verified the webhook it received at %2."_s.arg(
                     partner, lastEvent.value(u"receivedAt"_s).toString()));
}

void testHumaans(const RunPtr &run, Store &store, PartnerHub &partners)
{
    HumaansStandIn &humaans = partners.humaans();
    const QJsonObject status = humaans.status();
    const QString url = humaans.requestUrl();
    run->details = QJsonObject{{u"requestUrl"_s, status.value(u"requestUrl"_s)}};
    checkConnected(run, store, humaans);
    const bool webhook = !url.isEmpty() && hasEnabledWebhook(store, u"applicationUpdate"_s, {url});
    run->add(u"webhook"_s, u"An Application Updated webhook sends to the Humaans Request URL"_s,
             webhook,
             webhook ? u"The webhook is enabled."_s
                     : u"No enabled applicationUpdate webhook uses the Request URL from Humaans. "
                       "Create one with that URL and the Secret Token."_s);
    addPingCheck(run, humaans.name(), status.value(u"lastEvent"_s).toObject());
    run->finish();
}

void testSora(const RunPtr &run, Store &store, PartnerHub &partners)
{
    SoraStandIn &sora = partners.sora();
    const QJsonObject status = sora.status();
    const QJsonArray listeners = status.value(u"listeners"_s).toArray();
    run->details = QJsonObject{{u"listeners"_s, listeners}};
    if (checkConnected(run, store, sora) && !status.value(u"active"_s).toBool()) {
        QJsonObject connected = run->checks.takeAt(run->checks.size() - 1).toObject();
        connected.insert(u"ok"_s, false);
        connected.insert(u"message"_s, u"The Sora integration is not Active. Toggle it to Active "
                                       "in Sora and click Save."_s);
        run->checks << connected;
    }
    QStringList endpoints;
    QJsonObject lastEvent;
    for (const QJsonValue value : listeners) {
        const QJsonObject listener = value.toObject();
        if (listener.value(u"state"_s) == u"active"_s)
            endpoints << listener.value(u"endpointUrl"_s).toString();
        const QJsonObject event = listener.value(u"lastEvent"_s).toObject();
        if (!event.isEmpty() && event.value(u"receivedAt"_s).toString()
                                    > lastEvent.value(u"receivedAt"_s).toString())
            lastEvent = event;
    }
    run->add(u"listener"_s, u"Sora has an active stage change listener"_s, !endpoints.isEmpty(),
             endpoints.isEmpty() ? u"No listener is active. Add a Candidate stage change listener "
                                   "in Sora and click Create event listener."_s
                                 : u"%1 listener(s) active."_s.arg(endpoints.size()));
    const bool webhook = hasEnabledWebhook(store, u"candidateStageChange"_s, endpoints);
    run->add(u"webhook"_s, u"A Candidate Stage Change webhook sends to a Sora listener"_s, webhook,
             webhook ? u"The webhook is enabled."_s
                     : u"No enabled candidateStageChange webhook uses an active listener's "
                       "Endpoint URL. Create one with the Endpoint URL and Secret key from Sora."_s);
    addPingCheck(run, sora.name(), lastEvent);
    run->finish();
}

bool isAcceptableBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == u"https"_s)
        return true;
    return url.scheme() == u"http"_s
        && (url.host() == u"localhost"_s || QHostAddress(url.host()).isLoopback());
}

void testJustifacts(const RunPtr &run, Store &store, PartnerHub &partners)
{
    const QJsonObject settings =
        store.integrations.find(u"justifacts"_s).value_or(QJsonObject{}).value(u"settings"_s)
            .toObject();
    const QString credential = IntegrationPrivate::credentials(store, u"justifacts"_s)
                                   .value(u"credentialKey"_s).toString();
    run->details = QJsonObject{{u"packages"_s, QJsonArray{}}};
    run->add(u"credential"_s, u"The Justifacts credential verification key is stored"_s,
             !credential.isEmpty(),
             credential.isEmpty() ? u"Enter the credential verification key Justifacts sent "
                                    "you and click Update."_s
                                  : u"The key is stored."_s);
    const QString keyId = settings.value(u"atsApiKeyId"_s).toString();
    const bool activeKey = isActiveKey(store, keyId);
    run->add(u"atsKey"_s, u"The selected Ashby API key is active"_s, activeKey,
             activeKey ? u"The key Justifacts uses is active."_s
             : keyId.isEmpty()
                 ? u"No Ashby API key is selected. Create one for Justifacts and select it."_s
                 : u"The selected Ashby API key is revoked or unknown. Create a new one, select "
                   "it and share it with Justifacts."_s);
    QString base = settings.value(u"baseUrl"_s).toString();
    const bool baseOk = isAcceptableBaseUrl(QUrl(base));
    // Say what the address is: plain http is only ever accepted on this computer.
    const bool local = baseOk && QUrl(base).scheme() == u"http";
    run->add(u"baseUrl"_s,
             local ? u"The Justifacts base URL is http on this computer (allowed for the sandbox)"_s
                   : u"The Justifacts base URL uses https"_s,
             baseOk,
             baseOk ? u"The base URL is %1."_s.arg(base)
             : base.isEmpty()
                 ? u"Paste the Justifacts staging base URL into its field."_s
                 : u"\"%1\" is not an https URL (plain http is accepted on this computer only). "
                   "Use the https base URL Justifacts gave you."_s.arg(base));
    const QString label = u"Justifacts lists its assessment packages"_s;
    if (credential.isEmpty() || !baseOk) {
        run->add(u"assessments"_s, label, false,
                 u"Not tried: the credential and a valid base URL are needed first."_s);
        run->finish();
        return;
    }
    if (!base.endsWith(u'/'))
        base += u'/';
    const QByteArray basic = PartnerHttp::basicAuthorization(credential);
    partners.http().send("POST", QUrl(base + u"assessment.list"_s), "{}",
                         {{"Authorization", basic}}, &partners,
                         [run, label](const PartnerReply &reply) {
        QString failure = partnerCallFailure(u"Justifacts"_s, reply);
        if (failure.isEmpty() && reply.status == 401)
            failure = u"Justifacts refused the credential verification key (HTTP 401). Check the "
                      "key Justifacts sent you and update it."_s;
        else if (failure.isEmpty() && !reply.isSuccess())
            failure = u"Justifacts answered HTTP %1: %2"_s.arg(reply.status).arg(
                reply.errorMessage());
        QJsonArray packages;
        for (const QJsonValue value : reply.json().value(u"results"_s).toArray()) {
            const QJsonObject package = value.toObject();
            packages << QJsonObject{{u"id"_s, package.value(u"assessment_type_id"_s)},
                                    {u"name"_s, package.value(u"name"_s)},
                                    {u"description"_s, package.value(u"description"_s)}};
        }
        run->details.insert(u"packages"_s, packages);
        run->add(u"assessments"_s, label, failure.isEmpty(),
                 failure.isEmpty() ? u"Justifacts offers %1 packages."_s.arg(packages.size())
                                   : failure);
        run->finish();
    });
}

} // namespace

void runIntegrationTest(Store &store, PartnerHub &partners, const IntegrationEntry &entry,
                        const Deferred &answer)
{
    auto run = std::make_shared<Run>();
    run->answer = answer;
    if (entry.id == u"juro"_s)
        testJuro(run, store, partners);
    else if (entry.id == u"willo"_s)
        testWillo(run, store, partners);
    else if (entry.id == u"humaans"_s)
        testHumaans(run, store, partners);
    else if (entry.id == u"sora"_s)
        testSora(run, store, partners);
    else
        testJustifacts(run, store, partners);
}

} // namespace Tessera::Sandbox
