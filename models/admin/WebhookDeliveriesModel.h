#pragma once

#include "Health.h"
#include "models/api/ApiError.h"
#include "models/core/LoadStatus.h"
#include "models/domain/WebhookDelivery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Tessera {

class ApiClient;
class BackgroundWork;
class PagedFetch;

// The logged attempts of one webhook (webhookDelivery.list), newest first.
class WebhookDeliveriesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDeliveriesModel)
public:
    enum Column {
        TimeColumn, ActionColumn, AttemptColumn, StatusColumn, LatencyColumn, ResultColumn,
        ResponseColumn, ColumnCount
    };
    enum Role {
        HealthRole = Qt::UserRole + 1, // int(Health) of the Result cell
    };

    explicit WebhookDeliveriesModel(ApiClient *client, QObject *parent = nullptr);
    ~WebhookDeliveriesModel() override;
    // The load state, last error and when the rows last arrived.
    LoadStatus *status() const { return m_status; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Loads the attempts of this webhook; an empty id clears the model.
    void setWebhookId(const QString &webhookId);
    QString webhookId() const { return m_webhookId; }
    void reload();
    const WebhookDelivery *delivery(int row) const;
    static QString resultText(bool success);

    void redeliver(const QString &deliveryId);
    // Asks webhookDelivery.info until the attempt with this id was logged (webhook.ping answers
    // before its attempt ends), then adds it; gives up after `timeoutMs`.
    void watchDelivery(const QString &deliveryId, int timeoutMs = 30'000);
    void setPollIntervalMs(int ms) { m_pollIntervalMs = ms; }
    // Where a watch shows while it runs (the status bar); optional.
    void setBackgroundWork(BackgroundWork *work);

Q_SIGNALS:
    void deliveryArrived(const Tessera::WebhookDelivery &delivery);
    void watchTimedOut(const QString &deliveryId);
    void redelivered(const QString &deliveryId);
    void redeliverFailed(const Tessera::ApiError &error);

private:
    void poll(const QString &deliveryId, qint64 deadlineMs, int job);
    void prepend(const WebhookDelivery &delivery);

    LoadStatus *m_status;
    QPointer<ApiClient> m_client;
    QPointer<PagedFetch> m_fetch;
    QString m_webhookId;
    QList<WebhookDelivery> m_deliveries;
    int m_pollIntervalMs = 250;
    QPointer<BackgroundWork> m_work;
    QSet<int> m_openJobs; // watches still shown in the status bar
};

} // namespace Tessera
