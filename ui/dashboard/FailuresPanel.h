#pragma once

#include "models/dashboard/DeliveryStats.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Tessera {

class BulkRedeliver;
class DataAgeLabel;
class DeliveryDetailDialog;
class FailedDeliveries;
class MessageBanner;
class RedeliverBar;
class StateStack;
class WebhookSecrets;

// The dashboard's failures table: recent failed deliveries under filters (integration, webhook,
// event, status, period, text in the response), paged as the user scrolls; select rows and
// Redeliver, or Redeliver all matching, each confirmed after a dry run; Enter opens the detail.
class FailuresPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailuresPanel)
public:
    // Takes ownership of `model`; `secrets` may be null (no keychain: the detail asks).
    FailuresPanel(FailedDeliveries *model, WebhookSecrets *secrets, QWidget *parent = nullptr);

    FailedDeliveries *model() const { return m_model; }
    BulkRedeliver *redeliver() const { return m_redeliver; }
    QTableView *table() const { return m_table; }
    RedeliverBar *redeliverBar() const { return m_bar; }
    StateStack *state() const { return m_state; }
    QPushButton *redeliverSelectedButton() const { return m_redeliverSelected; }
    QPushButton *redeliverAllButton() const { return m_redeliverAll; }
    DeliveryDetailDialog *detailDialog() const { return m_detail; }
    void setIntegrations(const QHash<QString, QString> &names); // id → display name
    void setRange(int range); // DeliveryStats::Range, as the period box offers it
    // The reason filter's choices: the failure reasons of the chart's period, with counts.
    void setFailureReasons(const QList<DeliveryStats::ReasonCount> &reasons);
    QComboBox *reasonBox() const { return m_reason; }
    DataAgeLabel *dataAge() const { return m_age; }
    QString footerText() const;
    void openDetail(int row);
    // The rows shown asked for again, kept until the answer comes (the view's timer, F5).
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void applyFilters();
    void render();
    void fillWebhooks();
    void updateButtons();
    QString rangeText() const;
    QString reasonText(int index) const; // "Server error (HTTP 5xx) · 1,234"
    static constexpr int ReasonCountRole = Qt::UserRole + 1;

    FailedDeliveries *m_model;
    QPointer<WebhookSecrets> m_secrets;
    BulkRedeliver *m_redeliver;
    QLabel *m_title;
    DataAgeLabel *m_age;
    QComboBox *m_integration;
    QComboBox *m_webhook;
    QComboBox *m_event;
    QComboBox *m_status;
    QComboBox *m_reason;
    QComboBox *m_range;
    QLineEdit *m_text;
    QTimer *m_textDelay;
    MessageBanner *m_banner;
    RedeliverBar *m_bar;
    QTableView *m_table;
    StateStack *m_state;
    QLabel *m_footer;
    QPushButton *m_details;
    QPushButton *m_redeliverSelected;
    QPushButton *m_redeliverAll;
    DeliveryDetailDialog *m_detail = nullptr;
    QStringList m_selectedIds; // across a refresh that replaces the rows
    QString m_currentId;
};

} // namespace Tessera
