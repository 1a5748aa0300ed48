#include "FailuresPanel.h"

#include "DeliveryDetailDialog.h"
#include "RedeliverBar.h"
#include "models/admin/WebhookEventTypes.h"
#include "models/admin/WebhookSecrets.h"
#include "models/dashboard/BulkRedeliver.h"
#include "models/dashboard/DeliveryDetail.h"
#include "models/dashboard/FailedDeliveries.h"
#include "models/dashboard/FailureReasons.h"
#include "ui/common/DataAgeLabel.h"
#include "ui/common/EmptyState.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Spacing.h"
#include "ui/common/StateStack.h"
#include "ui/common/TextStyle.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

FailuresPanel::FailuresPanel(FailedDeliveries *model, WebhookSecrets *secrets, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_secrets(secrets)
    , m_redeliver(new BulkRedeliver(model->client(), this))
    , m_title(new QLabel(this))
    , m_age(new DataAgeLabel(this))
    , m_integration(new QComboBox(this))
    , m_webhook(new QComboBox(this))
    , m_event(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_reason(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_textDelay(new QTimer(this))
    , m_banner(new MessageBanner(this))
    , m_bar(new RedeliverBar(m_redeliver, this))
    , m_table(new QTableView(this))
    , m_footer(new QLabel(this))
    , m_details(new QPushButton(this))
    , m_redeliverSelected(new QPushButton(this))
    , m_redeliverAll(new QPushButton(this))
{
    m_model->setParent(this);
    TextStyle::apply(m_title, TextStyle::Role::Section);
    TextStyle::apply(m_footer, TextStyle::Role::Caption);
    m_integration->setObjectName(u"failuresIntegration"_s);
    m_webhook->setObjectName(u"failuresWebhook"_s);
    m_event->setObjectName(u"failuresEvent"_s);
    m_status->setObjectName(u"failuresStatus"_s);
    m_reason->setObjectName(u"failuresReason"_s);
    m_age->setObjectName(u"failuresAge"_s);
    m_range->setObjectName(u"failuresRange"_s);
    m_text->setObjectName(u"failuresText"_s);
    m_table->setObjectName(u"failuresTable"_s);
    m_banner->setObjectName(u"failuresError"_s);
    m_redeliverSelected->setObjectName(u"redeliverSelected"_s);
    m_redeliverAll->setObjectName(u"redeliverAll"_s);
    m_text->setClearButtonEnabled(true);
    // Long labels (German, webhook URLs) must not widen the dashboard past the window.
    for (QComboBox *box : {m_integration, m_webhook, m_event, m_status, m_reason, m_range}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
    }
    m_integration->addItem({});
    m_webhook->addItem({});
    m_event->addItem({});
    for (const QString &type : WebhookEventTypes::all())
        m_event->addItem(WebhookEventTypes::label(type), type);
    m_event->addItem(WebhookEventTypes::label(u"ping"_s), u"ping"_s);
    m_status->addItem({});
    m_status->addItem({});
    m_reason->addItem({});
    for (int i = 0; i < 3; ++i)
        m_range->addItem({});
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(400);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FailedDeliveries::ReasonColumn,
                                                      QHeaderView::Stretch);
    m_table->setMinimumHeight(320);
    m_state = new StateStack(m_table, this);
    m_state->empty()->setObjectName(u"failuresEmpty"_s);

    auto *filters = new QGridLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->setHorizontalSpacing(Spacing::Normal);
    filters->addWidget(m_integration, 0, 0);
    filters->addWidget(m_webhook, 0, 1);
    filters->addWidget(m_event, 0, 2);
    filters->addWidget(m_status, 1, 0);
    filters->addWidget(m_reason, 1, 1);
    filters->addWidget(m_range, 1, 2);
    filters->addWidget(m_text, 2, 0, 1, 3);
    for (int column = 0; column < 3; ++column)
        filters->setColumnStretch(column, 1);
    auto *titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(0, 0, 0, 0);
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_age);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_footer, 1);
    buttons->addWidget(m_details);
    buttons->addWidget(m_redeliverSelected);
    buttons->addWidget(m_redeliverAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::Normal);
    layout->addLayout(titleRow);
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_bar);
    layout->addWidget(m_state, 1);
    layout->addLayout(buttons);

    for (QComboBox *box : {m_integration, m_webhook, m_event, m_status, m_reason, m_range})
        connect(box, &QComboBox::currentIndexChanged, this, &FailuresPanel::applyFilters);
    connect(m_text, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    connect(m_textDelay, &QTimer::timeout, this, &FailuresPanel::applyFilters);
    connect(m_model->status(), &LoadStatus::stateChanged, this, &FailuresPanel::render);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FailuresPanel::render);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FailuresPanel::render);
    // A refresh that brings new rows resets the model: the selection is kept by delivery id.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_selectedIds.clear();
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            if (const WebhookDelivery *delivery = m_model->delivery(index.row()))
                m_selectedIds.append(delivery->id);
        const WebhookDelivery *current = m_model->delivery(m_table->currentIndex().row());
        m_currentId = current ? current->id : QString();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        QItemSelection selection;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString &id = m_model->delivery(row)->id;
            if (m_selectedIds.contains(id))
                selection.select(m_model->index(row, 0),
                                 m_model->index(row, FailedDeliveries::ColumnCount - 1));
            if (id == m_currentId)
                m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                           QItemSelectionModel::NoUpdate);
        }
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        m_selectedIds.clear();
        m_currentId.clear();
    });
    m_age->track(m_model->status());
    connect(m_model, &FailedDeliveries::webhooksChanged, this, &FailuresPanel::fillWebhooks);
    connect(m_banner, &MessageBanner::retryRequested, this, &FailuresPanel::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FailuresPanel::updateButtons);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openDetail(index.row()); });
    connect(m_details, &QPushButton::clicked, this, [this] {
        openDetail(m_table->currentIndex().row());
    });
    connect(m_redeliverSelected, &QPushButton::clicked, this, [this] {
        QStringList ids;
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            if (const WebhookDelivery *delivery = m_model->delivery(index.row()))
                ids.append(delivery->id);
        m_redeliver->previewIds(ids);
    });
    connect(m_redeliverAll, &QPushButton::clicked, this,
            [this] { m_redeliver->previewFilter(m_model->filterJson()); });
    connect(m_redeliver, &BulkRedeliver::busyChanged, this, &FailuresPanel::updateButtons);
    connect(m_bar, &RedeliverBar::redelivered, m_model, &FailedDeliveries::reload);
    connect(m_redeliver, &BulkRedeliver::redeliveredUnshown, m_model, &FailedDeliveries::reload);
    retranslateUi();
}

void FailuresPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The first load waits until the table is seen: a backend without the extensions replaces
    // the dashboard before it ever shows, and gets no request for it.
    if (!m_model->hasStarted())
        m_model->setFilter(m_model->filter());
}

void FailuresPanel::setIntegrations(const QHash<QString, QString> &names)
{
    m_model->setIntegrationNames(names);
    const QString current = m_integration->currentData().toString();
    QList<QPair<QString, QString>> sorted;
    for (auto it = names.begin(); it != names.end(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end());
    const QSignalBlocker block(m_integration);
    while (m_integration->count() > 1)
        m_integration->removeItem(1);
    for (const auto &[name, id] : sorted)
        m_integration->addItem(name, id);
    m_integration->setCurrentIndex(std::max(0, m_integration->findData(current)));
}

void FailuresPanel::setRange(int range)
{
    m_range->setCurrentIndex(range);
}

void FailuresPanel::setFailureReasons(const QList<DeliveryStats::ReasonCount> &reasons)
{
    const QString current = m_reason->currentData().toString();
    const QSignalBlocker block(m_reason);
    while (m_reason->count() > 1)
        m_reason->removeItem(1);
    for (const DeliveryStats::ReasonCount &reason : reasons) {
        m_reason->addItem(QString(), reason.reason);
        m_reason->setItemData(m_reason->count() - 1, reason.count, ReasonCountRole);
    }
    // The reason chosen stays a choice even when the period has none of it any more.
    if (!current.isEmpty() && m_reason->findData(current) < 0)
        m_reason->addItem(QString(), current);
    for (int i = 1; i < m_reason->count(); ++i)
        m_reason->setItemText(i, reasonText(i));
    m_reason->setCurrentIndex(std::max(0, m_reason->findData(current)));
}

void FailuresPanel::fillWebhooks()
{
    const QString current = m_webhook->currentData().toString();
    const QSignalBlocker block(m_webhook);
    while (m_webhook->count() > 1)
        m_webhook->removeItem(1);
    for (const Webhook &webhook : m_model->webhooks()) {
        const QUrl url(webhook.requestUrl);
        m_webhook->addItem(url.host() + url.path(), webhook.id);
        m_webhook->setItemData(m_webhook->count() - 1, webhook.requestUrl, Qt::ToolTipRole);
    }
    m_webhook->setCurrentIndex(std::max(0, m_webhook->findData(current)));
}

void FailuresPanel::applyFilters()
{
    FailedDeliveries::Filter filter;
    filter.integrationId = m_integration->currentData().toString();
    filter.webhookId = m_webhook->currentData().toString();
    filter.event = m_event->currentData().toString();
    filter.status = m_status->currentIndex() == 1 ? FailedDeliveries::Status::Retrying
                                                  : FailedDeliveries::Status::Failed;
    filter.range = DeliveryStats::Range(std::max(0, m_range->currentIndex()));
    filter.text = m_text->text().trimmed();
    filter.reason = m_reason->currentData().toString();
    m_redeliver->cancel();
    m_bar->outcome()->clear();
    m_model->setFilter(filter);
}

void FailuresPanel::refresh()
{
    m_model->refresh();
}

QString FailuresPanel::reasonText(int index) const
{
    const QString label = FailureReasons::label(m_reason->itemData(index).toString());
    const QVariant count = m_reason->itemData(index, ReasonCountRole);
    return count.isValid() ? tr("%1 · %L2").arg(label).arg(count.toLongLong()) : label;
}

QString FailuresPanel::footerText() const
{
    return m_footer->text();
}

void FailuresPanel::openDetail(int row)
{
    const WebhookDelivery *delivery = m_model->delivery(row);
    if (!delivery)
        return;
    if (!m_detail) {
        m_detail = new DeliveryDetailDialog(new DeliveryDetail(m_model->client(), m_secrets),
                                            new BulkRedeliver(m_model->client()), this);
        connect(m_detail, &DeliveryDetailDialog::redelivered, m_model, &FailedDeliveries::reload);
    }
    m_detail->open(delivery->id);
}

QString FailuresPanel::rangeText() const
{
    switch (m_model->filter().range) {
    case DeliveryStats::Range::Day: return tr("in the last 24 hours");
    case DeliveryStats::Range::Week: return tr("in the last 7 days");
    case DeliveryStats::Range::Month: break;
    }
    return tr("in the last 30 days");
}

void FailuresPanel::render()
{
    const LoadStatus *status = m_model->status();
    const int rows = m_model->rowCount();
    if (status->state() == LoadState::Failed)
        m_banner->showError(status->lastError());
    else if (status->state() == LoadState::Ready)
        m_banner->clear();

    if (rows > 0) {
        m_state->showContent();
    } else if (status->isLoading()) {
        m_state->showLoading(tr("Loading failed deliveries…"));
    } else if (status->state() == LoadState::Failed) {
        m_state->empty()->setText(tr("The failed deliveries could not be loaded. Retry above "
                                     "once the backend answers again."));
        m_state->showEmpty();
    } else {
        m_state->empty()->setText(
            tr("No delivery failed %1 with these filters. Widen the period or clear a filter "
               "to see more.").arg(rangeText()));
        m_state->showEmpty();
    }
    QString footer;
    if (status->isLoading() && rows > 0)
        footer = tr("%n failed delivery(s) shown; loading more…", nullptr, rows);
    else if (m_model->hasMore())
        footer = tr("%n failed delivery(s) shown; scroll down for more.", nullptr, rows);
    else if (rows > 0)
        footer = tr("%n failed delivery(s) shown; that is all %1.", nullptr, rows).arg(rangeText());
    // Rows that could not be refreshed are not passed off as the current ones.
    if (m_model->isStale() && rows > 0)
        footer = tr("Not current: the last refresh failed, so these rows may be out of date. "
                    "%1").arg(footer);
    m_footer->setText(footer);
    m_table->setAccessibleDescription(m_model->isStale() ? footer : QString());
    updateButtons();
}

void FailuresPanel::updateButtons()
{
    const bool busy = m_redeliver->isBusy();
    const bool selected = m_table->selectionModel()->hasSelection();
    m_redeliverSelected->setEnabled(selected && !busy);
    m_details->setEnabled(m_table->currentIndex().isValid());
    m_redeliverAll->setEnabled(m_model->rowCount() > 0 && !busy);
}

void FailuresPanel::retranslateUi()
{
    m_title->setText(tr("Failed deliveries"));
    m_integration->setItemText(0, tr("All integrations"));
    m_integration->setAccessibleName(tr("Filter by integration"));
    m_webhook->setItemText(0, tr("All webhooks"));
    m_webhook->setAccessibleName(tr("Filter by webhook"));
    m_event->setItemText(0, tr("All events"));
    for (int i = 1; i < m_event->count(); ++i)
        m_event->setItemText(i, WebhookEventTypes::label(m_event->itemData(i).toString()));
    m_event->setAccessibleName(tr("Filter by event"));
    m_status->setItemText(0, tr("Failed, no retry coming"));
    m_status->setItemText(1, tr("Failed, will be retried"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_reason->setItemText(0, tr("Any failure reason"));
    for (int i = 1; i < m_reason->count(); ++i)
        m_reason->setItemText(i, reasonText(i));
    m_reason->setAccessibleName(tr("Filter by failure reason"));
    m_reason->setToolTip(tr("The counts are the failures of the delivery chart's period."));
    m_range->setItemText(0, tr("In the last 24 hours"));
    m_range->setItemText(1, tr("In the last 7 days"));
    m_range->setItemText(2, tr("In the last 30 days"));
    m_range->setAccessibleName(tr("Period of the failed deliveries"));
    m_text->setPlaceholderText(tr("Text in the response…"));
    m_text->setAccessibleName(tr("Filter by text in the response"));
    m_table->setAccessibleName(tr("Failed deliveries, newest first"));
    m_details->setText(tr("De&tails…"));
    m_details->setAccessibleName(tr("Show the selected delivery's details"));
    m_redeliverSelected->setText(tr("Redeliver &selected"));
    m_redeliverSelected->setAccessibleName(tr("Redeliver the selected deliveries"));
    m_redeliverAll->setText(tr("Redeliver &all matching"));
    m_redeliverAll->setAccessibleName(tr("Redeliver every delivery that matches the filters"));
    render();
}

void FailuresPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Tessera
