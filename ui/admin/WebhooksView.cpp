#include "WebhooksView.h"

#include "AdminPageParts.h"
#include "HealthDelegate.h"
#include "models/admin/WebhookDeliveriesModel.h"
#include "models/admin/WebhookEventTypes.h"
#include "models/admin/WebhooksModel.h"
#include "models/core/LoadStatus.h"
#include "ui/common/DataAgeLabel.h"
#include "ui/common/EmptyState.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PageHeader.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"
#include "ui/common/StateStack.h"
#include "WebhookDeliveriesPane.h"
#include "WebhookDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

using namespace AdminPageParts;

WebhooksView::WebhooksView(WebhooksModel *model, WebhookDeliveriesModel *deliveries,
                           QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_banner(new MessageBanner(this))
    , m_table(makeTable(this, {}))
    , m_deliveries(new WebhookDeliveriesPane(deliveries, this))
    , m_state(new MessageBanner(this))
    , m_selectionBar(new QWidget(this))
{
    m_model->setParent(this);
    m_new = makeAction(this, {}, QKeySequence::New);
    m_edit = makeAction(this, {}, QKeySequence(Qt::CTRL | Qt::Key_E));
    m_toggle = makeAction(this, {}, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_delete = makeAction(this, {}, QKeySequence(Qt::Key_Delete));
    m_ping = makeAction(this, {}, QKeySequence(Qt::CTRL | Qt::Key_T));
    m_refresh = makeAction(this, {}, QKeySequence(Qt::Key_F5));

    m_table->setModel(m_model);
    m_table->setObjectName(u"webhooksTable"_s);
    // Partner addresses are long; host and the end tell them apart (the tooltip has it whole).
    m_table->setTextElideMode(Qt::ElideMiddle);
    auto *health = new HealthDelegate(WebhooksModel::HealthRole, m_table);
    m_table->setItemDelegateForColumn(WebhooksModel::EnabledColumn, health);
    m_table->setItemDelegateForColumn(WebhooksModel::LastDeliveryColumn, health);
    auto *header = m_table->horizontalHeader();
    header->setSectionResizeMode(WebhooksModel::TypeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WebhooksModel::UrlColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(WebhooksModel::LastDeliveryColumn, QHeaderView::ResizeToContents);
    m_pages = makeStatePages(this, m_table, m_new, {});
    m_pages.empty->setObjectName(u"webhooksEmpty"_s);
    m_state->setObjectName(u"webhookState"_s);

    auto *pageHeader = new PageHeader({}, this);
    pageHeader->addAction(buttonFor(m_new, this));
    pageHeader->addAction(buttonFor(m_refresh, this));
    pageHeader->dataAge()->track(m_model->status());
    // What acts on the selected webhook sits with the list it acts on.
    auto *selectionActions = new QHBoxLayout(m_selectionBar);
    Spacing::setGroupMargins(selectionActions);
    for (QAction *action : {m_edit, m_toggle, m_delete, m_ping})
        selectionActions->addWidget(buttonFor(action, this));
    selectionActions->addStretch();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_pages.stack);
    splitter->addWidget(m_deliveries);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    Spacing::setPageMargins(layout);
    layout->addWidget(pageHeader);
    layout->addWidget(m_banner);
    layout->addWidget(m_selectionBar);
    layout->addWidget(m_state);
    layout->addWidget(splitter, 1);

    connect(m_new, &QAction::triggered, this, &WebhooksView::newWebhook);
    connect(m_edit, &QAction::triggered, this, &WebhooksView::editSelected);
    connect(m_toggle, &QAction::triggered, this, &WebhooksView::toggleSelected);
    connect(m_delete, &QAction::triggered, this, &WebhooksView::deleteSelected);
    connect(m_ping, &QAction::triggered, this, &WebhooksView::pingSelected);
    connect(m_refresh, &QAction::triggered, this, &WebhooksView::refresh);
    connect(m_table, &QTableView::activated, this, &WebhooksView::editSelected);
    connect(m_banner, &MessageBanner::retryRequested, this, &WebhooksView::refresh);
    connect(m_model->status(), &LoadStatus::stateChanged, this, &WebhooksView::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WebhooksView::reselect);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &WebhooksView::reselect);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &WebhooksView::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WebhooksView::updateSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WebhooksView::updateSelection);
    connect(m_model, &WebhooksModel::saved, this,
            [this](WebhooksModel::Action action, const QString &webhookId) {
                if (action == WebhooksModel::Action::Create) {
                    const int row = m_model->rowOf(webhookId);
                    if (row >= 0)
                        m_table->selectRow(row);
                }
                if (action == WebhooksModel::Action::Create
                    || action == WebhooksModel::Action::Update)
                    followSavePing(webhookId);
                if (action == WebhooksModel::Action::Delete)
                    m_banner->showMessage(StatusPalette::Status::Ok, tr("The webhook was deleted."));
            });
    connect(m_model, &WebhooksModel::actionFailed, this,
            [this](WebhooksModel::Action action, const ApiError &error) {
                // Create and update failures show in their dialog.
                if (action == WebhooksModel::Action::Delete || action == WebhooksModel::Action::Ping
                    || !findChild<WebhookDialog *>())
                    m_banner->showError(error, false);
            });
    connect(m_model, &WebhooksModel::pingQueued, this,
            [this](const QString &webhookId, const QString &deliveryId) {
                if (webhookId == m_shownWebhookId)
                    m_deliveries->followPing(deliveryId);
            });
    // The newest attempt the pane loaded is the webhook's last delivery.
    connect(m_deliveries->model()->status(), &LoadStatus::stateChanged, this,
            [this](LoadState state) {
                const WebhookDelivery *newest = m_deliveries->model()->delivery(0);
                if (state == LoadState::Ready && newest)
                    m_model->noteDelivery(*newest);
            });
    connect(m_deliveries, &WebhookDeliveriesPane::deliveryArrived, this,
            [this](const WebhookDelivery &delivery) {
                m_model->noteDelivery(delivery);
                m_model->refreshWebhook(delivery.webhookId);
            });
    Retranslator::follow(this, [this, pageHeader] {
        setAccessibleName(tr("Webhooks"));
        m_table->setAccessibleName(tr("Webhooks"));
        setActionText(m_new, tr("&New webhook…"));
        setActionText(m_edit, tr("&Edit…"));
        setActionText(m_delete, tr("De&lete…"));
        setActionText(m_ping, tr("Send test &ping"));
        setActionText(m_refresh, tr("Re&fresh"));
        fitStatusColumn(m_table, WebhooksModel::EnabledColumn,
                        {WebhooksModel::enabledText(true), WebhooksModel::enabledText(false)});
        m_pages.empty->setAction(tr("Create webhook"));
        m_state->setAccessibleName(tr("Selected webhook"));
        pageHeader->setTitle(tr("Webhooks"));
        pageHeader->setSubtitle(tr("Events the ATS sends to partners. Every attempt is logged "
                                   "below the list."));
        updateState(); // also the toggle's text; the console calls refresh() once connected
    });
}

void WebhooksView::refresh()
{
    m_banner->clear();
    m_reselectId = m_shownWebhookId;
    m_model->load(); // clears the selection; reselect() puts it back when the row is in
}

bool WebhooksView::selectWebhook(const QString &webhookId)
{
    if (AdminPageParts::goToRow(m_table, m_model->rowOf(webhookId)))
        return true;
    m_reselectId = webhookId; // reselect() selects it once it is listed
    return false;
}

void WebhooksView::reselect()
{
    updateState();
    const int row = m_model->rowOf(m_reselectId);
    if (row >= 0) {
        m_reselectId.clear();
        m_table->selectRow(row);
    }
}

// webhook.create and webhook.update answer before their ping, which may disable the webhook:
// look again once it most likely ended.
void WebhooksView::followSavePing(const QString &webhookId)
{
    for (const int delayMs : {1'000, 4'000}) {
        QTimer::singleShot(delayMs, this, [this, webhookId] {
            m_model->refreshWebhook(webhookId);
            if (webhookId == m_shownWebhookId)
                m_deliveries->model()->reload();
        });
    }
}

const Webhook *WebhooksView::selectedWebhook() const
{
    return m_model->webhook(selectedRow(m_table));
}

void WebhooksView::updateState()
{
    const LoadState state = m_model->status()->state();
    if (state == LoadState::Failed)
        m_banner->showError(m_model->status()->lastError());
    m_pages.show(state, m_model->rowCount(), tr("Loading webhooks…"),
                 state == LoadState::Failed
                     ? tr("The webhooks could not be loaded. See the message above.")
                     : tr("No webhooks yet. Create one to send ATS events to a partner."));
    // No list, nothing to act on or show attempts of.
    m_selectionBar->setVisible(m_model->rowCount() > 0);
    m_deliveries->setVisible(m_model->rowCount() > 0);
    updateSelection();
}

void WebhooksView::updateSelection()
{
    const Webhook *webhook = selectedWebhook();
    for (QAction *action : {m_edit, m_toggle, m_delete, m_ping})
        action->setEnabled(webhook != nullptr);
    setActionText(m_toggle, webhook && !webhook->enabled ? tr("Ena&ble") : tr("D&isable"));
    if (!webhook || webhook->enabled)
        m_state->clear();
    else if (webhook->lastError.isEmpty())
        m_state->showMessage(StatusPalette::Status::Unavailable,
                             tr("This webhook is disabled: the partner gets no events until you "
                                "enable it."));
    else
        m_state->showMessage(StatusPalette::Status::Attention,
                             tr("Disabled after a failed check. Make sure the partner's receiver "
                                "answers, then press Enable."),
                             webhook->lastError);
    const QString id = webhook ? webhook->id : QString();
    if (id != m_shownWebhookId) {
        m_shownWebhookId = id;
        m_deliveries->setWebhook(id, webhook ? webhook->requestUrl : QString());
    }
}

void WebhooksView::newWebhook()
{
    auto *dialog = new WebhookDialog(m_model, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WebhooksView::editSelected()
{
    const Webhook *webhook = selectedWebhook();
    if (!webhook)
        return;
    auto *dialog = new WebhookDialog(m_model, webhook, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WebhooksView::toggleSelected()
{
    if (const Webhook *webhook = selectedWebhook())
        m_model->update(webhook->id, !webhook->enabled);
}

void WebhooksView::pingSelected()
{
    if (const Webhook *webhook = selectedWebhook()) {
        m_banner->clear();
        m_model->ping(webhook->id);
    }
}

void WebhooksView::deleteSelected()
{
    const Webhook *webhook = selectedWebhook();
    if (!webhook)
        return;
    const QString webhookId = webhook->id;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Delete webhook"),
        tr("Delete the webhook for “%1” to %2?")
            .arg(WebhookEventTypes::label(webhook->webhookType), webhook->requestUrl),
        QMessageBox::NoButton, this);
    box->setObjectName(u"deleteConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("The partner gets no further events, and pending retries stop. "
                               "Its delivery log stays readable. This cannot be undone."));
    QPushButton *remove = box->addButton(tr("&Delete webhook"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(remove, &QPushButton::clicked, this, [this, webhookId] { m_model->remove(webhookId); });
    box->open();
}

} // namespace Tessera
