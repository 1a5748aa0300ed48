#pragma once

#include "models/settings/BackendConfig.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace Tessera {

class ApiClient;
class BackgroundWork;
class BackendSession;
class CandidateCache;
class CandidateDirectory;
class IntegrationService;
class PartnerConsole;
class QuickSearch;
class ReferenceData;
class SecretStore;
class Settings;

// Everything of one backend connection: its own ApiClient, the session, the shared reference
// data, the candidate directory with its encrypted local cache, and the services views use. Connecting creates one; switching
// or forgetting the backend destroys it, and every call still running ends as cancelled.
// Views get what they need from it through ViewFactory.
class BackendContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackendContext)
public:
    BackendContext(QNetworkAccessManager *network, const BackendConfig &backend,
                   const QString &apiKey, Settings *settings, SecretStore *secrets,
                   QObject *parent = nullptr);
    ~BackendContext() override;

    const BackendConfig &backend() const { return m_backend; }
    ApiClient *client() const { return m_client.get(); }
    BackendSession *session() const { return m_session; }
    ReferenceData *reference() const { return m_reference; }
    CandidateDirectory *candidates() const { return m_candidates; }
    // The encrypted local copy of the candidate list (off: it keeps nothing).
    CandidateCache *candidateCache() const { return m_cache; }
    IntegrationService *integrationService() const { return m_integrationService; }
    // Simulated partners' consoles; null until connected, and on backends without them.
    PartnerConsole *partnerConsole() const { return m_partnerConsole; }
    // What runs in the background right now (syncs, refreshes), for the status bar.
    BackgroundWork *backgroundWork() const { return m_work; }
    // What Ctrl+K finds on this connection: views, integrations, candidates.
    QuickSearch *quickSearch() const { return m_quickSearch; }
    Settings *settings() const { return m_settings; }
    SecretStore *secrets() const { return m_secrets; }
    bool isConnected() const;
    // Connected to a backend that offers Tessera's extension methods.
    bool hasExtensions() const;

    void connectToBackend();
    // Stops everything of this connection at once: running calls and syncs end, and nothing it
    // owns signals anyone any more (called before it is replaced, and by its destructor).
    void shutDown();
    // F5: every loaded collection and the candidates ask what changed.
    void refresh();

Q_SIGNALS:
    // The session reached Connected (again, after a reconnect).
    void connected();

private:
    void onSessionStateChanged();
    void reportBackgroundWork();

    BackendConfig m_backend;
    Settings *m_settings;
    SecretStore *m_secrets;
    std::unique_ptr<ApiClient> m_client;
    BackendSession *m_session;
    ReferenceData *m_reference;
    CandidateCache *m_cache;
    CandidateDirectory *m_candidates;
    IntegrationService *m_integrationService;
    PartnerConsole *m_partnerConsole = nullptr;
    BackgroundWork *m_work;
    QuickSearch *m_quickSearch;
    int m_syncJob = 0;
    int m_referenceJob = 0;
};

} // namespace Tessera
