#include "PagedFetch.h"

#include "ApiCall.h"
#include "ApiClient.h"
#include "ApiProtocol.h"
#include "models/core/WorkerPriority.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

PagedFetch::PagedFetch(ApiClient *client, QString method, QJsonObject filters, QString syncToken,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_method(std::move(method))
    , m_filters(std::move(filters))
    , m_syncToken(std::move(syncToken))
{
}

namespace {
// One long-lived thread for every fetch: pages are decoded in the order they arrived, and no
// thread is started or joined per sync. Pending tasks own copies of what they need.
// Pages parsed but not yet decoded. Decoding runs below the GUI thread's priority and can fall
// behind the network; beyond this many the next page waits, so memory stays bounded.
constexpr int maxPagesDecoding = 2;

QThreadPool &decodeThread()
{
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(1);
        pool.setExpiryTimeout(-1);
        return true;
    }();
    Q_UNUSED(configured)
    return pool;
}
} // namespace

void PagedFetch::start()
{
    m_running = true;
    m_cancelled = false;
    m_lastPageArrived = false;
    m_pages = 0;
    m_records = 0;
    m_requests.clear();
    m_waitingCursor.clear();
    request({});
}

void PagedFetch::cancel()
{
    m_running = false;
    m_cancelled = true;
    m_waitingCursor.clear();
    for (const PageRequest &page : std::exchange(m_requests, {}))
        if (page.call)
            page.call->cancel();
}

QString PagedFetch::peekNextCursor(const QByteArray &body)
{
    static const QByteArray key = "\"nextCursor\"";
    const qsizetype at = body.lastIndexOf(key);
    if (at < 0 || body.lastIndexOf("\"moreDataAvailable\":true") < 0)
        return {};
    qsizetype pos = at + key.size();
    while (pos < body.size() && (body.at(pos) == ' ' || body.at(pos) == ':'))
        ++pos;
    if (pos >= body.size() || body.at(pos) != '"')
        return {};
    const qsizetype end = body.indexOf('"', pos + 1);
    const QByteArray value = end < 0 ? QByteArray() : body.mid(pos + 1, end - pos - 1);
    if (value.contains('\\')) // escapes: leave it to the parser
        return {};
    return QString::fromUtf8(value);
}

void PagedFetch::request(const QString &cursor)
{
    if (!m_client)
        return;
    QJsonObject body = m_filters;
    body.insert(u"limit"_s, pageSize);
    if (!cursor.isEmpty())
        body.insert(u"cursor"_s, cursor);
    else if (!m_syncToken.isEmpty())
        body.insert(u"syncToken"_s, m_syncToken);
    ApiCall *call = m_client->call(m_method, body, this);
    m_requests.append(PageRequest{call, cursor, {}, false, {}, {}});
    connect(call, &ApiCall::bodyReceived, this,
            [this, call](const QByteArray &bytes) { onBody(call, bytes); });
    connect(call, &ApiCall::finished, this, [this, call] { onFinished(call); });
}

// Ask for the next page while this one is still being parsed.
void PagedFetch::onBody(ApiCall *call, const QByteArray &body)
{
    if (!m_running || m_requests.isEmpty() || m_requests.last().call != call
        || m_decoding >= maxPagesDecoding)
        return;
    const QString next = peekNextCursor(body);
    if (next.isEmpty())
        return;
    m_requests.last().nextAsked = next;
    request(next);
}

void PagedFetch::onFinished(ApiCall *call)
{
    for (PageRequest &page : m_requests) {
        if (page.call == call) {
            page.done = true;
            page.error = call->error();
            page.envelope = call->envelope();
        }
    }
    handleInOrder();
}

void PagedFetch::handleInOrder()
{
    while (m_running && !m_requests.isEmpty() && m_requests.first().done) {
        const PageRequest head = m_requests.takeFirst();
        handlePage(head);
    }
}

void PagedFetch::dropRequestsAfterHead()
{
    for (const PageRequest &page : std::exchange(m_requests, {}))
        if (page.call)
            page.call->cancel();
}

void PagedFetch::handlePage(const PageRequest &page)
{
    const ApiError &error = page.error;
    if (error.isError()) {
        dropRequestsAfterHead();
        m_waitingCursor.clear();
        const bool tokenRefused =
            error.code() == QLatin1String(Protocol::ErrorCode::syncTokenExpired)
            || error.code() == QLatin1String(Protocol::ErrorCode::incrementalSyncTooLarge);
        if (tokenRefused && isIncremental() && m_pages == 0) {
            m_syncToken.clear();
            Q_EMIT restartedAsFullSync(error);
            request({});
            return;
        }
        m_running = false;
        m_cancelled = true; // pages still being decoded are dropped
        Q_EMIT failed(error);
        return;
    }
    const QJsonObject &envelope = page.envelope;
    const QJsonArray results = envelope.value(u"results"_s).toArray();
    const bool more = envelope.value(u"moreDataAvailable"_s).toBool();
    const QString nextCursor = more ? envelope.value(u"nextCursor"_s).toString() : QString();
    ++m_pages;
    m_records += results.size();
    if (nextCursor != page.nextAsked) { // the peek guessed wrong (or not at all): correct it
        dropRequestsAfterHead();
        if (!nextCursor.isEmpty())
            requestWhenDecodingAllows(nextCursor);
    }
    if (nextCursor.isEmpty()) {
        m_lastPageArrived = true;
        m_finalToken = envelope.value(u"syncToken"_s).toString();
    }
    if (m_decoder)
        decode(results);
    else
        Q_EMIT pageReceived(results);
    finishWhenDecoded();
}

void PagedFetch::decode(const QJsonArray &results)
{
    auto promise = std::make_shared<QPromise<QVariant>>();
    auto *watcher = new QFutureWatcher<QVariant>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const QVariant payload = watcher->result();
        watcher->deleteLater();
        --m_decoding;
        if (m_cancelled)
            return; // cancelled or failed meanwhile
        if (!m_waitingCursor.isEmpty() && m_decoding < maxPagesDecoding)
            request(std::exchange(m_waitingCursor, {}));
        Q_EMIT payloadReceived(payload);
        finishWhenDecoded();
    });
    watcher->setFuture(promise->future());
    ++m_decoding;
    decodeThread().start([promise, results, decoder = m_decoder] {
        WorkerPriority::yieldToInteractiveWork();
        promise->start();
        promise->addResult(decoder(results));
        promise->finish();
    });
}

void PagedFetch::requestWhenDecodingAllows(const QString &cursor)
{
    if (m_decoding >= maxPagesDecoding)
        m_waitingCursor = cursor;
    else
        request(cursor);
}

void PagedFetch::finishWhenDecoded()
{
    if (!m_lastPageArrived || m_decoding > 0 || m_cancelled || !m_running)
        return;
    m_running = false;
    Q_EMIT finished(m_finalToken);
}

} // namespace Tessera
