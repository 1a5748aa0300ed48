#include "ViewFactory.h"

#include "models/integrations/IntegrationService.h"
#include "models/integrations/IntegrationsModel.h"
#include "models/integrations/PartnerConsole.h"
#include "models/session/BackendSession.h"
#include "ui/admin/ApiKeysView.h"
#include "ui/admin/WebhooksView.h"
#include "ui/candidates/CandidatesView.h"
#include "ui/mapping/FieldMappingsView.h"
#include "ui/marketplace/MarketplaceView.h"
#include "ui/shell/MainWindow.h"

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
    view->setContext(context);
    // The plan and whether partners are simulated are known once the session is connected.
    BackendSession *session = dependencies.session;
    const auto onConnected = [view, model, session, client = dependencies.client] {
        if (session->state() != BackendSession::State::Connected)
            return;
        const Organization &organization = session->organization();
        SetupContext updated = view->currentContext();
        if (organization.hasPartnerConsole && !updated.partnerConsole)
            updated.partnerConsole = new PartnerConsole(client, view);
        view->setContext(updated);
        view->setOrganizationPlan(organization.plan);
        model->load();
    };
    QObject::connect(session, &BackendSession::stateChanged, view, onConnected);
    onConnected();
    return view;
}

FieldMappingsView *fieldMappings(const Dependencies &dependencies)
{
    auto *view = new FieldMappingsView(dependencies.client, dependencies.settings,
                                       dependencies.backendId);
    BackendSession *session = dependencies.session;
    const auto onConnected = [view, session] {
        if (session->state() == BackendSession::State::Connected)
            view->start();
    };
    QObject::connect(session, &BackendSession::stateChanged, view, onConnected);
    onConnected();
    return view;
}

} // namespace

void install(MainWindow &window, const Dependencies &dependencies)
{
    window.setViewWidget(MainWindow::View::Candidates,
                         new CandidatesView(dependencies.directory, dependencies.client));
    window.setViewWidget(MainWindow::View::Marketplace, marketplace(dependencies));
    auto *keys = new ApiKeysView(dependencies.client);
    auto *hooks = new WebhooksView(dependencies.client);
    window.setViewWidget(MainWindow::View::ApiKeys, keys);
    window.setViewWidget(MainWindow::View::Webhooks, hooks);
    // Both load once the session is connected, and again after a reconnect or a new key.
    BackendSession *session = dependencies.session;
    const auto reloadAdmin = [keys, hooks, session] {
        if (session->state() != BackendSession::State::Connected)
            return;
        keys->refresh();
        hooks->refresh();
    };
    QObject::connect(session, &BackendSession::stateChanged, keys, reloadAdmin);
    reloadAdmin();
    FieldMappingsView *mappings = fieldMappings(dependencies);
    window.setViewWidget(MainWindow::View::FieldMappings, mappings);
    auto *market = qobject_cast<MarketplaceView *>(
        window.viewWidget(MainWindow::View::Marketplace));
    QObject::connect(market, &MarketplaceView::mappingRequested, mappings,
                     [&window, mappings](const QString &integrationId, const QString &target) {
                         window.showView(MainWindow::View::FieldMappings);
                         mappings->open(integrationId, target);
                     });
}

} // namespace Tessera::ViewFactory
