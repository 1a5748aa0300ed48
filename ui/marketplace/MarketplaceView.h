#pragma once

#include "ui/wizards/SetupContext.h"

#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QHBoxLayout;
class QLineEdit;
class QListView;

namespace Tessera {

class EnableWizard;
class IntegrationFilterModel;
class IntegrationPanel;
class IntegrationsModel;
class LocalizedIntegrations;
class MessageBanner;
class PageHeader;
class SlideOver;
class StateStack;

// Integration tiles in a responsive grid with search and category chips, and a side panel
// that slides over the grid to enable, configure, test or disable the selected one.
class MarketplaceView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketplaceView)
public:
    MarketplaceView(IntegrationsModel *model, const SetupContext &context,
                    QWidget *parent = nullptr);

    void setOrganizationPlan(const QString &plan) { m_plan = plan; }
    void setContext(const SetupContext &context) { m_context = context; }
    const SetupContext &currentContext() const { return m_context; }
    IntegrationsModel *model() const { return m_model; }
    // Shows an integration in the side panel (slides it in when closed); focus stays.
    void openPanel(const QString &integrationId);
    void closePanel();
    bool isPanelOpen() const;
    // Opens the integration's enable wizard (non-modal); the running one when already open.
    EnableWizard *openWizard(const QString &integrationId);
    EnableWizard *currentWizard() const;
    IntegrationPanel *panel() const { return m_panel; }
    QListView *tiles() const { return m_tiles; }
    PageHeader *header() const { return m_header; }
    StateStack *states() const { return m_states; }

Q_SIGNALS:
    // Show the field-mapping editor on this integration's target.
    void mappingRequested(const QString &integrationId, const QString &target);
    // Show another view (by MainWindow::viewName), e.g. a wizard's next step.
    void viewRequested(const QString &viewName);

private:
    void onStateChanged();
    void loadPartnerRecords(const QString &integrationId);
    void rebuildCategoryChips();
    void updateStates();
    void showAll();
    QModelIndex tileOf(const QString &integrationId) const;
    void testConnection(const QString &integrationId);
    void disableIntegration(const QString &integrationId);

    IntegrationsModel *m_model;
    LocalizedIntegrations *m_localized;
    IntegrationFilterModel *m_filter;
    SetupContext m_context;
    QString m_plan;
    QLineEdit *m_search;
    QHBoxLayout *m_chips;
    QButtonGroup *m_chipGroup;
    PageHeader *m_header;
    MessageBanner *m_banner;
    QListView *m_tiles;
    StateStack *m_states;
    IntegrationPanel *m_panel;
    SlideOver *m_slide;
    QPointer<EnableWizard> m_wizard;
};

} // namespace Tessera
