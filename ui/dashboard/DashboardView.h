#pragma once

#include "models/dashboard/IntegrationHealth.h"

#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QGridLayout;
class QPushButton;
class QScrollArea;
class QSystemTrayIcon;

namespace Tessera {

class ActivityChart;
class ActivityStats;
class DeliveryChart;
class DeliveryStats;
class FailedDeliveries;
class FailuresPanel;
class WebhookSecrets;
class HealthBoard;
class HealthCard;
class MessageBanner;
class PageHeader;
class StateStack;

// Is everything working, and if not, what to do: one health card per enabled integration, each
// with its age, refreshed on the board's timer. A newly failing integration raises one
// non-modal notice (and a desktop notification while the window is hidden, where offered).
class DashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)
public:
    // Takes ownership of `board`, `stats`, `activity` and `failures`; `secrets` (may be null) checks
    // delivery signatures.
    DashboardView(HealthBoard *board, DeliveryStats *stats, ActivityStats *activity,
                  FailedDeliveries *failures, WebhookSecrets *secrets, QWidget *parent = nullptr);

    HealthBoard *board() const { return m_board; }
    DeliveryStats *stats() const { return m_stats; }
    DeliveryChart *chart() const { return m_chart; }
    ActivityStats *activity() const { return m_activity; }
    ActivityChart *activityChart() const { return m_activityChart; }
    FailuresPanel *failures() const { return m_failures; }
    QList<HealthCard *> cards() const { return m_cards; }
    HealthCard *card(const QString &integrationId) const;
    MessageBanner *notice() const { return m_notice; }
    void refresh();
    // Scrolls the failures table into view.
    void showFailures();

Q_SIGNALS:
    // A card's Fix button: kind webhook / apiKey / wizard / test, and the id it names.
    void fixRequested(const QString &kind, const QString &id, const QString &integrationId);
    void marketplaceRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void render();
    void fitCards();
    void notifyFailing(const QStringList &names);

    HealthBoard *m_board;
    DeliveryStats *m_stats;
    QLabel *m_healthTitle;
    QLabel *m_chartTitle;
    QComboBox *m_range;
    DeliveryChart *m_chart;
    ActivityStats *m_activity;
    QLabel *m_activityTitle;
    ActivityChart *m_activityChart;
    FailuresPanel *m_failures;
    PageHeader *m_header;
    MessageBanner *m_banner;
    MessageBanner *m_notice;
    QScrollArea *m_scroll;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    StateStack *m_state;
    QPushButton *m_refreshButton;
    QAction *m_refresh;
    QList<HealthCard *> m_cards;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace Tessera
