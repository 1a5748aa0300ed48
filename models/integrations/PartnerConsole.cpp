#include "PartnerConsole.h"

#include "models/core/CallOutcome.h"
#include "models/domain/JsonReader.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
// Calls that reach a partner through the backend wait for the partner too.
const CallOptions partnerRoundTrip{CallOptions::Idempotency::Infer, 60'000};

Nothing nothing(const QJsonValue &)
{
    return {};
}

WilloStatus decodeWillo(const QJsonValue &results)
{
    JsonReader reader(results.toObject());
    WilloStatus status;
    status.connected = reader.optionalBool(u"connected"_s);
    status.plan = reader.optionalString(u"plan"_s);
    status.syncIntervalMinutes = reader.optionalInt(u"syncIntervalMinutes"_s);
    JsonReader sync(reader.optionalObject(u"sync"_s));
    status.syncState = sync.optionalString(u"state"_s);
    status.jobsDone = sync.optionalInt(u"jobsDone"_s);
    status.jobsTotal = sync.optionalInt(u"jobsTotal"_s);
    status.stagesDone = sync.optionalInt(u"stagesDone"_s);
    status.message = sync.optionalString(u"message"_s);
    return status;
}

} // namespace

PartnerConsole::PartnerConsole(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void PartnerConsole::juroActivateApi(QObject *context, Done<PartnerCredential> done)
{
    callWithOutcome<PartnerCredential>(
        m_client, u"partnerConsole.juro.activateApi"_s, {}, context,
        [](const QJsonValue &results) {
            return PartnerCredential{results[u"apiKey"_s].toString(), {}};
        },
        std::move(done), partnerRoundTrip);
}

void PartnerConsole::juroAddWebhook(const QString &url, const QString &signatureSecret,
                                    QObject *context, Done<Nothing> done)
{
    callWithOutcome<Nothing>(m_client, u"partnerConsole.juro.addWebhook"_s,
                             QJsonObject{{u"name"_s, u"Ashby"_s},
                                         {u"url"_s, url},
                                         {u"signatureSecret"_s, signatureSecret},
                                         {u"triggers"_s, QJsonArray{u"all"_s}}},
                             context, nothing, std::move(done), partnerRoundTrip);
}

void PartnerConsole::juroSendTestWebhook(QObject *context, Done<TestWebhookOutcome> done)
{
    callWithOutcome<TestWebhookOutcome>(
        m_client, u"partnerConsole.juro.sendTestWebhook"_s, {}, context,
        [](const QJsonValue &results) {
            JsonReader reader(results.toObject());
            TestWebhookOutcome outcome;
            outcome.delivered = reader.optionalBool(u"delivered"_s);
            outcome.verified = reader.optionalBool(u"verified"_s);
            outcome.statusCode = reader.optionalInt(u"statusCode"_s);
            outcome.message = reader.optionalString(u"message"_s);
            return outcome;
        },
        std::move(done), partnerRoundTrip);
}

void PartnerConsole::willoConnect(const QString &atsApiKey, QObject *context,
                                  Done<WilloStatus> done)
{
    callWithOutcome<WilloStatus>(m_client, u"partnerConsole.willo.connect"_s,
                                 QJsonObject{{u"atsApiKey"_s, atsApiKey}}, context, decodeWillo,
                                 std::move(done), partnerRoundTrip);
}

void PartnerConsole::willoStatus(QObject *context, Done<WilloStatus> done)
{
    callWithOutcome<WilloStatus>(m_client, u"partnerConsole.willo.status"_s, {}, context,
                                 decodeWillo, std::move(done), partnerRoundTrip);
}

void PartnerConsole::humaansConnect(const QString &atsApiKey, QObject *context,
                                    Done<PartnerEndpoint> done)
{
    callWithOutcome<PartnerEndpoint>(
        m_client, u"partnerConsole.humaans.connect"_s, QJsonObject{{u"atsApiKey"_s, atsApiKey}},
        context,
        [](const QJsonValue &results) {
            return PartnerEndpoint{results[u"requestUrl"_s].toString(),
                                   results[u"secretToken"_s].toString(), {}};
        },
        std::move(done), partnerRoundTrip);
}

void PartnerConsole::soraConnect(const QString &atsApiKey, QObject *context, Done<Nothing> done)
{
    callWithOutcome<Nothing>(m_client, u"partnerConsole.sora.connect"_s,
                             QJsonObject{{u"atsApiKey"_s, atsApiKey}, {u"active"_s, true}},
                             context, nothing, std::move(done), partnerRoundTrip);
}

void PartnerConsole::soraAddListener(const QString &workflow, const QString &stageId,
                                     QObject *context, Done<PartnerEndpoint> done)
{
    callWithOutcome<PartnerEndpoint>(
        m_client, u"partnerConsole.sora.addListener"_s,
        QJsonObject{{u"workflow"_s, workflow}, {u"stageId"_s, stageId}}, context,
        [](const QJsonValue &results) {
            return PartnerEndpoint{results[u"endpointUrl"_s].toString(),
                                   results[u"secretKey"_s].toString(),
                                   results[u"listenerId"_s].toString()};
        },
        std::move(done), partnerRoundTrip);
}

void PartnerConsole::soraCreateListener(const QString &listenerId, QObject *context,
                                        Done<Nothing> done)
{
    callWithOutcome<Nothing>(m_client, u"partnerConsole.sora.createListener"_s,
                             QJsonObject{{u"listenerId"_s, listenerId}}, context, nothing,
                             std::move(done), partnerRoundTrip);
}

// What the simulated partner received (docs/API.md: partnerConsole.receivedRecords), the same
// shape for every partner whose capabilities list received records.
void PartnerConsole::receivedRecords(const QString &integrationId, QObject *context,
                                     Done<QList<PartnerRecord>> done)
{
    callWithOutcome<QList<PartnerRecord>>(
        m_client, u"partnerConsole.receivedRecords"_s,
        QJsonObject{{u"integrationId"_s, integrationId}}, context,
        [](const QJsonValue &results) {
            QList<PartnerRecord> records;
            for (const QJsonValue value : results[u"records"_s].toArray()) {
                JsonReader reader(value.toObject());
                PartnerRecord record;
                record.name = reader.optionalString(u"name"_s);
                record.jobTitle = reader.optionalString(u"jobTitle"_s);
                record.startDate = reader.optionalString(u"startDate"_s);
                record.extra = reader.optionalString(u"detail"_s);
                record.receivedAt = reader.optionalString(u"receivedAt"_s);
                record.errorCount = reader.optionalInt(u"errorCount"_s);
                records << record;
            }
            return records;
        },
        std::move(done), partnerRoundTrip);
}

void PartnerConsole::justifactsIssueCredential(QObject *context, Done<PartnerCredential> done)
{
    callWithOutcome<PartnerCredential>(
        m_client, u"partnerConsole.justifacts.issueCredential"_s, {}, context,
        [](const QJsonValue &results) {
            return PartnerCredential{results[u"credentialKey"_s].toString(),
                                     results[u"stagingBaseUrl"_s].toString()};
        },
        std::move(done), partnerRoundTrip);
}

} // namespace Tessera
