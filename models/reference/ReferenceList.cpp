#include "ReferenceList.h"

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/api/PagedFetch.h"

namespace Tessera {

ReferenceList::ReferenceList(ApiClient *client, QString method, QJsonObject body, Paging paging,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_method(std::move(method))
    , m_body(std::move(body))
    , m_paging(paging)
    , m_status(new LoadStatus(this))
{
}

ReferenceList::~ReferenceList()
{
    cancel();
}

void ReferenceList::ensureLoaded()
{
    if (m_status->hasLoaded() || m_status->isLoading())
        return;
    start(false);
}

void ReferenceList::refresh()
{
    if (m_status->isLoading()) {
        m_refreshAgain = true;
        return;
    }
    start(!m_syncToken.isEmpty());
}

void ReferenceList::cancel()
{
    m_refreshAgain = false;
    if (m_fetch) {
        m_fetch->disconnect(this);
        m_fetch->cancel();
        m_fetch->deleteLater();
    }
    delete m_call;
    if (m_status->isLoading())
        m_status->reset();
}

void ReferenceList::start(bool incremental)
{
    if (!m_client) {
        m_status->fail(ApiError(ApiError::Kind::Transport, m_method));
        return;
    }
    m_status->begin();
    m_pages = {};
    if (m_paging == Paging::Paged)
        startPaged(incremental);
    else
        startSingle();
}

void ReferenceList::startSingle()
{
    m_call = m_client->call(m_method, m_body, this);
    connect(m_call, &ApiCall::finished, this, [this, call = m_call.data()] {
        if (call->error().isError())
            fail(call->error());
        else
            finish(call->results().toArray(), false, {});
    });
}

void ReferenceList::startPaged(bool incremental)
{
    m_fetch = new PagedFetch(m_client, m_method, m_body, incremental ? m_syncToken : QString(),
                             this);
    auto incrementalNow = std::make_shared<bool>(incremental);
    connect(m_fetch, &PagedFetch::pageReceived, this, [this](const QJsonArray &results) {
        for (const QJsonValue &value : results)
            m_pages.append(value);
    });
    connect(m_fetch, &PagedFetch::restartedAsFullSync, this, [this, incrementalNow] {
        *incrementalNow = false;
        m_pages = {};
    });
    connect(m_fetch, &PagedFetch::finished, this, [this, incrementalNow](const QString &token) {
        m_fetch->deleteLater();
        finish(std::exchange(m_pages, {}), *incrementalNow, token);
    });
    connect(m_fetch, &PagedFetch::failed, this, [this](const ApiError &error) {
        m_fetch->deleteLater();
        fail(error);
    });
    m_fetch->start();
}

// A refresh asked for meanwhile is dropped: the next one the user or a reconnect asks for
// starts from here.
void ReferenceList::fail(const ApiError &error)
{
    m_refreshAgain = false;
    m_status->fail(error);
}

void ReferenceList::finish(const QJsonArray &results, bool incremental, const QString &syncToken)
{
    const QString problem = apply(results, incremental);
    if (!problem.isEmpty()) {
        ApiError error(ApiError::Kind::MalformedBody, m_method);
        error.setServerMessage(problem).setParseOffset(0);
        fail(error);
        return;
    }
    if (!syncToken.isEmpty())
        m_syncToken = syncToken;
    // Models take the new records first, so what reacts to Ready sees them.
    Q_EMIT changed();
    m_status->succeed();
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
}

} // namespace Tessera
