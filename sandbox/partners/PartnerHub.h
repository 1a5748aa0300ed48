#pragma once

#include "StandIn.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace Tessera::Sandbox {

class HumaansStandIn;
class JuroStandIn;
class JustifactsStandIn;
class MethodRegistry;
class PartnerHttp;
class SoraStandIn;
class Store;
class WilloStandIn;

// The partner stand-ins and what they share: the HTTP client, the environment and the routes
// under /partners/<id>/ (plus the ATS's Juro receiver, /integrations/juro/webhook).
class PartnerHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerHub)
public:
    PartnerHub(Store &store, double timeScale, QObject *parent = nullptr);
    ~PartnerHub() override;

    // The sandbox's own address as partners reach it (loopback when it listens on any address).
    void setBaseUrl(const QUrl &baseUrl);
    // Finds, for each permission, a method that needs it (for AtsKeyCheck's probes).
    void learnMethods(const MethodRegistry &registry);
    // At start-up, once the store is ready: partners carry on the runs they had going (Juro's
    // contracts, Justifacts' checks), as a real partner does while the ATS restarts.
    void resumeRuns();

    PartnerHttp &http() { return *m_http; }
    QString publicBaseUrl() const { return m_environment.publicBaseUrl; }

    JuroStandIn &juro() { return *m_juro; }
    WilloStandIn &willo() { return *m_willo; }
    HumaansStandIn &humaans() { return *m_humaans; }
    SoraStandIn &sora() { return *m_sora; }
    JustifactsStandIn &justifacts() { return *m_justifacts; }
    // nullptr for an unknown id.
    StandIn *find(const QString &partnerId) const;
    QList<StandIn *> all() const;

    std::optional<HttpAnswer> route(const RawRequest &request);

private:
    std::optional<HttpAnswer> routeOrThrow(const RawRequest &request);

    Store &m_store;
    PartnerHttp *m_http; // child
    PartnerEnvironment m_environment;
    JuroStandIn *m_juro;
    WilloStandIn *m_willo;
    HumaansStandIn *m_humaans;
    SoraStandIn *m_sora;
    JustifactsStandIn *m_justifacts;
};

} // namespace Tessera::Sandbox
