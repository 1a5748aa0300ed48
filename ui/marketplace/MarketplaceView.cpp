#include "MarketplaceView.h"

#include "IntegrationPanel.h"
#include "IntegrationTileDelegate.h"
#include "models/core/LoadStatus.h"
#include "models/integrations/IntegrationFilterModel.h"
#include "models/integrations/IntegrationService.h"
#include "models/integrations/IntegrationsModel.h"
#include "models/integrations/PartnerConsole.h"
#include "models/mapping/MappingTargets.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PageTitle.h"
#include "ui/wizards/EnableWizard.h"
#include "ui/wizards/WizardFactory.h"

#include <QAbstractButton>
#include <QAction>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

MarketplaceView::MarketplaceView(IntegrationsModel *model, const SetupContext &context,
                                 QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new IntegrationFilterModel(this))
    , m_context(context)
    , m_search(new QLineEdit(this))
    , m_chips(new QHBoxLayout)
    , m_chipGroup(new QButtonGroup(this))
    , m_banner(new MessageBanner(this))
    , m_emptyState(new QLabel(this))
    , m_tiles(new QListView(this))
    , m_panel(new IntegrationPanel(this))
{
    setObjectName(u"marketplaceView"_s);
    setAccessibleName(tr("Marketplace"));
    m_filter->setSourceModel(m_model);

    m_search->setObjectName(u"marketplaceSearch"_s);
    m_search->setPlaceholderText(tr("Search integrations (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search integrations"));
    m_search->setClearButtonEnabled(true);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *closePanel = new QAction(this);
    closePanel->setShortcut(Qt::Key_Escape);
    closePanel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(closePanel);
    connect(closePanel, &QAction::triggered, this, [this] {
        if (m_panel->isVisible())
            Q_EMIT m_panel->closeRequested();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateEmptyState();
    });
    // Enter or Down in the search moves into the grid.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() > 0) {
            m_tiles->setCurrentIndex(m_filter->index(0, 0));
            m_tiles->setFocus(Qt::TabFocusReason);
        }
    });

    m_chipGroup->setExclusive(true);
    connect(m_chipGroup, &QButtonGroup::buttonClicked, this, [this](QAbstractButton *button) {
        m_filter->setCategory(button->property("category").toString());
        updateEmptyState();
    });

    m_tiles->setObjectName(u"marketplaceTiles"_s);
    m_tiles->setAccessibleName(tr("Integrations"));
    m_tiles->setViewMode(QListView::IconMode);
    m_tiles->setResizeMode(QListView::Adjust);
    m_tiles->setMovement(QListView::Static);
    m_tiles->setUniformItemSizes(true);
    m_tiles->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tiles->setWrapping(true);
    m_tiles->setSpacing(0);
    m_tiles->setFrameShape(QFrame::NoFrame);
    m_tiles->setBackgroundRole(QPalette::Window);
    m_tiles->setItemDelegate(new IntegrationTileDelegate(m_tiles));
    m_tiles->setModel(m_filter);
    connect(m_tiles, &QListView::activated, this, [this](const QModelIndex &index) {
        openPanel(index.data(IntegrationsModel::IdRole).toString());
    });
    connect(m_tiles, &QListView::clicked, this, [this](const QModelIndex &index) {
        openPanel(index.data(IntegrationsModel::IdRole).toString());
    });

    m_emptyState->setObjectName(u"marketplaceEmptyState"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_panel->setMinimumWidth(380);
    m_panel->setMaximumWidth(440);
    m_panel->hide();
    connect(m_panel, &IntegrationPanel::closeRequested, this, [this] {
        m_panel->hide();
        m_tiles->setFocus(Qt::OtherFocusReason);
    });
    connect(m_panel, &IntegrationPanel::enableRequested, this,
            [this](const QString &id) { openWizard(id); });
    connect(m_panel, &IntegrationPanel::testRequested, this, &MarketplaceView::testConnection);
    connect(m_panel, &IntegrationPanel::partnerRecordsRequested, this,
            &MarketplaceView::loadPartnerRecords);
    connect(m_panel, &IntegrationPanel::mappingRequested, this, [this](const QString &id) {
        // Juro's first template stands for its workflows (listed on the same page).
        if (const Integration *integration = m_model->find(id))
            Q_EMIT mappingRequested(id, MappingTargets::firstTargetOf(*integration));
    });
    connect(m_panel, &IntegrationPanel::disableRequested, this,
            &MarketplaceView::disableIntegration);

    auto *header = new QHBoxLayout;
    header->addWidget(new PageTitle(tr("Marketplace"), this));
    header->addStretch(1);
    header->addWidget(m_search, 2);
    auto *left = new QVBoxLayout;
    left->addLayout(header);
    left->addLayout(m_chips);
    left->addWidget(m_banner);
    left->addWidget(m_emptyState);
    left->addWidget(m_tiles, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(m_panel);

    connect(m_model->status(), &LoadStatus::stateChanged, this, &MarketplaceView::onStateChanged);
    connect(m_model, &IntegrationsModel::integrationChanged, this, [this](const QString &id) {
        if (m_panel->isVisible() && m_panel->integrationId() == id)
            if (const Integration *integration = m_model->find(id))
                m_panel->showIntegration(*integration, m_plan);
    });
    connect(m_banner, &MessageBanner::retryRequested, m_model, &IntegrationsModel::reload);
    setTabOrder(m_search, m_tiles);
    onStateChanged();
}

void MarketplaceView::onStateChanged()
{
    switch (m_model->status()->state()) {
    case LoadState::Idle:
    case LoadState::Loading:
        m_banner->clear();
        break;
    case LoadState::Failed:
        m_banner->showError(m_model->status()->lastError());
        break;
    case LoadState::Ready:
        m_banner->clear();
        rebuildCategoryChips();
        if (m_panel->isVisible())
            openPanel(m_panel->integrationId());
        break;
    }
    updateEmptyState();
}

void MarketplaceView::rebuildCategoryChips()
{
    const QString current = m_filter->category();
    const auto buttons = m_chipGroup->buttons();
    for (QAbstractButton *button : buttons) {
        m_chipGroup->removeButton(button);
        delete button;
    }
    while (QLayoutItem *item = m_chips->takeAt(0))
        delete item; // the stretch
    const QStringList categories = QStringList{QString()} + m_model->categories();
    for (const QString &category : categories) {
        auto *chip = new QToolButton(this);
        chip->setText(category.isEmpty() ? tr("All") : category);
        chip->setAccessibleName(category.isEmpty() ? tr("All categories")
                                                   : tr("Category %1").arg(category));
        chip->setCheckable(true);
        chip->setAutoRaise(false);
        chip->setFocusPolicy(Qt::StrongFocus);
        chip->setProperty("category", category);
        chip->setChecked(category == current);
        m_chipGroup->addButton(chip);
        m_chips->addWidget(chip);
        chip->show();
    }
    m_chips->addStretch(1);
}

void MarketplaceView::updateEmptyState()
{
    QString text;
    if (m_model->status()->state() == LoadState::Loading && m_model->rowCount() == 0)
        text = tr("Loading integrations…");
    else if (m_model->status()->state() == LoadState::Ready && m_filter->rowCount() == 0)
        text = m_search->text().isEmpty()
            ? tr("No integration in this category.")
            : tr("No integration matches “%1”. Try another word or clear the search.")
                  .arg(m_search->text());
    m_emptyState->setText(text);
    m_emptyState->setVisible(!text.isEmpty());
}

void MarketplaceView::openPanel(const QString &integrationId)
{
    const Integration *integration = m_model->find(integrationId);
    if (!integration)
        return;
    m_panel->showIntegration(*integration, m_plan);
    m_panel->show();
    if (integration->isEnabled())
        loadPartnerRecords(integrationId);
    const QModelIndex source = m_model->index(m_model->rowOf(integrationId));
    m_tiles->setCurrentIndex(m_filter->mapFromSource(source));
}

EnableWizard *MarketplaceView::openWizard(const QString &integrationId)
{
    const Integration *integration = m_model->find(integrationId);
    if (!integration)
        return nullptr;
    if (m_wizard && !m_wizard->isVisible())
        m_wizard = nullptr; // finished; deletes itself (WA_DeleteOnClose)
    if (m_wizard) {
        if (m_wizard->integrationId() == integrationId) {
            m_wizard->raise();
            m_wizard->activateWindow();
            return m_wizard;
        }
        m_wizard->close();
    }
    m_wizard = WizardFactory::create(*integration, m_context, this);
    if (!m_wizard)
        return nullptr;
    connect(m_wizard, &QDialog::finished, this, [this, integrationId] {
        m_model->refresh(integrationId);
    });
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->start();
    return m_wizard;
}

void MarketplaceView::loadPartnerRecords(const QString &integrationId)
{
    const Integration *integration = m_model->find(integrationId);
    if (!m_context.partnerConsole || !integration
        || integration->capabilities.receivedRecords.isEmpty())
        return;
    const QString name = integration->name;
    m_context.partnerConsole->receivedRecords(
        integrationId, m_panel,
        [this, integrationId, name](const Outcome<QList<PartnerRecord>> &outcome) {
            if (m_panel->integrationId() != integrationId)
                return;
            if (outcome.ok())
                m_panel->showPartnerRecords(name, outcome.value);
            else
                m_panel->showPartnerRecordsError(outcome.error);
        });
}

EnableWizard *MarketplaceView::currentWizard() const
{
    return m_wizard;
}

void MarketplaceView::testConnection(const QString &integrationId)
{
    m_panel->setTesting(true);
    m_context.service->test(integrationId, m_panel,
                            [this, integrationId](const Outcome<IntegrationTestResult> &outcome) {
                                if (m_panel->integrationId() != integrationId)
                                    return;
                                if (outcome.ok())
                                    m_panel->showTestResult(outcome.value);
                                else
                                    m_panel->showTestError(outcome.error);
                                m_model->refresh(integrationId);
                            });
}

void MarketplaceView::disableIntegration(const QString &integrationId)
{
    const Integration *integration = m_model->find(integrationId);
    if (!integration)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Disable %1?").arg(integration->name),
        tr("%1 stops receiving updates from the ATS. Its API keys and webhooks stay as they are; "
           "revoke or delete them on the API keys and Webhooks pages if they are no longer "
           "needed.")
            .arg(integration->name),
        QMessageBox::Cancel, this);
    box->setObjectName(u"disableQuestion"_s);
    QPushButton *disable = box->addButton(tr("&Disable"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, disable, integrationId] {
        if (box->clickedButton() != disable)
            return;
        m_context.service->disable(integrationId, this,
                                   [this](const Outcome<Integration> &outcome) {
                                       if (outcome.ok())
                                           m_model->apply(outcome.value);
                                       else
                                           m_panel->banner()->showError(outcome.error, false);
                                   });
    });
    box->open();
}

} // namespace Tessera
