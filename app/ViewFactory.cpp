#include "ViewFactory.h"

#include "models/activities/ApplicationActivities.h"
#include "models/admin/ApiKeysModel.h"
#include "models/admin/WebhookDeliveriesModel.h"
#include "models/admin/WebhookSecrets.h"
#include "models/admin/WebhooksModel.h"
#include "models/candidates/CandidateDetail.h"
#include "models/dashboard/ActivityStats.h"
#include "models/dashboard/DeliveryStats.h"
#include "models/dashboard/FailedDeliveries.h"
#include "models/dashboard/HealthBoard.h"
#include "models/candidates/CandidateDirectory.h"
#include "models/integrations/IntegrationsModel.h"
#include "models/mapping/CandidateSuggestions.h"
#include "models/mapping/MappingDocument.h"
#include "models/mapping/PreviewModel.h"
#include "models/mapping/SourceFieldsModel.h"
#include "models/plans/PlanActivitiesDocument.h"
#include "models/plans/PlanPalette.h"
#include "models/domain/Integration.h"
#include "models/reference/RecordList.h"
#include "models/reference/ReferenceData.h"
#include "models/search/QuickSearch.h"
#include "models/session/BackendContext.h"
#include "models/session/BackendSession.h"
#include "models/workflows/ExternalWorkflowsModel.h"
#include "ui/admin/ApiKeysView.h"
#include "ui/admin/WebhooksView.h"
#include "ui/candidates/ActivitiesTab.h"
#include "ui/candidates/CandidateDetailPane.h"
#include "ui/candidates/CandidateTabs.h"
#include "ui/candidates/CandidatesView.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/dashboard/FailuresPanel.h"
#include "ui/mapping/FieldMappingsView.h"
#include "ui/marketplace/MarketplaceView.h"
#include "ui/plans/InterviewPlansView.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/UnavailableView.h"

namespace Tessera::ViewFactory {

namespace {

SetupContext setupContext(BackendContext *context)
{
    SetupContext setup;
    setup.backendUrl = context->backend().url;
    setup.reference = context->reference();
    setup.service = context->integrationService();
    setup.partnerConsole = context->partnerConsole();
    setup.secrets = context->secrets();
    setup.settings = context->settings();
    setup.backendId = context->backend().id;
    setup.work = context->backgroundWork();
    return setup;
}

MarketplaceView *marketplace(BackendContext *context)
{
    auto *model = new IntegrationsModel(context->reference()->integrations(), context->client());
    auto *view = new MarketplaceView(model, setupContext(context));
    model->setParent(view);
    return view;
}

FieldMappingsView *fieldMappings(BackendContext *context)
{
    return new FieldMappingsView(
        mappingModels(context->client(), context->reference()->integrations()),
        context->settings(), context->backend().id);
}

// The views that need Tessera's extension methods, with why a plain Ashby backend has none and
// what to do about it.
void showUnavailable(MainWindow &window)
{
    const auto unavailable = [&window](MainWindow::View view, UnavailableView::Text why) {
        window.setViewWidget(view, new UnavailableView(
            [view] { return MainWindow::viewTitle(view); },
            // A QString, not a QStringBuilder that would outlive the temporaries it refers to.
            [why = std::move(why)]() -> QString {
                return why() + u' '
                    + UnavailableView::tr("To use it, connect Tessera to a backend that "
                                          "implements Tessera's extensions (docs/API.md), such "
                                          "as the local sandbox.");
            }));
    };
    unavailable(MainWindow::View::Marketplace, [] {
        return UnavailableView::tr("This backend speaks only Ashby's public API, which has no "
                                   "methods to enable or set up integrations.");
    });
    unavailable(MainWindow::View::FieldMappings, [] {
        return UnavailableView::tr("This backend speaks only Ashby's public API, which has no "
                                   "methods for field mappings.");
    });
    unavailable(MainWindow::View::InterviewPlans, [] {
        return UnavailableView::tr("This backend speaks only Ashby's public API, which has no "
                                   "methods for partner activities on interview plans.");
    });
    unavailable(MainWindow::View::ApiKeys, [] {
        return UnavailableView::tr("This backend speaks only Ashby's public API, which cannot "
                                   "list or create API keys.");
    });
    unavailable(MainWindow::View::Webhooks, [] {
        return UnavailableView::tr("This backend speaks only Ashby's public API, which cannot "
                                   "list webhooks or their deliveries.");
    });
    unavailable(MainWindow::View::Dashboard, [] {
        return UnavailableView::tr("This backend speaks only Ashby's public API, which reports "
                                   "no integration health or delivery statistics.");
    });
}

// The keychain entries of this backend's webhook secrets; null when the console has no store.
WebhookSecrets *webhookSecrets(BackendContext *context)
{
    return context->secrets()
        ? new WebhookSecrets(context->secrets(), context->backend().id, context)
        : nullptr;
}

DashboardView *dashboard(MainWindow &window, BackendContext *context, MarketplaceView *market,
                         WebhookSecrets *secrets, CandidatesView *candidates)
{
    auto *view = new DashboardView(new HealthBoard(context->client()),
                                   new DeliveryStats(context->client()),
                                   new ActivityStats(context->client()),
                                   new FailedDeliveries(context->client()), secrets);
    window.setViewWidget(MainWindow::View::Dashboard, view);
    // The failures table names every integration of the catalog, enabled or not.
    RecordList<Integration> *catalog = context->reference()->integrations();
    const auto nameIntegrations = [view, catalog] {
        QHash<QString, QString> names;
        for (const Integration &integration : catalog->records())
            names.insert(integration.id, integration.name);
        view->failures()->setIntegrations(names);
    };
    QObject::connect(catalog, &ReferenceList::changed, view, nameIntegrations);
    nameIntegrations();
    QObject::connect(view, &DashboardView::marketplaceRequested, &window,
                     [&window] { window.showView(MainWindow::View::Marketplace); });
    // Each Fix opens where its reason is fixed: the webhook, the API keys, the candidate with
    // the run stuck longest, the integration's panel (its setup wizard and connection test).
    QObject::connect(view, &DashboardView::fixRequested, market,
                     [&window, market, candidates](const QString &kind, const QString &id,
                                                   const QString &integrationId) {
                         if (kind == u"activity") {
                             window.showView(MainWindow::View::Candidates);
                             CandidateTabs *tabs = candidates->detailPane()->tabs();
                             candidates->openCandidate(id);
                             if (tabs->activitiesTab())
                                 tabs->setCurrentWidget(tabs->activitiesTab());
                         } else if (kind == u"webhook") {
                             window.showView(MainWindow::View::Webhooks);
                             if (auto *hooks = qobject_cast<WebhooksView *>(
                                     window.viewWidget(MainWindow::View::Webhooks));
                                 hooks && !id.isEmpty() && !hooks->selectWebhook(id)) {
                                 hooks->refresh(); // listed before it existed: ask again, and
                                 hooks->selectWebhook(id); // select it once it is in
                             }
                         } else if (kind == u"apiKey") {
                             window.showView(MainWindow::View::ApiKeys);
                             if (auto *keys = qobject_cast<ApiKeysView *>(
                                     window.viewWidget(MainWindow::View::ApiKeys));
                                 keys && !id.isEmpty() && !keys->selectKey(id)) {
                                 keys->refresh();
                                 keys->selectKey(id);
                             }
                         } else if (kind == u"wizard") {
                             window.showView(MainWindow::View::Marketplace);
                             market->openWizard(integrationId);
                         } else { // test: the panel has "Test connection"
                             window.showView(MainWindow::View::Marketplace);
                             market->openPanel(integrationId);
                         }
                     });
    return view;
}

} // namespace

FieldMappingsView::Models mappingModels(ApiClient *client,
                                        RecordList<Integration> *integrations)
{
    auto *document = new MappingDocument(client);
    return {new SourceFieldsModel(client), document, new PreviewModel(client, document),
            new CandidateSuggestions(client), new ExternalWorkflowsModel(client, integrations),
            integrations};
}

InterviewPlansView *interviewPlans(ApiClient *client, ReferenceData *reference,
                                   Settings *settings, const QString &backendId)
{
    return new InterviewPlansView(reference, new PlanActivitiesDocument(client),
                                  new PlanPalette(client, reference->integrations()), settings,
                                  backendId);
}

void install(MainWindow &window, BackendContext *context)
{
    auto *activities = new ApplicationActivities(context->client(),
                                                 context->reference()->integrations());
    // Activities are an extension: a backend with Ashby's public API only is not asked.
    activities->setSupported(!context->isConnected() || context->hasExtensions());
    auto *candidates = new CandidatesView(context->candidates(),
                                          new CandidateDetail(context->client()),
                                          context->reference(), activities);
    window.setViewWidget(MainWindow::View::Candidates, candidates);
    QObject::connect(candidates, &CandidatesView::refreshRequested, context->reference(),
                     &ReferenceData::refreshAll);
    MarketplaceView *market = marketplace(context);
    window.setViewWidget(MainWindow::View::Marketplace, market);
    auto *keys = new ApiKeysView(new ApiKeysModel(context->client()));
    auto *deliveries = new WebhookDeliveriesModel(context->client());
    deliveries->setBackgroundWork(context->backgroundWork());
    WebhookSecrets *secrets = webhookSecrets(context);
    auto *webhooks = new WebhooksModel(context->client());
    webhooks->setSecrets(secrets);
    auto *hooks = new WebhooksView(webhooks, deliveries);
    window.setViewWidget(MainWindow::View::ApiKeys, keys);
    window.setViewWidget(MainWindow::View::Webhooks, hooks);
    FieldMappingsView *mappings = fieldMappings(context);
    window.setViewWidget(MainWindow::View::FieldMappings, mappings);
    DashboardView *dash = dashboard(window, context, market, secrets, candidates);
    QObject::connect(market, &MarketplaceView::mappingRequested, mappings,
                     [&window, mappings](const QString &integrationId, const QString &target) {
                         window.showView(MainWindow::View::FieldMappings);
                         mappings->open(integrationId, target);
                     });
    QObject::connect(market, &MarketplaceView::viewRequested, &window,
                     [&window](const QString &viewName) {
                         if (const auto view = MainWindow::viewNamed(viewName))
                             window.showView(*view);
                     });
    QObject::connect(mappings, &FieldMappingsView::marketplaceRequested, &window,
                     [&window] { window.showView(MainWindow::View::Marketplace); });
    InterviewPlansView *plans = interviewPlans(context->client(), context->reference(),
                                               context->settings(), context->backend().id);
    window.setViewWidget(MainWindow::View::InterviewPlans, plans);
    QObject::connect(plans, &InterviewPlansView::marketplaceRequested, market,
                     [&window, market](const QString &integrationId) {
                         window.showView(MainWindow::View::Marketplace);
                         if (!integrationId.isEmpty())
                             market->openPanel(integrationId);
                     });

    // Ctrl+K: the window shows the view; the view shows the record.
    // Each with its view as the context: a backend without extensions replaces the marketplace.
    QObject::connect(&window, &MainWindow::quickTargetChosen, market,
                     [market](const QuickTarget &target) {
                         if (target.kind == QuickTarget::Kind::Integration)
                             market->openPanel(target.id);
                     });
    QObject::connect(&window, &MainWindow::quickTargetChosen, candidates,
                     [candidates](const QuickTarget &target) {
                         if (target.kind == QuickTarget::Kind::Candidate)
                             candidates->selectCandidate(target.id);
                     });
    context->quickSearch()->setAdminModels(hooks->model(), keys->model());
    QObject::connect(&window, &MainWindow::quickTargetChosen, hooks,
                     [hooks](const QuickTarget &target) {
                         if (target.kind == QuickTarget::Kind::Webhook)
                             hooks->selectWebhook(target.id);
                     });
    QObject::connect(&window, &MainWindow::quickTargetChosen, keys,
                     [keys](const QuickTarget &target) {
                         if (target.kind == QuickTarget::Kind::ApiKey)
                             keys->selectKey(target.id);
                     });
    QObject::connect(&window, &MainWindow::quickTargetChosen, plans,
                     [plans](const QuickTarget &target) {
                         if (target.kind == QuickTarget::Kind::Job)
                             plans->openJob(target.id);
                     });

    // The extension views load once the session is connected, and again after a reconnect.
    // `market` is the context object: once it is replaced, its views are gone too.
    const auto onConnected = [&window, context, market, keys, hooks, mappings, plans, dash,
                              activities] {
        activities->setSupported(context->hasExtensions());
        if (!context->hasExtensions()) {
            showUnavailable(window);
            return;
        }
        SetupContext setup = market->currentContext();
        setup.partnerConsole = context->partnerConsole();
        market->setContext(setup);
        market->setOrganizationPlan(context->session()->organization().plan);
        market->model()->load(); // a reconnect refreshes it with the rest of the reference data
        keys->refresh();
        hooks->refresh();
        mappings->start();
        plans->start();
        dash->refresh();
        dash->board()->startAutoRefresh();
    };
    QObject::connect(context, &BackendContext::connected, market, onConnected);
    if (context->isConnected())
        onConnected();
}

} // namespace Tessera::ViewFactory
