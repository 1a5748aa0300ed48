#pragma once

#include "AdminPageParts.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace Tessera {

class WebhookDeliveriesModel;
class MessageBanner;
class WebhookDeliveriesPane;
class WebhooksModel;
struct Webhook;

// The Webhooks page: the webhooks with their last delivery, New (Ctrl+N), Edit (Ctrl+E),
// Enable/Disable, Delete (Delete), Send test ping (Ctrl+T), Refresh (F5), and below them the
// delivery attempts of the selected webhook.
class WebhooksView final : public QWidget
{
    Q_OBJECT
public:
    // Takes ownership of the models.
    WebhooksView(WebhooksModel *model, WebhookDeliveriesModel *deliveries,
                 QWidget *parent = nullptr);

    WebhooksModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    WebhookDeliveriesPane *deliveries() const { return m_deliveries; }

    void newWebhook();
    void editSelected();
    void toggleSelected();
    void deleteSelected();
    void pingSelected();
    void refresh();
    // Selects the webhook and shows its deliveries (Ctrl+K); one not listed yet is selected
    // once it is. False when it is not listed now.
    bool selectWebhook(const QString &webhookId);

private:
    void updateState();
    void updateSelection();
    const Webhook *selectedWebhook() const;
    void reselect();
    void followSavePing(const QString &webhookId);

    WebhooksModel *m_model;
    MessageBanner *m_banner;
    QTableView *m_table;
    AdminPageParts::StatePages m_pages;
    WebhookDeliveriesPane *m_deliveries;
    MessageBanner *m_state; // why the selected webhook is disabled
    QWidget *m_selectionBar; // Edit, Disable, Delete, Send test ping
    QAction *m_new;
    QAction *m_edit;
    QAction *m_toggle;
    QAction *m_delete;
    QAction *m_ping;
    QAction *m_refresh;
    QString m_shownWebhookId;
    QString m_reselectId; // selected before a refresh
};

} // namespace Tessera
