#include "DashboardView.h"

#include "ActivityChart.h"
#include "DeliveryChart.h"
#include "FailuresPanel.h"
#include "HealthCard.h"
#include "models/dashboard/ActivityStats.h"
#include "models/dashboard/DeliveryStats.h"
#include "models/core/LoadStatus.h"
#include "models/dashboard/HealthBoard.h"
#include "ui/common/DataAgeLabel.h"
#include "ui/common/EmptyState.h"
#include "ui/common/LoadingState.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PageHeader.h"
#include "ui/common/Spacing.h"
#include "ui/common/StateStack.h"
#include "ui/common/TextStyle.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

constexpr int CardColumns = 3;

} // namespace

DashboardView::DashboardView(HealthBoard *board, DeliveryStats *stats, ActivityStats *activity,
                             FailedDeliveries *failures, WebhookSecrets *secrets, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_stats(stats)
    , m_healthTitle(new QLabel(this))
    , m_chartTitle(new QLabel(this))
    , m_range(new QComboBox(this))
    , m_chart(new DeliveryChart(stats, this))
    , m_activity(activity)
    , m_activityTitle(new QLabel(this))
    , m_activityChart(new ActivityChart(activity, this))
    , m_failures(new FailuresPanel(failures, secrets, this))
    , m_header(new PageHeader({}, this))
    , m_banner(new MessageBanner(this))
    , m_notice(new MessageBanner(this))
    , m_grid(new QWidget(this))
    , m_gridLayout(new QGridLayout(m_grid))
    , m_refreshButton(new QPushButton(this))
    , m_refresh(new QAction(this))
{
    m_board->setParent(this);
    m_stats->setParent(this);
    m_activity->setParent(this);
    TextStyle::apply(m_activityTitle, TextStyle::Role::Section);
    m_activityChart->setObjectName(u"activityChart"_s);
    TextStyle::apply(m_healthTitle, TextStyle::Role::Section);
    TextStyle::apply(m_chartTitle, TextStyle::Role::Section);
    m_range->setObjectName(u"statsRange"_s);
    m_chart->setObjectName(u"deliveryChart"_s);
    for (int i = 0; i < 3; ++i)
        m_range->addItem({});
    m_notice->setObjectName(u"failingNotice"_s);
    m_banner->setObjectName(u"dashboardError"_s);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridLayout->setSpacing(Spacing::Wide);
    m_scroll = new QScrollArea(this);
    auto *scroll = m_scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(Spacing::Wide);
    m_state = new StateStack(m_grid, content);
    contentLayout->addWidget(m_healthTitle);
    contentLayout->addWidget(m_state);
    auto *chartHeader = new QHBoxLayout;
    Spacing::setGroupMargins(chartHeader);
    chartHeader->addWidget(m_chartTitle, 1);
    chartHeader->addWidget(m_range);
    contentLayout->addLayout(chartHeader);
    contentLayout->addWidget(m_chart, 1);
    contentLayout->addWidget(m_activityTitle);
    contentLayout->addWidget(m_activityChart);
    contentLayout->addWidget(m_failures);
    scroll->setWidget(content);
    m_state->empty()->setObjectName(u"dashboardEmpty"_s);

    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refresh);
    connect(m_refresh, &QAction::triggered, this, &DashboardView::refresh);
    connect(m_refreshButton, &QPushButton::clicked, this, &DashboardView::refresh);
    m_header->addAction(m_refreshButton);
    m_header->dataAge()->track(m_board->status());

    auto *layout = new QVBoxLayout(this);
    Spacing::setPageMargins(layout);
    layout->addWidget(m_header);
    layout->addWidget(m_notice);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);

    connect(m_banner, &MessageBanner::retryRequested, this, &DashboardView::refresh);
    connect(m_state->empty(), &EmptyState::actionTriggered, this,
            &DashboardView::marketplaceRequested);
    connect(m_board, &HealthBoard::changed, this, &DashboardView::render);
    // The figures and the failures table refresh with the health, on its timer and its backing
    // off; each asks only when no request of its own runs.
    connect(m_board->status(), &LoadStatus::stateChanged, m_stats, [this](LoadState state) {
        if (state == LoadState::Loading) {
            m_stats->refresh();
            m_activity->refresh();
            m_failures->refresh();
        }
    });
    connect(m_stats, &DeliveryStats::changed, m_failures,
            [this] { m_failures->setFailureReasons(m_stats->failureReasons()); });
    connect(m_range, &QComboBox::currentIndexChanged, m_stats, [this](int index) {
        m_stats->setRange(DeliveryStats::Range(index));
        m_activity->setRange(DeliveryStats::Range(index));
    });
    m_header->dataAge()->track(m_stats->status());
    m_header->dataAge()->track(m_activity->status());
    connect(m_board, &HealthBoard::newlyFailing, this, &DashboardView::notifyFailing);
    retranslateUi();
}

HealthCard *DashboardView::card(const QString &integrationId) const
{
    for (HealthCard *card : m_cards)
        if (card->health().integrationId == integrationId)
            return card;
    return nullptr;
}

void DashboardView::refresh()
{
    m_board->refresh();
    m_stats->refresh();
    m_activity->refresh();
    m_failures->refresh();
}

void DashboardView::showFailures()
{
    m_scroll->verticalScrollBar()->setValue(m_failures->y());
}

void DashboardView::retranslateUi()
{
    setAccessibleName(tr("Dashboard"));
    m_scroll->setAccessibleName(tr("Integrations and webhook deliveries"));
    m_header->setTitle(tr("Dashboard"));
    m_header->setSubtitle(tr("The health of every enabled integration, and what to do when one "
                             "is not working."));
    m_refresh->setText(tr("Re&fresh"));
    m_refreshButton->setText(tr("Re&fresh"));
    m_refreshButton->setToolTip(tr("Check every integration again (F5)"));
    m_healthTitle->setText(tr("Integrations"));
    m_chartTitle->setText(tr("Webhook deliveries"));
    m_activityTitle->setText(tr("Runs and checks by status"));
    m_range->setItemText(0, tr("Last 24 hours"));
    m_range->setItemText(1, tr("Last 7 days"));
    m_range->setItemText(2, tr("Last 30 days"));
    m_range->setAccessibleName(tr("Period of the delivery and activity charts"));
    render();
}

void DashboardView::render()
{
    const LoadStatus *status = m_board->status();
    const QList<IntegrationHealth> &list = m_board->integrations();
    if (status->state() == LoadState::Failed)
        m_banner->showError(status->lastError());
    else if (status->state() == LoadState::Ready)
        m_banner->clear();

    const bool neverLoaded = !status->hasLoaded();
    if (neverLoaded && status->state() == LoadState::Failed) {
        m_state->empty()->setText(tr("The integrations' health could not be loaded. Retry "
                                     "above once the backend answers again."));
        m_state->empty()->setAction({});
    } else {
        m_state->empty()->setText(tr("No integration is enabled yet, so there is nothing to "
                                     "watch. Enable one in the marketplace."));
        m_state->empty()->setAction(tr("Open marketplace"));
    }
    if (neverLoaded) {
        if (status->state() == LoadState::Failed)
            m_state->showEmpty();
        else
            m_state->showLoading(tr("Checking the integrations…"));
        return;
    }
    if (list.isEmpty()) {
        m_state->showEmpty();
        return;
    }
    // Reuse the cards so focus and the scroll position survive a refresh.
    while (m_cards.size() > list.size())
        delete m_cards.takeLast();
    while (m_cards.size() < list.size()) {
        auto *card = new HealthCard(m_grid);
        const int index = int(m_cards.size());
        m_gridLayout->addWidget(card, index / CardColumns, index % CardColumns);
        connect(card, &HealthCard::fixRequested, this, [this, card](const HealthReason &reason) {
            Q_EMIT fixRequested(reason.fixKind, reason.fixId, card->health().integrationId);
        });
        m_cards.append(card);
    }
    const bool stale = m_board->isStale();
    for (int i = 0; i < list.size(); ++i)
        m_cards.at(i)->setHealth(list.at(i), stale);
    for (int column = 0; column < CardColumns; ++column)
        m_gridLayout->setColumnStretch(column, 1);
    m_state->showContent();
    fitCards();
}

void DashboardView::fitCards()
{
    // QStackedLayout reports no height-for-width, so once the page is taller than the window
    // the scroll area would squeeze the cards' wrapped texts; they keep the lines they need.
    // The width with the scroll bar shown, which a taller page brings.
    const int width = m_scroll->width() - m_scroll->verticalScrollBar()->sizeHint().width();
    const int needed = m_state->isShowingContent() ? m_gridLayout->totalHeightForWidth(width) : 0;
    m_state->setMinimumHeight(std::max(needed, 0));
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitCards();
}

void DashboardView::notifyFailing(const QStringList &names)
{
    const QString list = QLocale().createSeparatedList(names);
    const QString text = tr("%1 started failing. Its card says why and how to fix it.", nullptr,
                            int(names.size()))
                             .arg(list);
    m_notice->showMessage(StatusPalette::Status::Failing, text);
    QWidget *top = window();
    const bool hidden = !top->isVisible() || top->isMinimized() || !top->isActiveWindow();
    if (!hidden || !QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
    }
    m_tray->show();
    m_tray->showMessage(tr("Tessera: integration failing"), text, QSystemTrayIcon::Warning);
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_board->setWatched(true);
}

void DashboardView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_board->setWatched(false);
}

} // namespace Tessera
