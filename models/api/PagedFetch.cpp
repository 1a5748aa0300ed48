#include "api/PagedFetch.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ApiProtocol.h"

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

void PagedFetch::start()
{
    m_running = true;
    m_pages = 0;
    m_records = 0;
    request({});
}

void PagedFetch::cancel()
{
    m_running = false;
    if (m_call)
        m_call->cancel();
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
    m_call = m_client->call(m_method, body, this);
    ApiCall *call = m_call;
    connect(call, &ApiCall::finished, this, [this, call] { onPage(call); });
}

void PagedFetch::onPage(ApiCall *call)
{
    if (!m_running)
        return;
    const ApiError &error = call->error();
    if (error.isError()) {
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
        Q_EMIT failed(error);
        return;
    }
    const QJsonObject envelope = call->envelope();
    const QJsonArray results = envelope.value(u"results"_s).toArray();
    const bool more = envelope.value(u"moreDataAvailable"_s).toBool();
    const QString nextCursor = envelope.value(u"nextCursor"_s).toString();
    ++m_pages;
    m_records += results.size();
    if (more && !nextCursor.isEmpty())
        request(nextCursor); // in flight while the consumer handles this page
    else
        m_running = false;
    Q_EMIT pageReceived(results);
    if (!m_running && !(more && !nextCursor.isEmpty()))
        Q_EMIT finished(envelope.value(u"syncToken"_s).toString());
}

} // namespace Tessera
