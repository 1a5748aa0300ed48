#include "MarketplaceView.h"

#include "IntegrationCategory.h"
#include "IntegrationPanel.h"
#include "IntegrationTileDelegate.h"
#include "LocalizedIntegrations.h"
#include "models/core/LoadStatus.h"
#include "models/integrations/IntegrationFilterModel.h"
#include "models/integrations/IntegrationService.h"
#include "models/integrations/IntegrationsModel.h"
#include "models/integrations/PartnerConsole.h"
#include "models/mapping/MappingTargets.h"
#include "SlideOver.h"
#include "ui/common/DataAgeLabel.h"
#include "ui/common/EmptyState.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PageHeader.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"
#include "ui/common/StateStack.h"
#include "ui/wizards/EnableWizard.h"
#include "ui/wizards/WizardFactory.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
constexpr int panelWidth = 420;
} // namespace

MarketplaceView::MarketplaceView(IntegrationsModel *model, const SetupContext &context,
                                 QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_localized(new LocalizedIntegrations(model, this))
    , m_filter(new IntegrationFilterModel(this))
    , m_context(context)
    , m_search(new QLineEdit(this))
    , m_chips(new QHBoxLayout)
    , m_chipGroup(new QButtonGroup(this))
    , m_header(new PageHeader({}, this))
    , m_banner(new MessageBanner(this))
    , m_tiles(new QListView(this))
    , m_states(new StateStack(m_tiles, this))
    , m_panel(new IntegrationPanel(this))
    , m_slide(new SlideOver(m_panel, m_states, panelWidth))
{
    setObjectName(u"marketplaceView"_s);
    m_filter->setSourceModel(m_localized);

    m_search->setObjectName(u"marketplaceSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(35 * Spacing::Unit);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *escape = new QAction(this);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(escape);
    connect(escape, &QAction::triggered, this, &MarketplaceView::closePanel);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateStates();
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
        updateStates();
    });

    m_tiles->setObjectName(u"marketplaceTiles"_s);
    m_tiles->setViewMode(QListView::IconMode);
    m_tiles->setResizeMode(QListView::Adjust);
    m_tiles->setMovement(QListView::Static);
    m_tiles->setUniformItemSizes(true);
    m_tiles->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tiles->setWrapping(true);
    m_tiles->setSpacing(0);
    m_tiles->setFrameShape(QFrame::NoFrame);
    m_tiles->setBackgroundRole(QPalette::Window);
    m_tiles->viewport()->setBackgroundRole(QPalette::Window);
    m_tiles->setMouseTracking(true);
    m_tiles->setItemDelegate(new IntegrationTileDelegate(m_tiles));
    m_tiles->setModel(m_filter);
    // Enter or a double-click opens the panel and moves into it; Esc comes back here.
    connect(m_tiles, &QListView::activated, this, [this](const QModelIndex &index) {
        openPanel(index.data(IntegrationsModel::IdRole).toString());
        if (QWidget *first = m_panel->firstFocus())
            first->setFocus(Qt::OtherFocusReason);
    });
    // While the panel is open, a click on another tile shows that one.
    connect(m_tiles, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (isPanelOpen())
            openPanel(index.data(IntegrationsModel::IdRole).toString());
    });

    m_states->setObjectName(u"marketplaceStates"_s);
    m_states->empty()->setObjectName(u"marketplaceEmptyState"_s);
    connect(m_states->empty(), &EmptyState::actionTriggered, this, &MarketplaceView::showAll);

    connect(m_panel, &IntegrationPanel::closeRequested, this, &MarketplaceView::closePanel);
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

    m_header->addAction(m_search);
    m_header->dataAge()->track(m_model->status());
    m_chips->setSpacing(Spacing::Tight);
    auto *layout = new QVBoxLayout(this);
    Spacing::setPageMargins(layout);
    layout->addWidget(m_header);
    layout->addLayout(m_chips);
    layout->addWidget(m_banner);
    layout->addWidget(m_states, 1);

    connect(m_model->status(), &LoadStatus::stateChanged, this, &MarketplaceView::onStateChanged);
    connect(m_model, &IntegrationsModel::integrationChanged, this, [this](const QString &id) {
        if (isPanelOpen() && m_panel->integrationId() == id)
            if (const Integration *integration = m_model->find(id))
                m_panel->showIntegration(*integration, m_plan);
    });
    connect(m_banner, &MessageBanner::retryRequested, m_model, &IntegrationsModel::reload);
    setTabOrder(m_search, m_tiles);
    onStateChanged();
    Retranslator::follow(this, [this] {
        setAccessibleName(tr("Marketplace"));
        m_header->setTitle(tr("Marketplace"));
        m_search->setPlaceholderText(tr("Search integrations (Ctrl+F)"));
        m_search->setAccessibleName(tr("Search integrations"));
        m_tiles->setAccessibleName(tr("Integrations"));
        if (m_model->status()->state() == LoadState::Ready) {
            rebuildCategoryChips();
            if (isPanelOpen())
                openPanel(m_panel->integrationId());
        }
        updateStates();
    });
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
        if (isPanelOpen())
            openPanel(m_panel->integrationId());
        break;
    }
    updateStates();
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
    QWidget *previous = m_search;
    for (const QString &category : categories) {
        auto *chip = new QToolButton(this);
        const QString name = IntegrationCategory::displayName(category);
        chip->setText(category.isEmpty() ? tr("All") : name);
        if (!category.isEmpty())
            chip->setIcon(IntegrationCategory::glyph(category));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setAccessibleName(category.isEmpty() ? tr("All categories")
                                                   : tr("Category %1").arg(name));
        chip->setCheckable(true);
        chip->setAutoRaise(false);
        chip->setFocusPolicy(Qt::StrongFocus);
        chip->setProperty("category", category);
        chip->setChecked(category == current);
        m_chipGroup->addButton(chip);
        m_chips->addWidget(chip);
        chip->show();
        setTabOrder(previous, chip);
        previous = chip;
    }
    setTabOrder(previous, m_tiles);
    m_chips->addStretch(1);
}

void MarketplaceView::showAll()
{
    if (m_model->status()->state() == LoadState::Failed) {
        m_model->reload();
        return;
    }
    m_search->clear();
    m_filter->setCategory(QString());
    const auto buttons = m_chipGroup->buttons();
    for (QAbstractButton *button : buttons)
        if (button->property("category").toString().isEmpty())
            button->setChecked(true);
    updateStates();
    m_search->setFocus(Qt::OtherFocusReason);
}

void MarketplaceView::updateStates()
{
    const LoadState state = m_model->status()->state();
    if (m_model->rowCount() == 0 && (state == LoadState::Loading || state == LoadState::Idle)) {
        m_states->showLoading(tr("Loading integrations…"));
        return;
    }
    if (m_model->rowCount() == 0 && state == LoadState::Failed) {
        m_states->empty()->setText(tr("The integrations could not be loaded."));
        m_states->empty()->setAction(tr("Try again"));
        m_states->showEmpty();
        return;
    }
    if (m_filter->rowCount() > 0 || m_model->rowCount() == 0) {
        if (m_model->rowCount() == 0) {
            m_states->empty()->setText(tr("This backend offers no integrations."));
            m_states->empty()->setAction(QString());
            m_states->showEmpty();
        } else {
            m_states->showContent();
        }
        return;
    }
    if (!m_search->text().trimmed().isEmpty()) {
        m_states->empty()->setText(
            tr("No integration matches “%1”.").arg(m_search->text().trimmed()));
        m_states->empty()->setAction(tr("Clear search"));
    } else {
        m_states->empty()->setText(tr("No integration in this category."));
        m_states->empty()->setAction(tr("Show all categories"));
    }
    m_states->showEmpty();
}

QModelIndex MarketplaceView::tileOf(const QString &integrationId) const
{
    const QModelIndex source = m_model->index(m_model->rowOf(integrationId));
    return m_filter->mapFromSource(m_localized->mapFromSource(source));
}

void MarketplaceView::openPanel(const QString &integrationId)
{
    const Integration *integration = m_model->find(integrationId);
    if (!integration)
        return;
    m_panel->showIntegration(*integration, m_plan);
    m_slide->open();
    if (integration->isEnabled())
        loadPartnerRecords(integrationId);
    m_tiles->setCurrentIndex(tileOf(integrationId));
}

void MarketplaceView::closePanel()
{
    if (!isPanelOpen())
        return;
    const bool focusInPanel = m_panel->isAncestorOf(QApplication::focusWidget());
    m_slide->close();
    const QModelIndex tile = tileOf(m_panel->integrationId());
    if (tile.isValid())
        m_tiles->setCurrentIndex(tile);
    if (focusInPanel || !m_search->hasFocus())
        m_tiles->setFocus(Qt::OtherFocusReason);
}

bool MarketplaceView::isPanelOpen() const
{
    return m_slide->isOpen();
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
    // The summary's next step: the integration's own mapping, or another view.
    connect(m_wizard, &EnableWizard::nextStepRequested, this,
            [this, integrationId](const QString &viewName) {
                const Integration *enabled = m_model->find(integrationId);
                if (viewName == u"field-mappings" && enabled)
                    Q_EMIT mappingRequested(integrationId, MappingTargets::firstTargetOf(*enabled));
                else
                    Q_EMIT viewRequested(viewName);
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
