#include "CandidateDirectory.h"

#include "CandidatesModel.h"
#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/api/PagedFetch.h"
#include "models/api/SyncTokenStore.h"
#include "models/core/LoadState.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace Tessera {

namespace {
constexpr int flushIntervalMs = 100; // views relayout at most ten times a second during a sync

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
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &CandidateDirectory::flush);
}

qint64 CandidateDirectory::loaded() const
{
    return m_model->rowCount() + qint64(m_pendingCandidates.rows.size());
}

void CandidateDirectory::setExpectedTotal(qint64 total)
{
    m_expectedTotal = total;
    m_model->reserve(total);
    Q_EMIT progressChanged(loaded(), m_expectedTotal);
}

void CandidateDirectory::sync()
{
    if (m_fetch && m_fetch->isRunning())
        return;
    m_lastError = {};
    setState(State::SyncingCandidates);
    startStream(candidatesStream, u"candidate.list"_s);
}

void CandidateDirectory::cancel()
{
    if (m_fetch)
        m_fetch->cancel();
    flush();
    if (m_state == State::SyncingCandidates || m_state == State::SyncingApplications)
        setState(State::Idle);
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
            std::move(page.rows.begin(), page.rows.end(),
                      std::back_inserter(m_pendingCandidates.rows));
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
    int failures = 0;
    if (!m_pendingCandidates.rows.empty() || m_pendingCandidates.failures) {
        failures += m_model->merge(std::exchange(m_pendingCandidates, {}));
    }
    for (const ApplicationPage &page : std::exchange(m_pendingApplications, {}))
        failures += m_model->merge(page);
    if (failures)
        qCWarning(lcNet) << failures << "records could not be decoded:"
                         << m_model->lastDecodeError();
}

void CandidateDirectory::onStreamFinished(const char *stream, const QString &token)
{
    flush();
    if (m_tokens && !token.isEmpty())
        m_tokens->setSyncToken(QLatin1String(stream), token);
    m_syncedStreams.insert(QLatin1String(stream));
    if (qstrcmp(stream, candidatesStream) == 0) {
        Q_EMIT progressChanged(loaded(), std::max(m_expectedTotal, loaded()));
        setState(State::SyncingApplications);
        startStream(applicationsStream, u"application.list"_s);
        return;
    }
    m_lastSynced = QDateTime::currentDateTimeUtc();
    setState(State::Ready);
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
    if (assignState(m_state, state))
        Q_EMIT stateChanged(state);
}

} // namespace Tessera
