#pragma once

#include "CandidateCacheFile.h"
#include "CandidateSummary.h"
#include "models/api/SyncTokenStore.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QThreadPool;

namespace Tessera {

class CandidatesModel;
class SecretStore;
class Settings;

// The encrypted local copy of one backend's candidate list, so a restart shows the list at once
// and then syncs incrementally. It is also the SyncTokenStore of the candidate and application
// streams: their tokens are written together with the rows they describe, so a token never
// claims rows the cache lacks (no file: no token, a full sync).
//
// The data key (32 random bytes) lives in the OS keychain through SecretStore, per backend,
// created by the first save. Files are read, decrypted and decoded on one worker thread (all
// file operations are queued there in order); rows come back in chunks. A missing key, a wrong
// key or a damaged file discards the file with a log line and loads nothing. Off (Settings'
// switch, --no-cache, or secrets kept for the session only) means: no file is written and an
// existing one is removed.
class CandidateCache final : public QObject, public SyncTokenStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateCache)
public:
    // settings and secrets must outlive the cache.
    CandidateCache(QString backendId, Settings *settings, SecretStore *secrets,
                   QObject *parent = nullptr);
    ~CandidateCache() override;

    static constexpr auto keyName = "candidateCacheKey";
    // The thread every cache file operation runs on, one after the other.
    static QThreadPool &fileThread();
    // Removes a backend's cache file (queued behind pending writes) and its keychain key.
    static void forget(const QString &backendId, SecretStore *secrets,
                       const QString &directory = CandidateCacheFile::defaultDirectory());
    static QFuture<CandidateCacheFileInfo> fileInfo(const QString &backendId,
                                                    const QString &directory
                                                    = CandidateCacheFile::defaultDirectory());

    QString backendId() const { return m_backendId; }
    // Tests and the bench keep their files elsewhere.
    void setDirectory(const QString &directory) { m_directory = directory; }
    QString filePath() const;
    bool isEnabled() const;
    bool isLoading() const { return m_loading; }

    // rowsLoaded() as decoded chunks become ready to take, then loadFinished(). Tokens and
    // rowsInFile() are known from the first rowsLoaded() on.
    void load();
    bool hasLoadedRows() const;
    // The next decoded chunk (moved out, no copy on this thread); empty when none is ready.
    CandidatePage takeLoadedRows();
    qint64 rowsInFile() const { return m_rowsInFile; }
    // Copies the model's rows in slices on this thread, then encrypts and writes them with the
    // current tokens on the file thread; saved() tells the outcome.
    void save(CandidatesModel *model);

    QString syncToken(const QString &stream) const override;
    void setSyncToken(const QString &stream, const QString &token) override;

Q_SIGNALS:
    void rowsLoaded();
    // usable: every row of the file is ready to take; false when there was no usable file (or it
    // broke half-way: drop the rows taken so far and sync in full).
    void loadFinished(bool usable);
    void saved(bool ok);

private:
    using KeyHandler = std::function<void(const QByteArray &key)>;
    struct LoadPart;
    struct LoadQueue;

    void withKey(bool create, const KeyHandler &then);
    void readFile(const QByteArray &key);
    void finishLoad(bool usable);
    void copySlice();
    void writeSnapshot();
    void saveAgainIfAsked();
    void discardFile(const QString &why);

    QString m_backendId;
    QPointer<Settings> m_settings;
    QPointer<SecretStore> m_secrets;
    QString m_directory;
    QHash<QString, QString> m_tokens;
    bool m_keychainFailed = false; // the last key read failed for another reason than "none"
    bool m_loading = false;
    qint64 m_rowsInFile = 0;
    std::shared_ptr<LoadQueue> m_loadQueue; // filled on the file thread
    // The save under way: rows copied so far from m_saveModel.
    std::shared_ptr<CandidateCacheSnapshot> m_snapshot;
    QPointer<CandidatesModel> m_saveModel;
    QMetaObject::Connection m_resetConnection;
    bool m_writing = false; // from the key request to the end of the write
    QPointer<CandidatesModel> m_saveAgain; // a save asked for while one was under way
};

} // namespace Tessera
