#include "ViewFactory.h"

#include "candidates/CandidatesView.h"
#include "integrations/IntegrationService.h"
#include "integrations/IntegrationsModel.h"
#include "integrations/PartnerConsole.h"
#include "marketplace/MarketplaceView.h"
#include "session/BackendSession.h"
#include "shell/MainWindow.h"

namespace Tessera::ViewFactory {

namespace {

QWidget *marketplace(const Dependencies &dependencies)
{
    auto *model = new IntegrationsModel(dependencies.client);
    SetupContext context;
    context.client = dependencies.client;
    context.settings = dependencies.settings;
    context.secrets = dependencies.secrets;
    context.backendId = dependencies.backendId;
    auto *view = new MarketplaceView(model, context);
    model->setParent(view);
    // The view owns the services; they only hold the client.
    context.service = new IntegrationService(dependencies.client, view);
    const Organization &organization = dependencies.session->organization();
    if (organization.hasPartnerConsole)
        context.partnerConsole = new PartnerConsole(dependencies.client, view);
    view->setContext(context);
    view->setOrganizationPlan(organization.plan);
    model->load();
    return view;
}

} // namespace

void install(MainWindow &window, const Dependencies &dependencies)
{
    window.setViewWidget(MainWindow::View::Candidates,
                         new CandidatesView(dependencies.directory, dependencies.client));
    window.setViewWidget(MainWindow::View::Marketplace, marketplace(dependencies));
}

} // namespace Tessera::ViewFactory
