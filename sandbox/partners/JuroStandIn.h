#pragma once

#include "sandbox/server/DeferredAnswer.h"
#include "StandIn.h"

namespace Tessera::Sandbox {

class JuroContracts;

// Juro: its API key (activate, rotate), webhooks to the ATS signed with Juro-Signature
// (sha256=<hex HMAC-SHA256(body, signature secret)>), GET v3/me to check a key and GET
// v3/templates[/<id>] serving JuroTemplates, and its contracts API (JuroContracts).
class JuroStandIn final : public StandIn
{
    Q_OBJECT
public:
    explicit JuroStandIn(PartnerEnvironment &environment, QObject *parent = nullptr);

    QString activateApi();
    QString rotateApiKey();
    QString addWebhook(const QString &name, const QString &url, const QString &signatureSecret,
                       const QStringList &triggers);
    void sendTestWebhook(const Deferred &answer);

    std::optional<HttpAnswer> route(const RawRequest &request, const QString &subPath) override;

private:
    JuroContracts *m_contracts; // child
};

} // namespace Tessera::Sandbox
