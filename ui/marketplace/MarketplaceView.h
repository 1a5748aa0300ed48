#pragma once

#include "ui/wizards/SetupContext.h"

#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListView;

namespace Tessera {

class EnableWizard;
class IntegrationFilterModel;
class IntegrationPanel;
class IntegrationsModel;
class MessageBanner;

// Integration tiles in a responsive grid with search and category chips, and a side panel
// to enable, configure, test or disable the selected one.
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
    void openPanel(const QString &integrationId);
    // Opens the integration's enable wizard (non-modal); the running one when already open.
    EnableWizard *openWizard(const QString &integrationId);
    EnableWizard *currentWizard() const;
    IntegrationPanel *panel() const { return m_panel; }
    QListView *tiles() const { return m_tiles; }

Q_SIGNALS:
    // Show the field-mapping editor on this integration's target.
    void mappingRequested(const QString &integrationId, const QString &target);

private:
    void onStateChanged();
    void loadPartnerRecords(const QString &integrationId);
    void rebuildCategoryChips();
    void updateEmptyState();
    void testConnection(const QString &integrationId);
    void disableIntegration(const QString &integrationId);

    IntegrationsModel *m_model;
    IntegrationFilterModel *m_filter;
    SetupContext m_context;
    QString m_plan;
    QLineEdit *m_search;
    QHBoxLayout *m_chips;
    QButtonGroup *m_chipGroup;
    MessageBanner *m_banner;
    QLabel *m_emptyState;
    QListView *m_tiles;
    IntegrationPanel *m_panel;
    QPointer<EnableWizard> m_wizard;
};

} // namespace Tessera
