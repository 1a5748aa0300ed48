#pragma once

#include "sandbox/server/DeferredAnswer.h"
#include "StandIn.h"

namespace Tessera::Sandbox {

// Sora: holds an Ashby key, has stage-change listeners (each with its own endpoint and secret)
// and imports a candidate as an employee (the record the admin's Sora field mapping builds,
// fieldMapping.apply over HTTP) when a signed candidateStageChange moves them into a listener's
// stage.
class SoraStandIn final : public StandIn
{
    Q_OBJECT
public:
    explicit SoraStandIn(PartnerEnvironment &environment, QObject *parent = nullptr);

    void connectKey(const QString &atsApiKey, bool active, const Deferred &answer);
    void addListener(const QString &workflow, const QString &stageId, const Deferred &answer);
    QJsonObject createListener(const QString &listenerId);
    // Turns the listener on or off, keeping the Ashby key; not_connected without one.
    QJsonObject setActive(bool active);
    void disconnectKey();
    QJsonObject status() const;
    QString receivedRecordsLabel() const override;
    QJsonArray receivedRecords() const override;

    std::optional<HttpAnswer> route(const RawRequest &request, const QString &subPath) override;

private:
    void updateListener(const QString &listenerId, const QJsonObject &changes);
    void import(const QJsonObject &listener, const QJsonObject &application);
};

} // namespace Tessera::Sandbox
