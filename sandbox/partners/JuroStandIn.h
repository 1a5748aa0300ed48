#pragma once

#include "sandbox/server/DeferredAnswer.h"
#include "StandIn.h"

namespace Tessera::Sandbox {

class JuroContracts;

// Juro: its API key (activate, rotate), webhooks to the ATS signed with Juro-Signature
// (sha256=<hex HMAC-SHA256(body, signature secret)>), GET v3/me to check a key and GET
// v3/templates[/<id>] serving JuroTemplates, its contracts API (JuroContracts) and a contract's
// read-only page, GET contracts/<id>.
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
    JuroContracts &contracts() { return *m_contracts; }

    std::optional<HttpAnswer> route(const RawRequest &request, const QString &subPath) override;

private:
    JuroContracts *m_contracts; // child
};

} // namespace Tessera::Sandbox
