#pragma once

#include "sandbox/server/DeferredAnswer.h"
#include "StandIn.h"

namespace Tessera::Sandbox {

// Humaans: holds an Ashby key, issues a Request URL and Secret Token for an applicationUpdate
// webhook, and turns Hired applications into New hires: the records the admin's Humaans field
// mapping builds, read back from the ATS over HTTP (fieldMapping.apply).
class HumaansStandIn final : public StandIn
{
    Q_OBJECT
public:
    explicit HumaansStandIn(PartnerEnvironment &environment, QObject *parent = nullptr);

    void connectKey(const QString &atsApiKey, const Deferred &answer);
    void disconnectKey();
    QJsonObject status() const;
    QString receivedRecordsLabel() const override;
    QJsonArray receivedRecords() const override;
    QString requestUrl() const; // empty when not connected

    std::optional<HttpAnswer> route(const RawRequest &request, const QString &subPath) override;

private:
    void recordEvent(const QString &action, bool verified, int statusCode);
    void importHire(const QJsonObject &application);
};

} // namespace Tessera::Sandbox
