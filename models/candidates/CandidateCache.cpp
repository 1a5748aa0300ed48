#include "CandidateCache.h"

#include "CacheCipher.h"
#include "CandidatesModel.h"
#include "models/secrets/SecretStore.h"
#include "models/settings/Settings.h"
#include "models/core/WorkerPriority.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QMutex>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <deque>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcCache, "tessera.cache")

namespace Tessera {

namespace {
constexpr qint64 copySliceNs = 3'000'000; // of one event-loop turn, while copying rows to save

template <typename Function>
auto runOnFileThread(Function function) -> QFuture<decltype(function())>
{
    using Result = decltype(function());
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start(); // now: a future that was never started does not wait for its result
    CandidateCache::fileThread().start([promise, function = std::move(function)] {
        WorkerPriority::yieldToInteractiveWork();
        promise->addResult(function());
        promise->finish();
    });
    return future;
}
} // namespace

// What the file thread reports, in order: the header, then one marker per decoded chunk (the
// rows themselves wait in the LoadQueue, so this thread takes them without copying).
struct CandidateCache::LoadPart
{
    bool header = false;
    CandidateCacheFile::Status status = CandidateCacheFile::Status::Missing;
    QString problem;
    QHash<QString, QString> tokens;
    qint64 rows = 0;
};

struct CandidateCache::LoadQueue
{
    mutable QMutex mutex;
    std::deque<CandidatePage> pages;
};

CandidateCache::CandidateCache(QString backendId, Settings *settings, SecretStore *secrets,
                               QObject *parent)
    : QObject(parent)
    , m_backendId(std::move(backendId))
    , m_settings(settings)
    , m_secrets(secrets)
    , m_directory(CandidateCacheFile::defaultDirectory())
{
    connect(settings, &Settings::candidateCacheEnabledChanged, this, [this](bool enabled) {
        if (enabled)
            return;
        discardFile(u"the cache was turned off"_s);
        if (m_secrets)
            m_secrets->remove(m_backendId, QLatin1String(keyName), nullptr);
    });
}

CandidateCache::~CandidateCache() = default;

QThreadPool &CandidateCache::fileThread()
{
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(1); // file operations stay in the order they were queued
        return true;
    }();
    Q_UNUSED(configured)
    return pool;
}

void CandidateCache::forget(const QString &backendId, SecretStore *secrets,
                            const QString &directory)
{
    const QString path = CandidateCacheFile::path(directory, backendId);
    fileThread().start([path] { CandidateCacheFile::remove(path); });
    if (secrets)
        secrets->remove(backendId, QLatin1String(keyName), nullptr);
}

QFuture<CandidateCacheFileInfo> CandidateCache::fileInfo(const QString &backendId,
                                                        const QString &directory)
{
    const QString path = CandidateCacheFile::path(directory, backendId);
    return runOnFileThread([path] { return CandidateCacheFile::info(path); });
}

QString CandidateCache::filePath() const
{
    return CandidateCacheFile::path(m_directory, m_backendId);
}

bool CandidateCache::isEnabled() const
{
    // Session-only secrets: a key that dies with the process would leave a file nobody can read.
    return m_settings && m_settings->candidateCacheEnabled() && m_secrets
        && !m_secrets->isSessionOnly();
}

QString CandidateCache::syncToken(const QString &stream) const
{
    return m_tokens.value(stream);
}

void CandidateCache::setSyncToken(const QString &stream, const QString &token)
{
    m_tokens.insert(stream, token);
}

void CandidateCache::withKey(bool create, const KeyHandler &then)
{
    if (!m_secrets) {
        then({});
        return;
    }
    m_keychainFailed = false;
    SecretJob *job = m_secrets->read(m_backendId, QLatin1String(keyName), this);
    connect(job, &SecretJob::finished, this, [this, job, create, then] {
        if (job->isOk()) {
            const QByteArray key = QByteArray::fromBase64(job->secret().toLatin1());
            if (key.size() == CacheCipher::keyBytes) {
                then(key);
                return;
            }
            qCWarning(lcCache) << "the cache key in the keychain is malformed; making a new one";
        } else if (job->error().kind() != SecretError::Kind::NotFound) {
            qCWarning(lcCache) << "cannot read the cache key:" << job->error().detail();
            m_keychainFailed = true;
            then({});
            return;
        }
        if (!create || !CacheCipher::initialize()) {
            then({});
            return;
        }
        if (!m_secrets) {
            then({});
            return;
        }
        const QByteArray key = CacheCipher::generateKey();
        SecretJob *write = m_secrets->write(m_backendId, QLatin1String(keyName),
                                            QString::fromLatin1(key.toBase64()), this);
        connect(write, &SecretJob::finished, this, [write, key, then] {
            if (!write->isOk())
                qCWarning(lcCache) << "cannot store the cache key:" << write->error().detail();
            then(write->isOk() ? key : QByteArray());
        });
    });
}

void CandidateCache::load()
{
    if (m_loading)
        return;
    m_tokens.clear();
    m_loadQueue.reset();
    m_rowsInFile = 0;
    m_loading = true;
    if (!isEnabled()) {
        discardFile(u"the cache is off"_s);
        QTimer::singleShot(0, this, [this] { finishLoad(false); });
        return;
    }
    withKey(false, [this](const QByteArray &key) {
        if (key.isEmpty()) {
            // A keychain that did not answer says nothing about the file: keep it for next time.
            if (!m_keychainFailed)
                discardFile(u"its key is not in the keychain"_s);
            finishLoad(false);
            return;
        }
        readFile(key);
    });
}

bool CandidateCache::hasLoadedRows() const
{
    if (!m_loadQueue)
        return false;
    const QMutexLocker lock(&m_loadQueue->mutex);
    return !m_loadQueue->pages.empty();
}

CandidatePage CandidateCache::takeLoadedRows()
{
    if (!m_loadQueue)
        return {};
    const QMutexLocker lock(&m_loadQueue->mutex);
    if (m_loadQueue->pages.empty())
        return {};
    CandidatePage page = std::move(m_loadQueue->pages.front());
    m_loadQueue->pages.pop_front();
    return page;
}

void CandidateCache::readFile(const QByteArray &key)
{
    auto promise = std::make_shared<QPromise<LoadPart>>();
    auto *watcher = new QFutureWatcher<LoadPart>(this);
    auto usable = std::make_shared<bool>(false);
    auto queue = std::make_shared<LoadQueue>();
    m_loadQueue = queue;
    connect(watcher, &QFutureWatcherBase::resultReadyAt, this, [this, watcher, usable](int index) {
        const LoadPart part = watcher->resultAt(index);
        if (part.header) {
            if (part.status == CandidateCacheFile::Status::Unreadable)
                discardFile(part.problem);
            *usable = part.status == CandidateCacheFile::Status::Loaded;
            if (*usable) {
                m_tokens = part.tokens;
                m_rowsInFile = part.rows;
            }
            return;
        }
        if (!part.problem.isEmpty()) {
            discardFile(part.problem);
            *usable = false;
        }
        if (*usable)
            Q_EMIT rowsLoaded();
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, usable] {
        watcher->deleteLater();
        finishLoad(*usable);
    });
    promise->start();
    watcher->setFuture(promise->future());
    fileThread().start([promise, queue, key, path = filePath(), backendId = m_backendId] {
        WorkerPriority::yieldToInteractiveWork();
        CandidateCacheFile::Contents contents = CandidateCacheFile::read(path, key, backendId);
        LoadPart header;
        header.header = true;
        header.status = contents.status;
        header.problem = contents.problem;
        header.tokens = contents.tokens;
        for (const QByteArray &chunk : contents.chunks)
            header.rows += CandidateCacheFile::rowsIn(chunk);
        promise->addResult(std::move(header));
        QHash<QString, QString> strings;
        for (QByteArray &chunk : contents.chunks) {
            CandidatePage rows = CandidateCacheFile::decodeChunk(chunk, strings);
            chunk = {};
            LoadPart part;
            part.rows = qint64(rows.rows.size());
            if (rows.failures > 0) {
                part.problem = rows.firstError;
                promise->addResult(std::move(part));
                break;
            }
            {
                const QMutexLocker lock(&queue->mutex);
                queue->pages.push_back(std::move(rows));
            }
            promise->addResult(std::move(part));
        }
        promise->finish();
    });
}

void CandidateCache::finishLoad(bool usable)
{
    m_loading = false;
    if (!usable) {
        m_tokens.clear();
        m_loadQueue.reset();
        m_rowsInFile = 0;
    }
    Q_EMIT loadFinished(usable);
}

void CandidateCache::discardFile(const QString &why)
{
    const QString path = filePath();
    fileThread().start([path, why] {
        if (QFileInfo::exists(path)) {
            qCWarning(lcCache).noquote() << "discarding the candidate cache" << path << "-" << why;
            CandidateCacheFile::remove(path);
        }
    });
}

void CandidateCache::save(CandidatesModel *model)
{
    if (!isEnabled()) {
        discardFile(u"the cache is off"_s);
        return;
    }
    if (m_snapshot || m_writing) { // a save is under way: save once more when it is done
        m_saveAgain = model;
        return;
    }
    m_snapshot = std::make_shared<CandidateCacheSnapshot>();
    m_snapshot->tokens = m_tokens; // tokens first: rows copied later can only be newer
    m_snapshot->syncedAt = QDateTime::currentDateTimeUtc();
    m_snapshot->rows.reserve(size_t(model->rowCount()));
    m_saveModel = model;
    // A reset (a sync restarted in full) invalidates the rows copied so far.
    m_resetConnection = connect(model, &QAbstractItemModel::modelReset, this, [this] {
        disconnect(m_resetConnection);
        m_snapshot.reset();
        m_saveModel = nullptr;
    });
    copySlice();
}

void CandidateCache::copySlice()
{
    if (!m_snapshot)
        return;
    if (!m_saveModel) {
        m_snapshot.reset();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    std::vector<CandidateSummary> &rows = m_snapshot->rows;
    const int total = m_saveModel->rowCount();
    while (int(rows.size()) < total) {
        const int end = std::min(total, int(rows.size()) + 512);
        for (int row = int(rows.size()); row < end; ++row)
            rows.push_back(m_saveModel->at(row));
        if (clock.nsecsElapsed() > copySliceNs) {
            QTimer::singleShot(0, this, &CandidateCache::copySlice);
            return;
        }
    }
    disconnect(m_resetConnection);
    m_saveModel = nullptr;
    writeSnapshot();
}

void CandidateCache::saveAgainIfAsked()
{
    m_writing = false;
    if (QPointer<CandidatesModel> model = std::exchange(m_saveAgain, nullptr))
        save(model);
}

void CandidateCache::writeSnapshot()
{
    m_writing = true;
    if (!isEnabled()) { // turned off while the rows were copied: make no new key
        m_snapshot.reset();
        Q_EMIT saved(false);
        saveAgainIfAsked();
        return;
    }
    withKey(true, [this](const QByteArray &key) {
        std::shared_ptr<CandidateCacheSnapshot> snapshot = std::exchange(m_snapshot, {});
        if (key.isEmpty() || !isEnabled()) {
            Q_EMIT saved(false);
            saveAgainIfAsked();
            return;
        }
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            const QString error = watcher->result();
            watcher->deleteLater();
            if (!error.isEmpty())
                qCWarning(lcCache).noquote() << "cannot write the candidate cache:" << error;
            Q_EMIT saved(error.isEmpty());
            saveAgainIfAsked();
        });
        watcher->setFuture(
            runOnFileThread([snapshot, key, path = filePath(), backendId = m_backendId] {
                return CandidateCacheFile::write(path, key, backendId, *snapshot);
            }));
    });
}

} // namespace Tessera
