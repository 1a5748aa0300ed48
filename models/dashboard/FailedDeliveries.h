#pragma once

#include "DeliveryStats.h"
#include "models/core/LoadStatus.h"
#include "models/domain/Webhook.h"
#include "models/domain/WebhookDelivery.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>

namespace Tessera {

class ApiCall;
class ApiClient;
class PagedFetch;

// The dashboard's failures table: failed attempts of the delivery log (webhookDelivery.list,
// newest first) under the user's filters, one keyset page at a time as the view scrolls
// (canFetchMore/fetchMore), never the whole log. Also knows the webhooks (webhook.list) to name
// them and to offer them as a filter.
class FailedDeliveries final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailedDeliveries)
public:
    enum Column {
        TimeColumn, TargetColumn, EventColumn, ReasonColumn, StatusCodeColumn, LatencyColumn,
        AttemptColumn, ColumnCount
    };
    enum class Status { Failed, Retrying }; // the log's `failed` and `pending`
    struct Filter
    {
        QString integrationId;
        QString webhookId;
        QString event;
        Status status = Status::Failed;
        DeliveryStats::Range range = DeliveryStats::Range::Day;
        QString text; // in the response
        QString reason; // a failure reason code (FailureReasons); empty: any
        bool operator==(const Filter &) const = default;
    };

    explicit FailedDeliveries(ApiClient *client, QObject *parent = nullptr);

    LoadStatus *status() const { return m_status; }
    ApiClient *client() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const Filter &filter() const { return m_filter; }
    void setFilter(const Filter &filter); // reloads when it changed
    // The filter as webhookDelivery.list and webhookDelivery.redeliver take it, with the `from`
    // of the last reload, so "Redeliver all matching" covers exactly what the table lists.
    QJsonObject filterJson() const;
    // From the first page again, emptying the table first (a new filter, a redelivery).
    void reload();
    // The view's timer and F5: asks for the rows shown again (the first pages, up to 100 rows)
    // and keeps them until the answer replaces them; nothing while a page is being fetched or
    // before the first load. When it fails the rows stay, but isStale() says they are old.
    void refresh();
    bool isStale() const { return m_status->state() == LoadState::Failed && m_status->hasLoaded(); }
    bool isFetching() const;
    bool hasMore() const { return !m_cursor.isEmpty(); }
    bool hasStarted() const { return m_started; } // reload() ran once
    const WebhookDelivery *delivery(int row) const;

    const QList<Webhook> &webhooks() const { return m_webhooks; }
    void setIntegrationNames(const QHash<QString, QString> &names);
    QString targetText(const WebhookDelivery &delivery) const;
    static constexpr int pageSize = 50;
    static constexpr int maxPage = 100; // the backend's largest `limit`

Q_SIGNALS:
    void webhooksChanged();

private:
    void requestPage(bool replace = false, const QDateTime &newFrom = {});
    void replaceRows(QList<WebhookDelivery> rows);
    void loadWebhooks();

    QPointer<ApiClient> m_client;
    LoadStatus *m_status;
    QPointer<ApiCall> m_call;
    QPointer<PagedFetch> m_webhookFetch;
    Filter m_filter;
    QDateTime m_from;
    QString m_cursor; // the next page's; empty when the last page arrived
    bool m_started = false;
    QList<WebhookDelivery> m_rows;
    QList<Webhook> m_webhooks;
    QHash<QString, QString> m_integrationNames;
};

} // namespace Tessera
