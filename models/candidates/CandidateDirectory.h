#pragma once

#include "CandidateSummary.h"
#include "models/api/ApiError.h"
#include "models/core/LoadStatus.h"

#include <QObject>
#include <QDateTime>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <array>

namespace Tessera {

class ApiClient;
class CandidateCache;
class CandidatesModel;
class PagedFetch;
class SyncTokenStore;

// Keeps CandidatesModel in step with the backend: a full sync the first time, incremental
// syncs after (tokens in a SyncTokenStore), candidates first and then their applications for
// the stage and job columns. Pages are decoded off the GUI thread and handed to the model at
// most every 100 ms, in slices that each fit a frame. Server-side search fills in candidates
// not yet synced.
//
// With a CandidateCache, the first sync() fills the model from the cache first (the cache is
// then the token store, so the network sync after it is incremental) and every completed sync
// that changed something is saved to it.
class CandidateDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateDirectory)
public:
    enum class State { Idle, SyncingCandidates, SyncingApplications, Ready, Failed };
    Q_ENUM(State)

    CandidateDirectory(ApiClient *client, SyncTokenStore *tokens, QObject *parent = nullptr);
    // Feeds a model owned elsewhere (it must outlive the directory).
    CandidateDirectory(ApiClient *client, SyncTokenStore *tokens, CandidatesModel *model,
                       QObject *parent = nullptr);

    CandidatesModel *model() const { return m_model; }
    State state() const { return m_state; }
    const ApiError &lastError() const { return m_lastError; }
    qint64 loaded() const;
    qint64 expectedTotal() const { return m_expectedTotal; }
    QDateTime lastSynced() const { return m_lastSynced; } // invalid until a sync completed
    // The same state in the form every self-loading model has (Loading while either stream
    // syncs), so views show "Updated 12 s ago" the shared way.
    LoadStatus *status() const { return m_status; }
    void setExpectedTotal(qint64 total);
    // Before the first sync(); the cache must outlive the directory. It replaces the token store.
    void setCache(CandidateCache *cache);
    CandidateCache *cache() const { return m_cache; }

    // Fills the model from the cache (if one is set) without waiting for the backend: call it
    // as soon as the directory exists. A sync() asked for meanwhile starts once every cached row
    // is in; a first sync() without loadCache() loads the cache first by itself.
    void loadCache();
    void sync();
    void cancel();
    // candidate.search by email (text with '@') or name; results are merged into the model.
    void searchOnServer(const QString &text);

    static constexpr auto candidatesStream = "candidates";
    static constexpr auto applicationsStream = "applications";

Q_SIGNALS:
    void stateChanged(Tessera::CandidateDirectory::State state);
    void progressChanged(qint64 loaded, qint64 expectedTotal);
    void searchFinished(int found, const Tessera::ApiError &error);
    // The cached rows are all in the model (0: there was no usable cache; a full sync follows).
    void cacheLoaded(qint64 rows);
    // A stream's fetch completed: whether it was incremental, and how many records it brought.
    void streamFetched(const QString &stream, bool incremental, qint64 records);

private:
    void startStream(const char *stream, const QString &method);
    void onStreamFinished(const char *stream, const QString &token);
    void flush(); // hands every pending page to the model now (at the end of a stream)
    // Hands pending rows to the model within one frame's budget; true when nothing is left.
    bool mergeSlice();
    void onSliceTimer();
    void onCacheRows();
    void continueAfterStream(); // the rest of onStreamFinished(), once its rows are merged
    void onCacheFinished(bool usable);
    void startAfterCache();
    qint64 pendingRows() const;
    void setState(State state);

    ApiClient *m_client;
    SyncTokenStore *m_tokens;
    CandidatesModel *m_model;
    QPointer<PagedFetch> m_fetch;
    State m_state = State::Idle;
    LoadStatus *m_status;
    ApiError m_lastError;
    qint64 m_expectedTotal = 0;
    QDateTime m_lastSynced;
    QSet<QString> m_syncedStreams;
    CandidatePage m_pendingCandidates;
    size_t m_pendingOffset = 0; // rows of m_pendingCandidates already merged
    QList<ApplicationPage> m_pendingApplications;
    QTimer m_flushTimer;
    QTimer m_sliceTimer; // the next slice of a backlog
    int m_sliceRows = 1'000; // adapts so that a slice takes about sliceBudgetNs
    std::array<double, 8> m_rowCosts; // ns per row of recent slices (0: none yet)
    size_t m_nextRowCost = 0;
    CandidateCache *m_cache = nullptr;
    bool m_cacheTried = false;
    bool m_cacheDraining = false; // cached rows still on their way into the model
    qint64 m_cacheRows = 0;
    // A stream whose fetch finished while its rows were still waiting to be merged.
    const char *m_finishedStream = nullptr;
    QString m_finishedToken;
    bool m_finishedIncremental = false;
    qint64 m_finishedRecords = 0;
    bool m_syncChangedRows = false; // this sync was full or brought records: worth saving
};

} // namespace Tessera
