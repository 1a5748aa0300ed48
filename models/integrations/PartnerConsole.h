#pragma once

#include "SetupTypes.h"

#include <QObject>
#include <QPointer>

namespace Tessera {

class ApiClient;

// The steps an admin does on a partner's own website, simulated by tessera-sandbox's partner
// stand-ins (partnerConsole.* methods). Only offered when organization.info says the backend
// has them; a real backend never does.
class PartnerConsole final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerConsole)
public:
    explicit PartnerConsole(ApiClient *client, QObject *parent = nullptr);

    // Juro: Settings > Integrations > API > Activate, then copy the key.
    void juroActivateApi(QObject *context, Done<PartnerCredential> done);
    // Juro: Webhooks > + Add new (security signature = the Juro key, all triggers).
    void juroAddWebhook(const QString &url, const QString &signatureSecret, QObject *context,
                        Done<Nothing> done);
    void juroSendTestWebhook(QObject *context, Done<TestWebhookOutcome> done);

    // Willo: paste the ATS key into the connection dialog and grant access.
    void willoConnect(const QString &atsApiKey, QObject *context, Done<WilloStatus> done);
    void willoStatus(QObject *context, Done<WilloStatus> done);

    // Humaans: Admin > Integrations > Ashby: paste the key, Save; copy Request URL + token.
    void humaansConnect(const QString &atsApiKey, QObject *context, Done<PartnerEndpoint> done);

    // Sora: Settings > Integrations > Ashby: paste the key, Active, Save.
    void soraConnect(const QString &atsApiKey, QObject *context, Done<Nothing> done);
    // Sora: Workflows > Add listener (Candidate stage change) → Endpoint URL + Secret key.
    void soraAddListener(const QString &workflow, const QString &stageId, QObject *context,
                         Done<PartnerEndpoint> done);
    void soraCreateListener(const QString &listenerId, QObject *context, Done<Nothing> done);

    // What a simulated partner received (Humaans' New hires, Sora's imported employees),
    // newest first; for integrations whose capabilities list received records.
    void receivedRecords(const QString &integrationId, QObject *context,
                         Done<QList<PartnerRecord>> done);

    // Justifacts: the credential verification key and staging base URL they e-mail.
    void justifactsIssueCredential(QObject *context, Done<PartnerCredential> done);

private:
    QPointer<ApiClient> m_client;
};

} // namespace Tessera
