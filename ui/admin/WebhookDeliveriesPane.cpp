#include "WebhookDeliveriesPane.h"

#include "AdminPageParts.h"
#include "HealthDelegate.h"
#include "models/admin/WebhookDeliveriesModel.h"
#include "models/core/LoadStatus.h"
#include "ui/common/EmptyState.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"
#include "ui/common/StateStack.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

using namespace AdminPageParts;

WebhookDeliveriesPane::WebhookDeliveriesPane(WebhookDeliveriesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_heading(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_table(makeTable(this, {}))
    , m_status(new QLabel(this))
{
    m_model->setParent(this);
    m_redeliver = makeAction(this, {}, QKeySequence(Qt::CTRL | Qt::Key_R));
    m_redeliver->setEnabled(false);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_table->setModel(m_model);
    m_table->setObjectName(u"deliveriesTable"_s);
    m_table->setItemDelegateForColumn(
        WebhookDeliveriesModel::ResultColumn,
        new HealthDelegate(WebhookDeliveriesModel::HealthRole, m_table));
    auto *header = m_table->horizontalHeader();
    for (int column = 0; column < WebhookDeliveriesModel::ResponseColumn; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_status->setObjectName(u"deliveryStatus"_s);
    m_status->setWordWrap(true);

    m_pages = makeStatePages(this, m_table, m_redeliver, {}); // no empty action
    m_pages.empty->setObjectName(u"deliveriesEmpty"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(buttonFor(m_redeliver, this));
    auto *layout = new QVBoxLayout(this);
    Spacing::setGroupMargins(layout);
    layout->setContentsMargins(0, Spacing::Normal, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages.stack, 1);
    layout->addWidget(m_status);

    connect(m_redeliver, &QAction::triggered, this, &WebhookDeliveriesPane::redeliverSelected);
    connect(m_banner, &MessageBanner::retryRequested, m_model, &WebhookDeliveriesModel::reload);
    connect(m_model->status(), &LoadStatus::stateChanged, this,
            &WebhookDeliveriesPane::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &WebhookDeliveriesPane::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WebhookDeliveriesPane::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WebhookDeliveriesPane::updateSelection);
    connect(m_model, &WebhookDeliveriesModel::deliveryArrived, this,
            [this](const WebhookDelivery &delivery) {
                if (delivery.action == u"ping"_s) {
                    m_status->setText(
                        delivery.success
                            ? tr("Test ping answered: HTTP %1 in %L2 ms.")
                                  .arg(delivery.statusCode).arg(delivery.latencyMs)
                            : tr("Test ping failed: %1. Check the URL and that the partner's "
                                 "receiver is running.").arg(delivery.error));
                }
                Q_EMIT deliveryArrived(delivery);
            });
    connect(m_model, &WebhookDeliveriesModel::watchTimedOut, this, [this] {
        m_status->setText(tr("The test ping's result did not arrive. Press F5 to look again."));
    });
    connect(m_model, &WebhookDeliveriesModel::redelivered, this, [this] {
        m_status->setText(tr("Sent again. New attempts appear here; press F5 to update."));
    });
    connect(m_model, &WebhookDeliveriesModel::redeliverFailed, this,
            [this](const ApiError &error) { m_banner->showError(error, false); });
    Retranslator::follow(this, [this] {
        setAccessibleName(tr("Delivery attempts"));
        m_table->setAccessibleName(tr("Delivery attempts"));
        setActionText(m_redeliver, tr("Re&deliver"));
        fitStatusColumn(m_table, WebhookDeliveriesModel::ResultColumn,
                        {WebhookDeliveriesModel::resultText(true),
                         WebhookDeliveriesModel::resultText(false)});
        m_status->setAccessibleName(tr("Test ping"));
        showHeading();
        updateState();
    });
}

void WebhookDeliveriesPane::showHeading()
{
    m_heading->setText(m_model->webhookId().isEmpty() ? tr("Delivery attempts")
                                                      : tr("Delivery attempts to %1").arg(m_url));
}

QString WebhookDeliveriesPane::statusText() const
{
    return m_status->text();
}

void WebhookDeliveriesPane::setWebhook(const QString &webhookId, const QString &url)
{
    m_url = url;
    m_banner->clear();
    if (webhookId != m_model->webhookId())
        m_status->clear();
    m_model->setWebhookId(webhookId);
    showHeading();
}

void WebhookDeliveriesPane::followPing(const QString &deliveryId)
{
    m_status->setText(tr("Test ping sent — waiting for the answer…"));
    m_model->watchDelivery(deliveryId);
}

void WebhookDeliveriesPane::redeliverSelected()
{
    if (const WebhookDelivery *delivery = m_model->delivery(selectedRow(m_table)))
        m_model->redeliver(delivery->id);
}

void WebhookDeliveriesPane::updateState()
{
    const LoadState state = m_model->status()->state();
    if (state == LoadState::Failed)
        m_banner->showError(m_model->status()->lastError());
    m_pages.show(state, m_model->rowCount(), tr("Loading delivery attempts…"),
                 m_model->webhookId().isEmpty() ? tr("Select a webhook to see its delivery attempts.")
                 : state == LoadState::Failed   ? tr("The delivery attempts could not be loaded.")
                                                : tr("Nothing was sent to this webhook yet. Send "
                                                     "a test ping to check the partner's "
                                                     "receiver."));
    updateSelection();
}

void WebhookDeliveriesPane::updateSelection()
{
    m_redeliver->setEnabled(m_table->selectionModel()->hasSelection());
}

} // namespace Tessera
