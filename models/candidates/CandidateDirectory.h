#pragma once

#include "CandidateSummary.h"
#include "models/api/ApiError.h"

#include <QObject>
#include <QDateTime>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Tessera {

class ApiClient;
class CandidatesModel;
class PagedFetch;
class SyncTokenStore;

// Keeps CandidatesModel in step with the backend: a full sync the first time, incremental
// syncs after (tokens in a SyncTokenStore), candidates first and then their applications for
// the stage and job columns. Pages are decoded off the GUI thread and handed to the model at
// most every 100 ms. Server-side search fills in candidates not yet synced.
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
    void setExpectedTotal(qint64 total);

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

private:
    void startStream(const char *stream, const QString &method);
    void onStreamFinished(const char *stream, const QString &token);
    void flush(); // hands pending pages to the model in one insert
    void setState(State state);

    ApiClient *m_client;
    SyncTokenStore *m_tokens;
    CandidatesModel *m_model;
    QPointer<PagedFetch> m_fetch;
    State m_state = State::Idle;
    ApiError m_lastError;
    qint64 m_expectedTotal = 0;
    QDateTime m_lastSynced;
    QSet<QString> m_syncedStreams;
    CandidatePage m_pendingCandidates;
    QList<ApplicationPage> m_pendingApplications;
    QTimer m_flushTimer;
};

} // namespace Tessera
