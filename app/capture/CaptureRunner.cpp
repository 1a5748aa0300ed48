#include "CaptureRunner.h"

#include "app/ConsoleController.h"
#include "app/SandboxHost.h"

#include "models/activities/ApplicationActivities.h"
#include "models/activities/OfferActivities.h"
#include "models/candidates/OffersModel.h"
#include "models/admin/ApiKeysModel.h"
#include "models/admin/WebhooksModel.h"
#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/candidates/CandidateDetail.h"
#include "models/candidates/CandidateDirectory.h"
#include "models/candidates/CandidatesModel.h"
#include "models/core/LoadStatus.h"
#include "models/dashboard/DeliveryStats.h"
#include "models/dashboard/FailedDeliveries.h"
#include "models/dashboard/HealthBoard.h"
#include "models/integrations/IntegrationService.h"
#include "models/integrations/IntegrationsModel.h"
#include "models/mapping/CandidateLookup.h"
#include "models/mapping/MappingDocument.h"
#include "models/mapping/PreviewModel.h"
#include "models/mapping/SourceFieldsModel.h"
#include "models/plans/PlanActivitiesDocument.h"
#include "models/plans/PlanPalette.h"
#include "models/reference/ReferenceData.h"
#include "models/session/BackendContext.h"
#include "models/workflows/ExternalWorkflowsModel.h"
#include "ui/admin/ApiKeysView.h"
#include "ui/admin/WebhooksView.h"
#include "ui/candidates/ActivitiesTab.h"
#include "ui/candidates/CandidateActivityCard.h"
#include "ui/candidates/CandidateDetailPane.h"
#include "ui/candidates/CandidateTabs.h"
#include "ui/candidates/CandidatesView.h"
#include "ui/candidates/OfferWorkflowPanel.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/dashboard/FailuresPanel.h"
#include "ui/mapping/ExternalWorkflowDialog.h"
#include "ui/mapping/ExternalWorkflowsPane.h"
#include "ui/mapping/FieldMappingsView.h"
#include "ui/mapping/PreviewPane.h"
#include "ui/mapping/TransformChainEditor.h"
#include "ui/marketplace/MarketplaceView.h"
#include "ui/plans/InterviewPlansView.h"
#include "ui/plans/StageColumn.h"
#include "ui/shell/MainWindow.h"
#include "ui/wizards/EnableWizard.h"
#include "WizardDriver.h"

#include <QApplication>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QJsonArray>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

// Justifacts' "Standard background check" and "Reference check" packages, as its stand-in lists
// them (assessment_type_id is a UUID in Ashby's API).
const QString standardCheckPackage = QStringLiteral("6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b02");
const QString referenceCheckPackage = QStringLiteral("6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b04");

constexpr int deadlineMs = 300'000;
} // namespace

CaptureRunner::CaptureRunner(ConsoleController *console, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_console(console)
    , m_directory(directory)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { fail(u"the capture did not finish within 300 s"_s); });
    m_deadline.start(deadlineMs);
    connect(console, &ConsoleController::ready, this, [this] {
        if (!m_started) {
            m_started = true;
            openFirstCandidate();
        }
    });
    connect(console, &ConsoleController::fatalError, this, &CaptureRunner::fail);
    connect(console, &ConsoleController::contextChanged, this, [this](BackendContext *context) {
        connect(context->candidates(), &CandidateDirectory::progressChanged, this,
                [this](qint64 loaded) {
                    if (loaded > 0 && !m_loadingCaptured) {
                        m_loadingCaptured = true;
                        QMetaObject::invokeMethod(this, &CaptureRunner::captureLoadingState,
                                                  Qt::QueuedConnection);
                    }
                });
    });
}

// The first sync from zero, while it runs: the Candidates page and the status bar's counts.
void CaptureRunner::captureLoadingState()
{
    if (!m_directory.mkpath(u"."_s)) {
        fail(u"cannot create "_s + m_directory.absolutePath());
        return;
    }
    MainWindow *window = m_console->window();
    window->resize(1280, 800);
    window->showView(MainWindow::View::Candidates);
    save(window, u"state-loading"_s);
}

// The Candidates picture shows a candidate's detail, so open one and wait for it to load.
void CaptureRunner::openFirstCandidate()
{
    auto *view = qobject_cast<CandidatesView *>(
        m_console->window()->viewWidget(MainWindow::View::Candidates));
    CandidatesModel *model = m_console->context()->candidates()->model();
    if (!view || model->rowCount() == 0) {
        QMetaObject::invokeMethod(this, &CaptureRunner::captureAll, Qt::QueuedConnection);
        return;
    }
    connect(view->detail(), &CandidateDetail::stateChanged, this, [this](LoadState state) {
        if (state == LoadState::Ready) // after the panes that show it took the news
            QMetaObject::invokeMethod(this, &CaptureRunner::captureAll, Qt::QueuedConnection);
        else if (state == LoadState::Failed)
            fail(u"the candidate detail did not load"_s);
    });
    m_console->window()->showView(MainWindow::View::Candidates);
    view->selectCandidate(model->index(0, 0).data(CandidatesModel::IdRole).toString());
}

void CaptureRunner::captureAll()
{
    if (m_captured)
        return;
    m_captured = true;
    if (!m_directory.mkpath(u"."_s)) {
        fail(u"cannot create "_s + m_directory.absolutePath());
        return;
    }
    MainWindow *window = m_console->window();
    window->resize(1280, 800);
    const auto views = {MainWindow::View::Marketplace, MainWindow::View::FieldMappings,
                        MainWindow::View::InterviewPlans, MainWindow::View::Candidates,
                        MainWindow::View::Dashboard, MainWindow::View::Settings,
                        MainWindow::View::ApiKeys, MainWindow::View::Webhooks};
    for (const MainWindow::View view : views) {
        window->showView(view);
        QApplication::processEvents();
        const QString file = m_directory.filePath(MainWindow::viewName(view) + u".png"_s);
        if (!window->grab().save(file)) {
            fail(u"cannot write "_s + file);
            return;
        }
    }
    m_saved += int(views.size());
    auto *hooks = qobject_cast<WebhooksView *>(window->viewWidget(MainWindow::View::Webhooks));
    if (hooks && hooks->model()->rowCount() == 0) { // a new sandbox has none yet
        window->showView(MainWindow::View::Webhooks);
        QApplication::processEvents();
        if (!save(window, u"state-empty"_s))
            return;
    }
    captureFieldMappings();
}

void CaptureRunner::whenReady(const std::function<bool()> &ready, const QString &what,
                              const std::function<void()> &next, const QList<QObject *> &watched)
{
    if (ready()) {
        next();
        return;
    }
    // One waiter per wait: it goes (and so do its connections) once it has answered.
    auto *waiter = new QObject(this);
    const auto check = [waiter, ready, next] {
        if (waiter->property("answered").toBool() || !ready())
            return;
        waiter->setProperty("answered", true);
        waiter->deleteLater();
        next();
    };
    for (QObject *source : watched) {
        if (auto *status = qobject_cast<LoadStatus *>(source))
            connect(status, &LoadStatus::stateChanged, waiter, check);
        else if (auto *offer = qobject_cast<OfferActivities *>(source))
            connect(offer, &OfferActivities::changed, waiter, check);
        else if (auto *model = qobject_cast<QAbstractItemModel *>(source)) {
            connect(model, &QAbstractItemModel::rowsInserted, waiter, check);
            connect(model, &QAbstractItemModel::modelReset, waiter, check);
            connect(model, &QAbstractItemModel::dataChanged, waiter, check);
        }
    }
    QTimer::singleShot(30'000, waiter, [this, waiter, what] {
        if (!waiter->property("answered").toBool())
            fail(what);
    });
}

// The editor on Sora's employee mapping: workState from the candidate's state through a value
// map (CA → California), previewed for a candidate in California.
void CaptureRunner::captureFieldMappings()
{
    MainWindow *window = m_console->window();
    auto *view = qobject_cast<FieldMappingsView *>(
        window->viewWidget(MainWindow::View::FieldMappings));
    if (!view) {
        captureMarketplace();
        return;
    }
    window->showView(MainWindow::View::FieldMappings);
    view->open(u"sora"_s, u"employee"_s);
    const auto loaded = [view] {
        return view->document()->status()->state() == LoadState::Ready
            && view->document()->integrationId() == u"sora"
            && view->sourceFields()->status()->state() != LoadState::Loading;
    };
    const QList<QObject *> editor{view->document()->status(), view->sourceFields()->status(),
                                  view->preview()->status()};
    whenReady(loaded, u"the Sora mapping did not load"_s, [this, view, window, editor] {
        MappingDocument *document = view->document();
        document->mapSource(u"workState"_s, u"candidate.locationRegion"_s);
        const QJsonObject map{{u"CA"_s, u"California"_s}, {u"NY"_s, u"New York"_s},
                              {u"TX"_s, u"Texas"_s}, {u"WA"_s, u"Washington"_s}};
        document->setTransforms(u"workState"_s,
                                QJsonArray{QJsonObject{{u"type"_s, u"valueMap"_s}, {u"map"_s, map}}});
        view->selectTarget(u"workState"_s);
        findCandidateEmailInRegion(
            m_console->context()->client(), u"CA"_s, this, [this, view, window, editor](const Outcome<QString> &email) {
                if (!email.ok() || email.value.isEmpty()) {
                    fail(u"no candidate in California to preview"_s);
                    return;
                }
                view->previewPane()->showCandidate(email.value);
                const auto previewed = [view] {
                    return view->preview()->status()->state() == LoadState::Ready
                        || view->preview()->status()->state() == LoadState::Failed;
                };
                whenReady(previewed, u"the mapping preview did not load"_s, [this, view, window] {
                    QApplication::processEvents();
                    if (!save(window, u"field-mappings"_s))
                        return;
                    --m_saved; // field-mappings.png was already counted with the views
                    if (!save(view->transformEditor(), u"value-map-editor"_s))
                        return;
                    captureJuroWorkflows();
                }, editor);
            });
    }, editor);
}

// Juro's external workflows above the editor (two made here unless some exist), then the
// New workflow dialog.
void CaptureRunner::captureJuroWorkflows()
{
    MainWindow *window = m_console->window();
    auto *view = qobject_cast<FieldMappingsView *>(
        window->viewWidget(MainWindow::View::FieldMappings));
    ExternalWorkflowsPane *pane = view->workflowsPane();
    view->open(u"juro"_s, u"workflow:employment-contract"_s);
    const auto loaded = [view, pane] {
        return view->document()->status()->state() == LoadState::Ready
            && view->document()->integrationId() == u"juro"
            && (pane->model()->status()->state() == LoadState::Ready
                || pane->model()->status()->state() == LoadState::Failed);
    };
    const QList<QObject *> watched{view->document()->status(), view->preview()->status(),
                                   pane->model()->status(), pane->model()};
    whenReady(loaded, u"the Juro mapping or its workflows did not load"_s, [this, view, pane,
                                                                          window, watched] {
        ExternalWorkflowsModel *model = pane->model();
        if (model->status()->state() == LoadState::Ready && model->rowCount() == 0) {
            model->create(tr("Employment contract (UK)"), u"offer"_s, u"employment-contract"_s);
            model->create(tr("Contractor agreement"), u"interviewPlanActivity"_s,
                          u"contractor-agreement"_s);
        }
        // A mapping under way, previewed for the same candidate as Sora's.
        MappingDocument *document = view->document();
        const QList<std::pair<QString, QString>> rows{
            {u"employeeName"_s, u"candidate.name"_s},
            {u"employeeEmail"_s, u"candidate.personalEmail"_s},
            {u"jobTitle"_s, u"job.title"_s},
            {u"startDate"_s, u"offer.startDate"_s},
            {u"annualSalary"_s, u"offer.salary.value"_s},
            {u"salaryCurrency"_s, u"offer.salary.currencyCode"_s}};
        for (const auto &[target, source] : rows)
            if (!document->row(target))
                document->mapSource(target, source);
        view->selectTarget(u"employeeName"_s);
        view->preview()->refresh(); // now, not after the debounce: the wait below needs it
        const auto listed = [model, view] {
            return (model->status()->state() != LoadState::Ready || model->rowCount() >= 2)
                && (view->preview()->status()->state() == LoadState::Ready
                    || view->preview()->status()->state() == LoadState::Failed);
        };
        whenReady(listed, u"the Juro workflows were not created"_s, [this, pane, window] {
            const ExternalWorkflow *first = pane->model()->workflow(0);
            if (!first) {
                fail(u"the Juro workflows did not load"_s);
                return;
            }
            pane->selectWorkflow(first->id);
            QApplication::processEvents(); // the selection's detail lays out before the grab
            if (!save(window, u"field-mappings-juro"_s))
                return;
            captureWorkflowDialog(pane);
        }, watched);
    }, watched);
}

void CaptureRunner::captureWorkflowDialog(ExternalWorkflowsPane *pane)
{
    pane->newWorkflow();
    auto *dialog = pane->findChild<ExternalWorkflowDialog *>();
    if (!dialog) {
        fail(u"the New workflow dialog did not open"_s);
        return;
    }
    dialog->titleEdit()->setText(tr("Offer NDA"));
    dialog->selectEntryPoint(u"offer"_s);
    QApplication::processEvents();
    if (!save(dialog, u"workflow-dialog"_s))
        return;
    dialog->reject();
    captureMarketplace();
}

bool CaptureRunner::save(QWidget *widget, const QString &name)
{
    const QString file = m_directory.filePath(name + u".png"_s);
    if (!widget->grab().save(file)) {
        fail(u"cannot write "_s + file);
        return false;
    }
    ++m_saved;
    return true;
}

void CaptureRunner::captureMarketplace()
{
    MainWindow *window = m_console->window();
    auto *marketplace = qobject_cast<MarketplaceView *>(
        window->viewWidget(MainWindow::View::Marketplace));
    if (!marketplace) {
        fail(u"the marketplace view is missing"_s);
        return;
    }
    window->showView(MainWindow::View::Marketplace);
    marketplace->openPanel(u"juro"_s);
    QApplication::processEvents();
    if (!save(window, u"marketplace-panel"_s))
        return;
    if (marketplace->currentContext().partnerConsole)
        m_tour = QStringList{u"juro"_s, u"willo"_s, u"humaans"_s, u"sora"_s, u"justifacts"_s};
    tourNextWizard();
}

void CaptureRunner::tourNextWizard()
{
    MainWindow *window = m_console->window();
    auto *marketplace = qobject_cast<MarketplaceView *>(
        window->viewWidget(MainWindow::View::Marketplace));
    if (m_tour.isEmpty()) {
        // Once the keys and webhooks are read again and every tile says Enabled, show the grid.
        auto *keys = qobject_cast<ApiKeysView *>(window->viewWidget(MainWindow::View::ApiKeys));
        auto *hooks = qobject_cast<WebhooksView *>(window->viewWidget(MainWindow::View::Webhooks));
        if (!keys || !hooks) {
            fail(u"the API keys or Webhooks view is missing"_s);
            return;
        }
        keys->refresh();
        hooks->refresh();
        IntegrationsModel *integrations = marketplace->model();
        const auto settled = [keys, hooks, integrations] {
            for (const Integration &integration : integrations->integrations())
                if (!integration.isEnabled())
                    return false;
            return keys->model()->status()->state() == LoadState::Ready
                && hooks->model()->status()->state() == LoadState::Ready;
        };
        const QList<QObject *> watched{keys->model()->status(), hooks->model()->status(),
                                       integrations};
        whenReady(settled, u"the tour's integrations, keys or webhooks did not settle"_s,
                  [this, window, marketplace] {
            marketplace->openPanel(u"willo"_s);
            QApplication::processEvents();
            if (!save(window, u"marketplace-enabled"_s))
                return;
            // The keys and webhooks the five wizards made.
            window->showView(MainWindow::View::ApiKeys);
            QApplication::processEvents();
            if (!save(window, u"api-keys-after-tour"_s))
                return;
            window->showView(MainWindow::View::Webhooks);
            QApplication::processEvents();
            if (!save(window, u"webhooks-after-tour"_s))
                return;
            captureInterviewPlans();
        }, watched);
        return;
    }
    const QString id = m_tour.takeFirst();
    EnableWizard *wizard = marketplace->openWizard(id);
    if (!wizard) {
        fail(u"no wizard for "_s + id);
        return;
    }
    wizard->resize(860, 620);
    auto *driver = new WizardDriver(wizard, this);
    driver->setCaptureDirectory(m_directory);
    connect(driver, &WizardDriver::finished, this,
            [this, driver, id](bool ok, const QString &message) {
                driver->deleteLater();
                if (!ok) {
                    fail(u"enabling %1 failed: %2"_s.arg(id, message));
                    return;
                }
                m_saved += int(driver->savedFiles().size());
                // After the wizard's own finishing signals have run.
                QMetaObject::invokeMethod(this, &CaptureRunner::tourNextWizard,
                                          Qt::QueuedConnection);
            });
    driver->start();
}

void CaptureRunner::callThen(const QString &method, const QJsonObject &body,
                             const std::function<void(ApiCall *)> &next)
{
    ApiCall *call = m_console->context()->client()->call(method, body, this);
    connect(call, &ApiCall::finished, this, [call, next] {
        next(call);
        call->deleteLater();
    });
}

// Made for real through the API after the tour enabled everything: a Juro workflow that starts
// from an interview plan, Willo linked to the screening stage, two packages on Background
// Check, then the partner withdraws one of them.
void CaptureRunner::captureInterviewPlans()
{
    callThen(u"job.list"_s, {{u"limit"_s, 1}}, [this](ApiCall *jobs) {
        const QJsonObject job = jobs->results().toArray().at(0).toObject();
        const QString jobId = job[u"id"_s].toString();
        const QString planId = job[u"defaultInterviewPlanId"_s].toString();
        if (planId.isEmpty()) {
            fail(u"no job with an interview plan for the designer"_s);
            return;
        }
        callThen(u"interviewStage.list"_s, {{u"interviewPlanId"_s, planId}},
                 [this, jobId, planId](ApiCall *stageList) {
            QHash<QString, QString> stages;
            QString beforeCheck;
            QString previous;
            for (const QJsonValue stage : stageList->results().toArray()) {
                const QString title = stage[u"title"_s].toString();
                stages.insert(title, stage[u"id"_s].toString());
                if (title == u"Background Check"_s)
                    beforeCheck = previous;
                previous = stage[u"id"_s].toString();
            }
            const QJsonObject workflow{{u"integrationId"_s, u"juro"_s},
                                       {u"title"_s, u"Employment contract"_s},
                                       {u"entryPoint"_s, u"interviewPlanActivity"_s},
                                       {u"templateId"_s, u"employment-contract"_s}};
            // It may exist already (a capture on a data directory used before).
            callThen(u"externalWorkflow.create"_s, workflow, [=, this](ApiCall *) {
                callThen(u"externalWorkflow.list"_s, {{u"integrationId"_s, u"juro"_s}},
                         [=, this](ApiCall *workflows) {
                    QString workflowId;
                    for (const QJsonValue item : workflows->results().toArray())
                        if (item[u"entryPoint"_s].toString() == u"interviewPlanActivity"_s)
                            workflowId = item[u"id"_s].toString();
                    const QJsonObject link{{u"jobId"_s, jobId},
                                           {u"interviewStageId"_s, stages.value(u"Recruiter Screen"_s)},
                                           {u"interviewTitle"_s, u"Phone screen questions"_s}};
                    callThen(u"partnerConsole.willo.linkInterview"_s, link, [=, this](ApiCall *) {
                        callThen(u"interviewPlanActivity.list"_s, {{u"interviewPlanId"_s, planId}},
                                 [=, this](ApiCall *current) {
                            const QString check = stages.value(u"Background Check"_s);
                            const auto package = [check](const QString &id) {
                                return QJsonObject{{u"interviewStageId"_s, check},
                                                   {u"kind"_s, u"assessment"_s},
                                                   {u"integrationId"_s, u"justifacts"_s},
                                                   {u"config"_s, QJsonObject{{u"assessmentTypeId"_s, id}}}};
                            };
                            QJsonArray activities{package(standardCheckPackage),
                                                  package(referenceCheckPackage)};
                            if (!workflowId.isEmpty())
                                activities.append(QJsonObject{
                                    {u"interviewStageId"_s, beforeCheck},
                                    {u"kind"_s, u"externalWorkflow"_s},
                                    {u"integrationId"_s, u"juro"_s},
                                    {u"config"_s, QJsonObject{{u"externalWorkflowId"_s, workflowId}}}});
                            const QJsonObject set{
                                {u"interviewPlanId"_s, planId},
                                {u"version"_s, current->results()[u"version"_s].toInt()},
                                {u"activities"_s, activities}};
                            callThen(u"interviewPlanActivity.set"_s, set, [=, this](ApiCall *saved) {
                                if (saved->error().isError()) {
                                    fail(u"the designer's demo plan was refused: "_s
                                         + saved->error().serverMessage());
                                    return;
                                }
                                callThen(u"partnerConsole.justifacts.withdrawPackage"_s,
                                         {{u"assessmentTypeId"_s, referenceCheckPackage}},
                                         [=, this](ApiCall *) { showInterviewPlans(jobId, planId); });
                            });
                        });
                    });
                });
            });
        });
    });
}

void CaptureRunner::showInterviewPlans(const QString &jobId, const QString &planId)
{
    MainWindow *window = m_console->window();
    auto *plans = qobject_cast<InterviewPlansView *>(
        window->viewWidget(MainWindow::View::InterviewPlans));
    if (!plans) {
        fail(u"the interview plans view is missing"_s);
        return;
    }
    window->showView(MainWindow::View::InterviewPlans);
    plans->openJob(jobId);
    plans->document()->reload();
    plans->palette()->load();
    auto *stages = m_console->context()->reference()->stages(planId);
    const auto ready = [plans, stages] {
        return plans->document()->status()->state() == LoadState::Ready
            && plans->palette()->status()->state() == LoadState::Ready
            && stages->status()->hasLoaded() && !plans->columns().isEmpty();
    };
    whenReady(ready, u"the interview plan did not load"_s, [this, window, plans] {
        // Wide enough for the stages from screening to offer side by side.
        window->resize(1680, 900);
        QApplication::processEvents();
        for (StageColumn *column : plans->columns())
            if (column->title() == u"Recruiter Screen"_s)
                plans->boardArea()->horizontalScrollBar()->setValue(column->x());
        QApplication::processEvents();
        if (!save(window, u"interview-plans"_s))
            return;
        window->resize(1280, 800);
        captureMarketplaceStates();
    }, {plans->document()->status(), plans->palette()->status(), stages->status()});
}

// Tiles in each state an admin meets: Willo's key revoked (Needs attention), Sora disabled
// (Available), the others Enabled. Made for real through the API, then read back.
void CaptureRunner::captureMarketplaceStates()
{
    BackendContext *context = m_console->context();
    ApiCall *list = context->client()->call(u"apiKey.list"_s, {}, this);
    connect(list, &ApiCall::finished, this, [this, context, list] {
        QString willoKey;
        for (const QJsonValue key : list->results().toArray())
            if (key[u"integrationPartner"_s].toString() == u"Willo"
                && !key[u"isRevoked"_s].toBool())
                willoKey = key[u"id"_s].toString();
        if (willoKey.isEmpty()) {
            fail(u"no active key of Willo's to revoke"_s);
            return;
        }
        ApiCall *revoke = context->client()->call(u"apiKey.revoke"_s,
                                                  {{u"apiKeyId"_s, willoKey}}, this);
        connect(revoke, &ApiCall::finished, this, [this, context, revoke] {
            if (revoke->error().isError()) {
                fail(u"revoking Willo's key failed: "_s + revoke->error().userMessage());
                return;
            }
            context->integrationService()->disable(
                u"sora"_s, this, [this, context](const Outcome<Integration> &disabled) {
                    if (!disabled.ok()) {
                        fail(u"disabling Sora failed: "_s + disabled.error.userMessage());
                        return;
                    }
                    showMarketplaceStates(context);
                });
        });
    });
}

void CaptureRunner::showMarketplaceStates(BackendContext *context)
{
    MainWindow *window = m_console->window();
    auto *marketplace = qobject_cast<MarketplaceView *>(
        window->viewWidget(MainWindow::View::Marketplace));
    RecordList<Integration> *integrations = context->reference()->integrations();
    integrations->refresh();
    const auto settled = [integrations] {
        const Integration *willo = integrations->find(u"willo"_s);
        const Integration *sora = integrations->find(u"sora"_s);
        return integrations->status()->state() == LoadState::Ready && willo && sora
            && willo->state == Integration::State::NeedsAttention
            && sora->state == Integration::State::Available;
    };
    whenReady(settled, u"Willo did not need attention or Sora stayed enabled"_s,
              [this, window, marketplace] {
                  marketplace->closePanel();
                  window->showView(MainWindow::View::Marketplace);
                  QApplication::processEvents();
                  if (save(window, u"marketplace-states"_s))
                      captureDashboard();
              }, {integrations->status()});
}

// The dashboard with one failing integration: Humaans enabled while its partner is down, over
// the deliveries the sandbox seeded.
void CaptureRunner::captureDashboard()
{
    BackendContext *context = m_console->context();
    auto *dashboard = qobject_cast<DashboardView *>(
        m_console->window()->viewWidget(MainWindow::View::Dashboard));
    if (!context || !dashboard) {
        captureErrorState();
        return;
    }
    const auto call = [this, context](const QString &method, const QJsonObject &body,
                                      const std::function<void()> &next) {
        ApiCall *apiCall = context->client()->call(method, body, this);
        connect(apiCall, &ApiCall::finished, this, [this, apiCall, method, next] {
            if (apiCall->error().isError())
                fail(method + u" failed: "_s + apiCall->error().details());
            else
                next();
        });
    };
    const QJsonObject down{{u"partnerId"_s, u"humaans"_s}, {u"down"_s, true}};
    call(u"integration.enable"_s, {{u"integrationId"_s, u"humaans"_s}}, [this, call, down, dashboard] {
        call(u"partnerConsole.setDown"_s, down, [this, call, dashboard] {
            dashboard->refresh();
            HealthBoard *board = dashboard->board();
            DeliveryStats *stats = dashboard->stats();
            const auto ready = [board, stats] {
                const IntegrationHealth *humaans = board->integration(u"humaans"_s);
                return board->status()->state() == LoadState::Ready
                    && stats->status()->state() == LoadState::Ready && humaans
                    && humaans->state != IntegrationHealth::State::Ok;
            };
            // The failures table over 30 days, so it has rows (seeded failures are spread
            // over the month).
            FailedDeliveries *failures = dashboard->failures()->model();
            dashboard->failures()->setRange(int(DeliveryStats::Range::Month));
            const auto allReady = [ready, failures] {
                return ready() && failures->status()->state() == LoadState::Ready
                    && !failures->isFetching();
            };
            whenReady(allReady, u"the dashboard did not show Humaans failing"_s,
                      [this, call, dashboard] {
                MainWindow *window = m_console->window();
                window->showView(MainWindow::View::Dashboard);
                QApplication::processEvents();
                if (!save(window, u"dashboard"_s))
                    return;
                dashboard->showFailures();
                QApplication::processEvents();
                if (!save(window, u"dashboard-failures"_s))
                    return;
                call(u"partnerConsole.setDown"_s,
                     {{u"partnerId"_s, u"humaans"_s}, {u"down"_s, false}},
                     [this] { captureCandidateActivities(); });
            }, {board->status(), stats->status(), failures->status()});
        });
    });
}

// Made for real: the plan's Juro workflow joins Background Check, a candidate of the first
// job moves there, Justifacts runs a Basic identity check to Complete (about 12 s at the
// embedded sandbox's time scale), then the plan's Standard background check starts and is
// shown while it runs.
void CaptureRunner::captureCandidateActivities()
{
    const auto failed = [this](ApiCall *call, const QString &what) {
        if (!call->error().isError())
            return false;
        fail(what + u": "_s + call->error().details());
        return true;
    };
    callThen(u"job.list"_s, {{u"limit"_s, 1}}, [=, this](ApiCall *jobs) {
        const QJsonObject job = jobs->results().toArray().at(0).toObject();
        const QString jobId = job[u"id"_s].toString();
        const QString planId = job[u"defaultInterviewPlanId"_s].toString();
        callThen(u"interviewStage.list"_s, {{u"interviewPlanId"_s, planId}}, [=, this](ApiCall *stageList) {
            QString check;
            for (const QJsonValue stage : stageList->results().toArray())
                if (stage[u"title"_s].toString() == u"Background Check"_s)
                    check = stage[u"id"_s].toString();
            callThen(u"interviewPlanActivity.list"_s, {{u"interviewPlanId"_s, planId}},
                     [=, this](ApiCall *current) {
                if (failed(current, u"the plan's activities could not be read"_s))
                    return;
                QJsonArray entries;
                QJsonObject workflow;
                bool workflowOnCheck = false;
                for (const QJsonValue value : current->results()[u"activities"_s].toArray()) {
                    QJsonObject entry = value.toObject();
                    entry.remove(u"problems"_s);
                    entry.remove(u"order"_s);
                    entry.remove(u"createdAt"_s);
                    entry.remove(u"updatedAt"_s);
                    entry.remove(u"interviewPlanId"_s);
                    if (entry[u"kind"_s].toString() == u"externalWorkflow"_s) {
                        workflow = entry;
                        workflowOnCheck = workflowOnCheck || entry[u"interviewStageId"_s] == check;
                    }
                    entries.append(entry);
                }
                if (!workflow.isEmpty() && !workflowOnCheck) {
                    workflow.remove(u"id"_s);
                    workflow.insert(u"interviewStageId"_s, check);
                    entries.append(workflow);
                }
                const QJsonObject set{{u"interviewPlanId"_s, planId},
                                      {u"version"_s, current->results()[u"version"_s].toInt()},
                                      {u"activities"_s, entries}};
                callThen(u"interviewPlanActivity.set"_s, set, [=, this](ApiCall *saved) {
                    if (failed(saved, u"the workflow could not join Background Check"_s))
                        return;
                    callThen(u"application.list"_s, {{u"limit"_s, 100}}, [=, this](ApiCall *list) {
                        QString applicationId;
                        QString candidateId;
                        for (const QJsonValue value : list->results().toArray())
                            if (value[u"job"_s][u"id"_s].toString() == jobId
                                && value[u"status"_s].toString() == u"Active"_s) {
                                applicationId = value[u"id"_s].toString();
                                candidateId = value[u"candidate"_s][u"id"_s].toString();
                            }
                        if (applicationId.isEmpty()) {
                            fail(u"no active application for the activities picture"_s);
                            return;
                        }
                        callThen(u"application.changeStage"_s,
                                 {{u"applicationId"_s, applicationId}, {u"interviewStageId"_s, check}},
                                 [=, this](ApiCall *moved) {
                            if (failed(moved, u"the candidate could not move to Background Check"_s))
                                return;
                            const QJsonObject basic{
                                {u"applicationId"_s, applicationId},
                                {u"kind"_s, u"assessment"_s},
                                {u"integrationId"_s, u"justifacts"_s},
                                {u"config"_s, QJsonObject{{u"assessmentTypeId"_s,
                                                           u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01"_s}}}};
                            // Justifacts reports results with a key of its own (the tour
                            // may have revoked or never shared one).
                            const QJsonObject key{{u"integrationPartner"_s, u"Justifacts"_s},
                                                  {u"scopePreset"_s, u"integration:justifacts"_s}};
                            callThen(u"apiKey.create"_s, key, [=, this](ApiCall *created) {
                                if (failed(created, u"no key for Justifacts"_s))
                                    return;
                                const QJsonObject connect{
                                    {u"atsApiKey"_s, created->results()[u"key"_s].toString()}};
                                callThen(u"partnerConsole.justifacts.connect"_s, connect,
                                         [=, this](ApiCall *connected) {
                                    if (failed(connected, u"Justifacts did not take the key"_s))
                                        return;
                                    callThen(u"activity.start"_s, basic, [=, this](ApiCall *started) {
                                        if (failed(started, u"Justifacts did not start the check"_s))
                                            return;
                                        startRunningCheck(applicationId, candidateId);
                                    });
                                });
                            });
                        });
                    });
                });
            });
        });
    });
}

// Once the first check is complete (Justifacts checks one at a time), the plan's check starts.
void CaptureRunner::startRunningCheck(const QString &applicationId, const QString &candidateId)
{
    callThen(u"activity.list"_s, {{u"applicationId"_s, applicationId}}, [=, this](ApiCall *list) {
        QString planned;
        bool complete = false;
        for (const QJsonValue value : list->results()[u"activities"_s].toArray()) {
            if (value[u"status"_s].toString() == u"completed"_s)
                complete = true;
            if (value[u"status"_s].toString() == u"not_started"_s
                && value[u"kind"_s].toString() == u"assessment"_s && planned.isEmpty())
                planned = value[u"planActivityId"_s].toString();
        }
        if (!complete) {
            QTimer::singleShot(1'000, this, [=, this] { startRunningCheck(applicationId, candidateId); });
            return;
        }
        callThen(u"activity.start"_s, {{u"applicationId"_s, applicationId}, {u"planActivityId"_s, planned}},
                 [=, this](ApiCall *started) {
            if (started->error().isError()) {
                fail(u"the plan's check did not start: "_s + started->error().details());
                return;
            }
            showCandidateActivities(candidateId);
        });
    });
}

void CaptureRunner::showCandidateActivities(const QString &candidateId)
{
    MainWindow *window = m_console->window();
    auto *view = qobject_cast<CandidatesView *>(window->viewWidget(MainWindow::View::Candidates));
    if (!view) {
        captureErrorState();
        return;
    }
    window->showView(MainWindow::View::Candidates);
    view->selectCandidate(candidateId);
    CandidateTabs *tabs = view->detailPane()->tabs();
    ActivitiesTab *tab = tabs->activitiesTab();
    tabs->setCurrentWidget(tab);
    ApplicationActivities *model = tab->model();
    const auto ready = [view, model] {
        if (view->detail()->state() != LoadState::Ready
            || model->status()->state() != LoadState::Ready)
            return false;
        bool running = false;
        bool completed = false;
        for (const CandidateActivity &activity : model->activities()) {
            running = running || activity.isRunning();
            completed = completed || activity.status == u"completed"_s;
        }
        return running && completed;
    };
    whenReady(ready, u"the candidate's activities did not show a running and a completed check"_s,
              [this, window, tab] {
                  // Queued: after the tab took the answer this status announced.
                  QMetaObject::invokeMethod(this, [this, window, tab] { saveCandidateActivities(window, tab); },
                                            Qt::QueuedConnection);
              },
              {view->detail()->status(), model->status()});
}

void CaptureRunner::saveCandidateActivities(MainWindow *window, ActivitiesTab *tab)
{
    Q_UNUSED(tab) // shown as it loaded: the four cards fit without scrolling
    QApplication::processEvents();
    if (save(window, u"candidate-activities"_s))
        captureOfferWorkflow();
}

// An approved offer with its Juro workflow started through the API (the form's values, empty
// required ones filled in), then shown on the candidate's Offers tab once the run shows.
void CaptureRunner::captureOfferWorkflow()
{
    const auto failed = [this](ApiCall *call, const QString &what) {
        if (!call->error().isError())
            return false;
        fail(what + u": "_s + call->error().details());
        return true;
    };
    const QJsonObject filter{{u"approvalStatus"_s, QJsonArray{u"Approved"_s}},
                             {u"acceptanceStatus"_s, QJsonArray{u"WaitingOnResponse"_s}},
                             {u"limit"_s, 1}};
    callThen(u"offer.list"_s, filter, [=, this](ApiCall *offers) {
        if (failed(offers, u"the approved offers could not be read"_s))
            return;
        const QJsonObject offer = offers->results().toArray().at(0).toObject();
        const QString offerId = offer[u"id"_s].toString();
        callThen(u"activity.list"_s, {{u"offerId"_s, offerId}}, [=, this](ApiCall *list) {
            if (failed(list, u"the offer's workflows could not be read"_s))
                return;
            const QString workflowId = list->results()[u"activities"_s].toArray().at(0)
                                           [u"externalWorkflowId"_s].toString();
            if (workflowId.isEmpty()) {
                fail(u"no workflow starts from an offer"_s);
                return;
            }
            const QJsonObject which{{u"offerId"_s, offerId}, {u"externalWorkflowId"_s, workflowId}};
            callThen(u"activity.form"_s, which, [=, this](ApiCall *form) {
                if (failed(form, u"the workflow's form could not be read"_s))
                    return;
                QJsonObject values;
                for (const QJsonValue field : form->results()[u"fields"_s].toArray())
                    if (field[u"required"_s].toBool() && field[u"value"_s].isNull()) {
                        const QString type = field[u"type"_s].toString();
                        values.insert(field[u"key"_s].toString(),
                                      type == u"Number"_s  ? QJsonValue(90000)
                                      : type == u"Email"_s ? QJsonValue(u"offers@example.com"_s)
                                      : type == u"Date"_s  ? QJsonValue(u"2027-01-04"_s)
                                      : type == u"ValueSelect"_s ? QJsonValue(u"EUR"_s)
                                                           : QJsonValue(u"Filled in"_s));
                    }
                QJsonObject start = which;
                start.insert(u"values"_s, values);
                callThen(u"activity.start"_s, start, [=, this](ApiCall *started) {
                    if (failed(started, u"Juro did not start the workflow"_s))
                        return;
                    callThen(u"application.info"_s,
                             {{u"applicationId"_s, offer[u"applicationId"_s]}},
                             [=, this](ApiCall *application) {
                                 if (failed(application, u"the offer's application could not be read"_s))
                                     return;
                                 showOfferWorkflow(application->results()[u"candidate"_s]
                                                       [u"id"_s].toString(),
                                                   offerId);
                             });
                });
            });
        });
    });
}

void CaptureRunner::showOfferWorkflow(const QString &candidateId, const QString &offerId)
{
    MainWindow *window = m_console->window();
    auto *view = qobject_cast<CandidatesView *>(window->viewWidget(MainWindow::View::Candidates));
    if (!view) {
        captureErrorState();
        return;
    }
    view->selectCandidate(candidateId);
    CandidateTabs *tabs = view->detailPane()->tabs();
    OfferWorkflowPanel *panel = tabs->offerWorkflows();
    if (!panel) {
        captureErrorState();
        return;
    }
    tabs->setCurrentIndex(2);
    const auto selected = [view, tabs, offerId] {
        if (view->detail()->state() != LoadState::Ready)
            return false;
        const QList<Offer> &offers = view->detail()->offers()->offers();
        for (int row = 0; row < offers.size(); ++row)
            if (offers.at(row).id == offerId) {
                if (tabs->offersView()->currentIndex().row() != row)
                    tabs->offersView()->setCurrentIndex(view->detail()->offers()->index(row, 0));
                return true;
            }
        return false;
    };
    const auto ready = [selected, panel, offerId] {
        if (!selected() || panel->model()->offerId() != offerId)
            return false;
        for (const CandidateActivity &activity : panel->model()->activities())
            if (!activity.id.isEmpty())
                return true;
        return false;
    };
    whenReady(ready, u"the offer's workflow run did not show"_s,
              [this, window] {
                  QMetaObject::invokeMethod(this, [this, window] {
                      QApplication::processEvents();
                      if (save(window, u"offer-workflow"_s))
                          captureErrorState();
                  }, Qt::QueuedConnection);
              },
              {view->detail()->status(), panel->model()});
}

// The backend stops, the admin presses Refresh on the Webhooks page: the banner with Retry
// and Details is what they see.
void CaptureRunner::captureErrorState()
{
    SandboxHost *sandbox = m_console->sandboxHost();
    auto *hooks = qobject_cast<WebhooksView *>(
        m_console->window()->viewWidget(MainWindow::View::Webhooks));
    if (!sandbox || !hooks) {
        finish();
        return;
    }
    connect(sandbox, &SandboxHost::stopped, hooks, [this, hooks] {
        LoadStatus *status = hooks->model()->status();
        hooks->refresh();
        whenReady([status] { return status->state() == LoadState::Failed; },
                  u"the Webhooks page did not report the stopped backend"_s, [this] {
                      MainWindow *window = m_console->window();
                      window->showView(MainWindow::View::Webhooks);
                      QApplication::processEvents();
                      if (save(window, u"state-error"_s))
                          finish();
                  }, {status});
    });
    sandbox->stop();
}

void CaptureRunner::finish()
{
    QTextStream(stdout) << "captured " << m_saved << " pictures into "
                        << m_directory.absolutePath() << "\n";
    Q_EMIT done(0);
}

void CaptureRunner::fail(const QString &message)
{
    QTextStream(stderr) << "tessera --capture: " << message << "\n";
    Q_EMIT done(1);
}

} // namespace Tessera
