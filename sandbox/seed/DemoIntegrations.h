#pragma once

#include <QJsonObject>
#include <QString>

namespace Tessera::Sandbox {

class PartnerHub;
class Store;
class WebhookDispatcher;

// tessera-sandbox --seed demo --enable-all: every integration in the organisation's plan enabled
// and configured against its stand-in, as an admin following each partner's guide would leave it
// (keys, credentials, webhooks, Sora's listener on the Offer stage, Willo linked to the first
// job's Phone Screen stage), two Juro workflows and a Justifacts package on the first plan's
// Background Check stage. Written straight into a freshly seeded store; the records have fixed
// ids, only API keys and partner secrets are random.
class DemoIntegrations final
{
public:
    DemoIntegrations(Store &store, PartnerHub &partners);

    void enableAll(qint64 nowMs);
    // Once the server listens: the first webhooks, as an admin's setup sends them (Ashby pings
    // Humaans' and Sora's new webhooks; the admin sends Juro's test webhook), so
    // integration.test passes every check.
    void sendFirstWebhooks(WebhookDispatcher &webhooks);

    static inline const QString workflowInterviewId = QStringLiteral("wf-demo-employment-contract");
    static inline const QString workflowOfferId = QStringLiteral("wf-demo-offer-letter");
    static inline const QString activityId = QStringLiteral("act-demo-background-check");
    static inline const QString soraListenerId = QStringLiteral("sora-demo-offer");
    static inline const QString humaansWebhookId = QStringLiteral("wh-demo-humaans");
    static inline const QString soraWebhookId = QStringLiteral("wh-demo-sora");

private:
    QString createKey(const QString &integrationId, qint64 nowMs);
    void enable(const QString &integrationId, const QJsonObject &settings, qint64 nowMs);
    void addWebhook(const QString &id, const QString &type, const QString &url,
                    const QString &secret, qint64 nowMs);
    void addWorkflow(const QString &id, const QString &title, const QString &entryPoint,
                     qint64 nowMs);
    void mapEmploymentContract(qint64 nowMs);

    Store &m_store;
    PartnerHub &m_partners;
};

} // namespace Tessera::Sandbox
