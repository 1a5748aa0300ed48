#include "BackendContext.h"

#include "BackendSession.h"
#include "models/api/ApiClient.h"
#include "models/candidates/CandidateCache.h"
#include "models/candidates/CandidateDirectory.h"
#include "models/core/BackgroundWork.h"
#include "models/integrations/IntegrationService.h"
#include "models/integrations/PartnerConsole.h"
#include "models/reference/ReferenceData.h"
#include "models/search/QuickSearch.h"
#include "models/settings/Settings.h"

namespace Tessera {

BackendContext::BackendContext(QNetworkAccessManager *network, const BackendConfig &backend,
                               const QString &apiKey, Settings *settings, SecretStore *secrets,
                               QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_client(std::make_unique<ApiClient>(network, backend.url, apiKey))
    , m_session(new BackendSession(m_client.get(), this))
    , m_reference(new ReferenceData(m_client.get(), this))
    , m_cache(new CandidateCache(backend.id, settings, secrets, this))
    , m_candidates(new CandidateDirectory(m_client.get(), nullptr, this))
    , m_integrationService(new IntegrationService(m_client.get(), this))
    , m_work(new BackgroundWork(this))
    , m_quickSearch(new QuickSearch(m_reference, m_candidates, this))
{
    reportBackgroundWork();
    connect(m_session, &BackendSession::stateChanged, this,
            &BackendContext::onSessionStateChanged);
    // The cache is also the token store of the candidate streams; the list fills from disk
    // before the backend answers.
    m_candidates->setCache(m_cache);
    m_candidates->loadCache();
}

BackendContext::~BackendContext()
{
    shutDown();
    delete m_candidates; // before the cache it writes to
    m_client.reset();
}

void BackendContext::reportBackgroundWork()
{
    using State = CandidateDirectory::State;
    connect(m_candidates, &CandidateDirectory::stateChanged, m_work, [this](State state) {
        if (m_syncJob)
            m_work->end(std::exchange(m_syncJob, 0));
        if (state == State::SyncingCandidates)
            m_syncJob = m_work->begin(tr("Syncing candidates"));
        else if (state == State::SyncingApplications)
            m_syncJob = m_work->begin(tr("Syncing applications"));
    });
    connect(m_candidates, &CandidateDirectory::progressChanged, m_work,
            [this](qint64 loaded, qint64 total) {
                if (m_syncJob)
                    m_work->progress(m_syncJob, loaded, total);
            });
    connect(m_reference, &ReferenceData::loadingCountChanged, m_work, [this](int count) {
        if (count > 0 && !m_referenceJob)
            m_referenceJob = m_work->begin(tr("Refreshing jobs, plans and stages"));
        else if (count == 0 && m_referenceJob)
            m_work->end(std::exchange(m_referenceJob, 0));
    });
}

void BackendContext::shutDown()
{
    // Silence first: what cancelling emits must reach nobody (views, the window, the console).
    m_session->disconnect();
    m_client->disconnect();
    m_candidates->disconnect();
    m_work->disconnect();
    disconnect(); // this context's own signals
    m_candidates->cancel();
    m_reference->cancelAll();
}

bool BackendContext::isConnected() const
{
    return m_session->state() == BackendSession::State::Connected;
}

bool BackendContext::hasExtensions() const
{
    return isConnected() && m_session->organization().hasExtensions;
}

void BackendContext::connectToBackend()
{
    m_session->connectToBackend();
}

void BackendContext::refresh()
{
    if (!isConnected()) {
        connectToBackend();
        return;
    }
    m_reference->refreshAll();
    m_candidates->sync();
}

void BackendContext::onSessionStateChanged()
{
    if (!isConnected())
        return;
    if (m_session->organization().hasPartnerConsole && !m_partnerConsole)
        m_partnerConsole = new PartnerConsole(m_client.get(), this);
    m_quickSearch->setIntegrationsAvailable(m_session->organization().hasExtensions);
    m_reference->refreshAll(); // after a reconnect: what changed while we were away
    Q_EMIT connected();
}

} // namespace Tessera
