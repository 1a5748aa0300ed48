#pragma once

#include "Health.h"
#include "models/api/ApiError.h"
#include "models/core/LoadStatus.h"
#include "models/domain/Webhook.h"
#include "models/domain/WebhookDelivery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

namespace Tessera {

class ApiClient;
class PagedFetch;
class WebhookSecrets;

// The backend's webhooks (webhook.list) with the last logged attempt of each
// (webhookDelivery.list). Writes report through saved()/actionFailed(). A secret token the
// backend accepted goes to the OS keychain (WebhookSecrets, when set) so a delivery's signature
// can be checked later; deleting the webhook removes it. The model itself never keeps it.
class WebhooksModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhooksModel)
public:
    enum Column { TypeColumn, UrlColumn, EnabledColumn, LastDeliveryColumn, ColumnCount };
    enum Role {
        HealthRole = Qt::UserRole + 1, // int(Health) of the State and Last delivery cells
    };
    enum class Action { Create, Update, Delete, Ping };
    Q_ENUM(Action)

    explicit WebhooksModel(ApiClient *client, QObject *parent = nullptr);
    // The load state, last error and when the rows last arrived.
    LoadStatus *status() const { return m_status; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void load();
    // Where accepted secret tokens are kept; without it they are not kept at all.
    void setSecrets(WebhookSecrets *secrets);
    // The Last delivery column is filled in (the delivery log arrived after Ready).
    bool hasDeliveries() const { return m_deliveriesLoaded; }
    const Webhook *webhook(int row) const;
    static QString enabledText(bool enabled);
    int rowOf(const QString &webhookId) const;

    void create(const QString &type, const QString &url, const QString &secretToken);
    // Only the given fields change; an empty secret keeps the current one.
    void update(const QString &webhookId, std::optional<bool> enabled, const QString &url = {},
                const QString &secretToken = {});
    void remove(const QString &webhookId);
    void ping(const QString &webhookId);
    // Reads one webhook and its last attempt again (after a ping decided something).
    void refreshWebhook(const QString &webhookId);
    void noteDelivery(const WebhookDelivery &delivery);

Q_SIGNALS:
    void saved(Tessera::WebhooksModel::Action action, const QString &webhookId);
    void pingQueued(const QString &webhookId, const QString &deliveryId);
    void actionFailed(Tessera::WebhooksModel::Action action, const Tessera::ApiError &error);
    // The keychain write (or removal) of a webhook's secret finished.
    void secretKept(const QString &webhookId, bool ok);

private:
    void loadDeliveries();
    void upsert(const Webhook &webhook);
    void emitRowChanged(int row);
    void keepSecret(const QString &webhookId, const QString &secret);

    QPointer<WebhookSecrets> m_secrets;

    LoadStatus *m_status;
    QPointer<ApiClient> m_client;
    QPointer<PagedFetch> m_fetch;
    QList<Webhook> m_webhooks;
    QList<Webhook> m_pending; // a load under way
    QHash<QString, WebhookDelivery> m_lastDelivery; // by webhook id
    bool m_deliveriesLoaded = false;
    QPointer<QObject> m_deliveryCalls; // context of the last-attempt calls of the current load
    int m_deliveriesWaiting = 0;
};

} // namespace Tessera
