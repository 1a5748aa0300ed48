#pragma once

#include "AdminPageParts.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace Tessera {

class MessageBanner;
class WebhookDeliveriesModel;
struct WebhookDelivery;

// The lower half of the Webhooks page: the logged attempts of the selected webhook, newest
// first, with Redeliver. Follows a test ping until its attempt is logged.
class WebhookDeliveriesPane final : public QWidget
{
    Q_OBJECT
public:
    // Takes ownership of the model.
    explicit WebhookDeliveriesPane(WebhookDeliveriesModel *model, QWidget *parent = nullptr);

    WebhookDeliveriesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString statusText() const;

    void setWebhook(const QString &webhookId, const QString &url);
    void followPing(const QString &deliveryId);
    void redeliverSelected();

Q_SIGNALS:
    void deliveryArrived(const Tessera::WebhookDelivery &delivery);

private:
    void updateState();
    void showHeading();
    void updateSelection();

    WebhookDeliveriesModel *m_model;
    QLabel *m_heading;
    MessageBanner *m_banner;
    QTableView *m_table;
    AdminPageParts::StatePages m_pages;
    QLabel *m_status;
    QString m_url; // of the webhook shown, for the heading
    QAction *m_redeliver;
};

} // namespace Tessera
