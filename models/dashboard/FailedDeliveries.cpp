#include "FailedDeliveries.h"

#include "FailureReasons.h"
#include "StatsWindow.h"
#include "models/admin/WebhookEventTypes.h"
#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/api/PagedFetch.h"
#include "models/core/DecodeList.h"
#include "models/core/DisplayText.h"

#include <QJsonArray>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

FailedDeliveries::FailedDeliveries(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_status(new LoadStatus(this))
{
}

ApiClient *FailedDeliveries::client() const
{
    return m_client;
}

bool FailedDeliveries::isFetching() const
{
    return !m_call.isNull();
}

int FailedDeliveries::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FailedDeliveries::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailedDeliveries::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WebhookDelivery &row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole) {
        // The backend's own words (e.g. "HTTP 503 Service Unavailable") and the answer's body.
        if (index.column() == ReasonColumn && !row.error.isEmpty())
            return row.responseSnippet.isEmpty()
                ? row.error
                : QString(row.error + u"\n\n"_s + row.responseSnippet);
        if (index.column() == TargetColumn)
            return row.requestUrl;
        role = Qt::DisplayRole;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= StatusCodeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return DisplayText::dateTime(row.time);
    case TargetColumn: return targetText(row);
    case EventColumn: return WebhookEventTypes::label(row.action);
    case ReasonColumn:
        if (!row.reason.isEmpty())
            return FailureReasons::label(row.reason);
        return row.error.isEmpty() ? tr("Failed") : row.error;
    case StatusCodeColumn:
        return row.statusCode > 0 ? QString::number(row.statusCode) : tr("none");
    case LatencyColumn:
        return row.latencyMs >= 0 ? tr("%L1 ms").arg(row.latencyMs) : tr("—");
    case AttemptColumn: return QLocale().toString(row.attempt);
    default: return {};
    }
}

QVariant FailedDeliveries::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case TargetColumn: return tr("Integration or webhook");
    case EventColumn: return tr("Event");
    case ReasonColumn: return tr("Reason");
    case StatusCodeColumn: return tr("Status code");
    case LatencyColumn: return tr("Latency");
    case AttemptColumn: return tr("Attempt");
    default: return {};
    }
}

QString FailedDeliveries::targetText(const WebhookDelivery &delivery) const
{
    if (!delivery.integrationId.isEmpty())
        return m_integrationNames.value(delivery.integrationId, delivery.integrationId);
    const QUrl url(delivery.requestUrl);
    return url.isValid() && !url.host().isEmpty() ? url.host() + url.path() : delivery.webhookId;
}

void FailedDeliveries::setIntegrationNames(const QHash<QString, QString> &names)
{
    if (names == m_integrationNames)
        return;
    m_integrationNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TargetColumn), index(rowCount() - 1, TargetColumn));
}

const WebhookDelivery *FailedDeliveries::delivery(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void FailedDeliveries::setFilter(const Filter &filter)
{
    if (filter == m_filter && m_started)
        return;
    m_filter = filter;
    reload();
}

QJsonObject FailedDeliveries::filterJson() const
{
    QJsonObject json{{u"status"_s, m_filter.status == Status::Failed ? u"failed"_s
                                                                        : u"pending"_s},
                     {u"from"_s, m_from.toString(Qt::ISODate)}};
    if (!m_filter.integrationId.isEmpty())
        json.insert(u"integrationId"_s, m_filter.integrationId);
    if (!m_filter.webhookId.isEmpty())
        json.insert(u"webhookId"_s, m_filter.webhookId);
    if (!m_filter.event.isEmpty())
        json.insert(u"event"_s, m_filter.event);
    if (!m_filter.text.isEmpty())
        json.insert(u"text"_s, m_filter.text);
    if (!m_filter.reason.isEmpty())
        json.insert(u"reason"_s, m_filter.reason);
    return json;
}

void FailedDeliveries::reload()
{
    delete m_call; // an answer for the old filter is of no use
    m_started = true;
    m_cursor.clear();
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    m_from = StatsWindow::last(m_filter.range).from;
    if (m_webhooks.isEmpty())
        loadWebhooks();
    requestPage();
}

void FailedDeliveries::refresh()
{
    if (!m_started || m_call)
        return;
    // The new window counts only once its rows arrived: a failed refresh keeps the rows, the
    // cursor and the window they belong to (a cursor names its query, window included).
    requestPage(true, StatsWindow::last(m_filter.range).from);
}

void FailedDeliveries::replaceRows(QList<WebhookDelivery> rows)
{
    bool sameIds = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows.at(i).id == m_rows.at(i).id;
    if (sameIds) { // nothing new: the selection and the scroll position stay as they are
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

bool FailedDeliveries::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_cursor.isEmpty() && !m_call;
}

void FailedDeliveries::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void FailedDeliveries::requestPage(bool replace, const QDateTime &newFrom)
{
    if (!m_client || m_call)
        return;
    const QDateTime from = newFrom.isValid() ? newFrom : m_from;
    QJsonObject body = filterJson();
    body.insert(u"from"_s, from.toString(Qt::ISODate));
    body.insert(u"order"_s, u"newestFirst"_s);
    // A refresh asks for as many rows as are shown, up to the backend's largest page.
    body.insert(u"limit"_s, replace ? int(std::clamp<qsizetype>(m_rows.size(), pageSize, maxPage))
                                    : pageSize);
    if (!m_cursor.isEmpty() && !replace)
        body.insert(u"cursor"_s, m_cursor);
    m_status->begin();
    m_call = m_client->call(u"webhookDelivery.list"_s, body, this);
    ApiCall *call = m_call;
    connect(call, &ApiCall::finished, this, [this, call, replace, from] {
        m_call = nullptr;
        if (call->error().isError()) {
            m_status->fail(call->error());
            return;
        }
        const QJsonObject envelope = call->envelope();
        QList<WebhookDelivery> page;
        decodeList(envelope.value("results"_L1).toArray(), page);
        m_cursor = envelope.value("moreDataAvailable"_L1).toBool()
            ? envelope.value("nextCursor"_L1).toString()
            : QString();
        if (replace) {
            m_from = from;
            replaceRows(std::move(page));
        } else if (!page.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(page.size()) - 1);
            m_rows.append(page);
            endInsertRows();
        }
        m_status->succeed();
    });
}

void FailedDeliveries::loadWebhooks()
{
    if (!m_client || m_webhookFetch)
        return;
    m_webhookFetch = new PagedFetch(m_client, u"webhook.list"_s, {}, {}, this);
    auto collected = std::make_shared<QList<Webhook>>();
    connect(m_webhookFetch, &PagedFetch::pageReceived, this, [collected](const QJsonArray &page) {
        decodeList(page, *collected);
    });
    connect(m_webhookFetch, &PagedFetch::finished, this, [this, collected] {
        m_webhooks = std::move(*collected);
        Q_EMIT webhooksChanged();
    });
    m_webhookFetch->start();
}

} // namespace Tessera
