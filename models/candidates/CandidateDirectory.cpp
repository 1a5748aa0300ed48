#include "CandidateDirectory.h"

#include "CandidateCache.h"
#include "CandidatesModel.h"
#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/api/PagedFetch.h"
#include "models/api/SyncTokenStore.h"
#include "models/core/LoadState.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace Tessera {

namespace {
constexpr int flushIntervalMs = 100; // views relayout at most ten times a second during a sync
// One merge into the model, with the signals it sends to proxies and views, stays well inside a
// 16 ms frame even when the view's repaint that follows lands in the same event-loop turn.
constexpr qint64 sliceBudgetNs = 3'000'000;
constexpr int minSliceRows = 64;
constexpr int maxSliceRows = 50'000;

QVariant decodeCandidates(const QJsonArray &results)
{
    return QVariant::fromValue(CandidatePage::decode(results));
}

QVariant decodeApplications(const QJsonArray &results)
{
    return QVariant::fromValue(ApplicationPage::decode(results));
}
} // namespace

CandidateDirectory::CandidateDirectory(ApiClient *client, SyncTokenStore *tokens, QObject *parent)
    : CandidateDirectory(client, tokens, nullptr, parent)
{
}

CandidateDirectory::CandidateDirectory(ApiClient *client, SyncTokenStore *tokens,
                                       CandidatesModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tokens(tokens)
    , m_model(model ? model : new CandidatesModel(this))
    , m_status(new LoadStatus(this))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &CandidateDirectory::onSliceTimer);
    m_rowCosts.fill(0);
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &CandidateDirectory::onSliceTimer);
}

qint64 CandidateDirectory::pendingRows() const
{
    const qint64 queued = qint64(m_pendingCandidates.rows.size() - m_pendingOffset);
    return queued > 0 || !m_cache || !m_cache->hasLoadedRows() ? queued : 1;
}

qint64 CandidateDirectory::loaded() const
{
    return m_model->rowCount() + pendingRows();
}

void CandidateDirectory::setCache(CandidateCache *cache)
{
    Q_ASSERT(!m_cacheTried);
    if (m_cache)
        m_cache->disconnect(this);
    m_cache = cache;
    if (!cache)
        return;
    m_tokens = cache;
    connect(cache, &CandidateCache::rowsLoaded, this, &CandidateDirectory::onCacheRows);
    connect(cache, &CandidateCache::loadFinished, this, &CandidateDirectory::onCacheFinished);
    connect(cache, &QObject::destroyed, this, [this] {
        m_cache = nullptr;
        m_tokens = nullptr;
    });
}

void CandidateDirectory::setExpectedTotal(qint64 total)
{
    m_expectedTotal = total;
    m_model->reserve(total);
    Q_EMIT progressChanged(loaded(), m_expectedTotal);
}

void CandidateDirectory::sync()
{
    if ((m_fetch && m_fetch->isRunning()) || m_finishedStream)
        return;
    m_lastError = {};
    m_syncChangedRows = false;
    setState(State::SyncingCandidates);
    if (m_cache && !m_cacheTried) {
        loadCache();
        return;
    }
    if (m_cacheDraining || (m_cache && m_cache->isLoading()))
        return; // startAfterCache() starts the network sync
    startStream(candidatesStream, u"candidate.list"_s);
}

void CandidateDirectory::loadCache()
{
    if (!m_cache || m_cacheTried)
        return;
    m_cacheTried = true;
    m_cacheRows = 0;
    m_cache->load();
}

void CandidateDirectory::onCacheRows()
{
    if (m_cacheRows == 0)
        m_model->reserve(std::max(m_expectedTotal, m_cache->rowsInFile()));
    Q_EMIT progressChanged(m_model->rowCount(), std::max(m_expectedTotal, m_cache->rowsInFile()));
    if (!m_sliceTimer.isActive())
        m_sliceTimer.start();
}

void CandidateDirectory::onCacheFinished(bool usable)
{
    if (!usable) {
        // Nothing, or a file that broke half-way: whatever it gave goes, and a full sync follows.
        m_pendingCandidates = {};
        m_pendingOffset = 0;
        if (m_cacheRows > 0 || m_model->rowCount() > 0)
            m_model->clear();
        m_cacheRows = 0;
        m_syncedStreams.clear();
        startAfterCache();
        return;
    }
    for (const char *stream : {candidatesStream, applicationsStream})
        if (!m_cache->syncToken(QLatin1String(stream)).isEmpty())
            m_syncedStreams.insert(QLatin1String(stream));
    m_cacheDraining = true;
    if (!m_sliceTimer.isActive())
        m_sliceTimer.start();
}

// The network sync starts only once every cached row is in the model, so an incremental page
// never meets a cached row still waiting in the queue.
void CandidateDirectory::startAfterCache()
{
    m_cacheDraining = false;
    Q_EMIT cacheLoaded(m_cacheRows);
    if (m_state == State::SyncingCandidates)
        startStream(candidatesStream, u"candidate.list"_s);
}

void CandidateDirectory::cancel()
{
    if (m_fetch)
        m_fetch->cancel();
    if (m_state == State::SyncingCandidates || m_state == State::SyncingApplications)
        setState(State::Idle);
    // Cached rows keep arriving in slices (the network sync will not start after them).
    if (!m_cacheDraining && !(m_cache && m_cache->isLoading()))
        flush();
    if (m_finishedStream && m_state == State::Idle)
        m_finishedStream = nullptr;
}

void CandidateDirectory::startStream(const char *stream, const QString &method)
{
    // A token only describes changes since data this model already holds: a stream not yet
    // synced by this directory (a fresh start) fetches everything.
    const bool haveData = m_syncedStreams.contains(QLatin1String(stream));
    const QString token = m_tokens && haveData ? m_tokens->syncToken(QLatin1String(stream))
                                               : QString();
    if (m_fetch)
        m_fetch->deleteLater();
    m_fetch = new PagedFetch(m_client, method, {}, token, this);
    const bool candidates = qstrcmp(stream, candidatesStream) == 0;
    m_fetch->setResultsDecoder(candidates ? &decodeCandidates : &decodeApplications);
    connect(m_fetch, &PagedFetch::payloadReceived, this, [this, candidates](const QVariant &payload) {
        if (candidates) {
            CandidatePage page = payload.value<CandidatePage>();
            m_pendingCandidates.failures += page.failures;
            if (m_pendingCandidates.firstError.isEmpty())
                m_pendingCandidates.firstError = page.firstError;
            m_pendingCandidates.rows.insert(m_pendingCandidates.rows.end(),
                                            std::make_move_iterator(page.rows.begin()),
                                            std::make_move_iterator(page.rows.end()));
            Q_EMIT progressChanged(loaded(), std::max(m_expectedTotal, loaded()));
        } else {
            m_pendingApplications << payload.value<ApplicationPage>();
        }
        if (!m_flushTimer.isActive())
            m_flushTimer.start();
    });
    connect(m_fetch, &PagedFetch::restartedAsFullSync, this, [this, candidates] {
        if (candidates) {
            m_pendingCandidates = {};
            m_pendingOffset = 0;
            m_model->clear();
            m_syncedStreams.clear(); // applications must be fetched again for the new rows
        }
    });
    connect(m_fetch, &PagedFetch::finished, this,
            [this, stream](const QString &nextToken) { onStreamFinished(stream, nextToken); });
    connect(m_fetch, &PagedFetch::failed, this, [this](const ApiError &error) {
        flush();
        m_lastError = error;
        setState(State::Failed);
    });
    m_fetch->start();
}

void CandidateDirectory::flush()
{
    m_flushTimer.stop();
    m_sliceTimer.stop();
    while (!mergeSlice()) {
    }
    if (m_cacheDraining)
        startAfterCache();
}

void CandidateDirectory::onSliceTimer()
{
    if (!mergeSlice()) {
        m_sliceTimer.start(); // the rest in the next turns, with events (and a repaint) between
        return;
    }
    if (m_cacheDraining && !(m_cache && m_cache->isLoading()))
        startAfterCache();
    else if (m_finishedStream)
        continueAfterStream();
}

bool CandidateDirectory::mergeSlice()
{
    QElapsedTimer clock;
    clock.start();
    int failures = 0;
    if (m_pendingOffset == m_pendingCandidates.rows.size() && m_cache && m_cache->hasLoadedRows()) {
        CandidatePage page = m_cache->takeLoadedRows();
        m_cacheRows += qint64(page.rows.size());
        m_pendingCandidates.rows = std::move(page.rows);
        m_pendingOffset = 0;
    }
    const size_t available = m_pendingCandidates.rows.size() - m_pendingOffset;
    if (available > 0 || m_pendingCandidates.failures) {
        const size_t take = std::min(available, size_t(m_sliceRows));
        CandidatePage slice;
        slice.failures = std::exchange(m_pendingCandidates.failures, 0);
        slice.firstError = std::exchange(m_pendingCandidates.firstError, {});
        const auto first = m_pendingCandidates.rows.begin() + qsizetype(m_pendingOffset);
        slice.rows.assign(std::make_move_iterator(first),
                          std::make_move_iterator(first + qsizetype(take)));
        m_pendingOffset += take;
        if (m_pendingOffset == m_pendingCandidates.rows.size()) {
            m_pendingCandidates.rows.clear();
            m_pendingOffset = 0;
        }
        failures += m_model->merge(std::move(slice));
        // Aim the next slice at the budget: the cost per row depends on the views attached. The
        // median of recent slices is the estimate, so one slice that was preempted (or one that
        // met a cheap moment) does not swing it.
        if (take >= size_t(minSliceRows)) {
            m_rowCosts[m_nextRowCost++ % m_rowCosts.size()] =
                double(clock.nsecsElapsed()) / double(take);
            std::vector<double> costs;
            for (double cost : m_rowCosts)
                if (cost > 0)
                    costs.push_back(cost);
            std::nth_element(costs.begin(), costs.begin() + qsizetype(costs.size() / 2),
                             costs.end());
            const double typical = costs[costs.size() / 2];
            m_sliceRows = int(std::clamp(double(sliceBudgetNs) * 0.8 / std::max(typical, 1.0),
                                         double(minSliceRows), double(maxSliceRows)));
        }
    }
    // Applications refer to candidate rows: they follow once those are in.
    while (pendingRows() == 0 && !m_pendingApplications.isEmpty()
           && clock.nsecsElapsed() < sliceBudgetNs)
        failures += m_model->merge(m_pendingApplications.takeFirst());
    if (failures)
        qCWarning(lcNet) << failures << "records could not be decoded:"
                         << m_model->lastDecodeError();
    if (pendingRows() > 0 || !m_pendingApplications.isEmpty())
        return false;
    if (m_cacheDraining || (m_cache && m_cache->isLoading())) {
        const qint64 rows = m_model->rowCount();
        Q_EMIT progressChanged(rows, std::max(m_expectedTotal, rows));
    }
    return true;
}

void CandidateDirectory::onStreamFinished(const char *stream, const QString &token)
{
    m_finishedStream = stream;
    m_finishedToken = token;
    m_finishedIncremental = m_fetch && m_fetch->isIncremental();
    m_finishedRecords = m_fetch ? m_fetch->records() : 0;
    m_flushTimer.stop();
    if (!m_sliceTimer.isActive())
        m_sliceTimer.start(); // the stream goes on once its last rows are in, slice by slice
}

void CandidateDirectory::continueAfterStream()
{
    const char *stream = std::exchange(m_finishedStream, nullptr);
    if (!stream)
        return;
    if (m_tokens && !m_finishedToken.isEmpty())
        m_tokens->setSyncToken(QLatin1String(stream), m_finishedToken);
    m_syncedStreams.insert(QLatin1String(stream));
    Q_EMIT streamFetched(QLatin1String(stream), m_finishedIncremental, m_finishedRecords);
    m_syncChangedRows = m_syncChangedRows || !m_finishedIncremental || m_finishedRecords > 0;
    if (qstrcmp(stream, candidatesStream) == 0) {
        Q_EMIT progressChanged(loaded(), std::max(m_expectedTotal, loaded()));
        setState(State::SyncingApplications);
        if (m_state == State::SyncingApplications) // not cancelled by a stateChanged() handler
            startStream(applicationsStream, u"application.list"_s);
        return;
    }
    m_lastSynced = QDateTime::currentDateTimeUtc();
    setState(State::Ready);
    // Nothing changed: the cached rows and their older tokens still say the same.
    if (m_cache && m_syncChangedRows)
        m_cache->save(m_model);
}

void CandidateDirectory::searchOnServer(const QString &text)
{
    const QString query = text.trimmed();
    if (query.isEmpty())
        return;
    const QJsonObject body{{query.contains(u'@') ? u"email"_s : u"name"_s, query}};
    ApiCall *call = m_client->call(u"candidate.search"_s, body, this);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (call->error().isError()) {
            Q_EMIT searchFinished(0, call->error());
            return;
        }
        const QJsonArray results = call->results().toArray();
        m_model->mergeCandidates(results);
        Q_EMIT searchFinished(int(results.size()), {});
    });
}

void CandidateDirectory::setState(State state)
{
    if (!assignState(m_state, state))
        return;
    switch (state) {
    case State::Idle: m_status->reset(); break;
    case State::SyncingCandidates:
    case State::SyncingApplications:
        if (!m_status->isLoading())
            m_status->begin();
        break;
    case State::Ready: m_status->succeed(); break;
    case State::Failed: m_status->fail(m_lastError); break;
    }
    Q_EMIT stateChanged(state);
}

} // namespace Tessera
