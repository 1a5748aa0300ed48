#pragma once

#include "StandIn.h"

namespace Tessera::Sandbox {

// Justifacts: an assessment partner. Issues a credential verification key and serves Ashby's
// assessment-partner API under /partners/justifacts/application/ashby/ (Basic auth with it).
class JustifactsStandIn final : public StandIn
{
    Q_OBJECT
public:
    explicit JustifactsStandIn(PartnerEnvironment &environment, QObject *parent = nullptr);

    QJsonObject issueCredential();
    QString stagingBaseUrl() const;
    static QJsonArray packages();

    std::optional<HttpAnswer> route(const RawRequest &request, const QString &subPath) override;
};

} // namespace Tessera::Sandbox
