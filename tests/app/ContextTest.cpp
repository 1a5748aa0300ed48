// One BackendContext per connection: its reference data is fetched once and shared by every
// view, and a context that goes cancels what it still has running.
#include "tests/support/CatchQt.h"
#include "tests/support/RequestLog.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestClient.h"
#include "tests/support/Waiting.h"

#include "app/ConsoleController.h"
#include "app/ViewFactory.h"
#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/candidates/ApplicationsModel.h"
#include "models/candidates/CandidateDetail.h"
#include "models/candidates/CandidateDirectory.h"
#include "models/candidates/CandidatesModel.h"
#include "models/core/BackgroundWork.h"
#include "models/core/LoadStatus.h"
#include "models/reference/ReferenceData.h"
#include "models/secrets/SecretStore.h"
#include "models/session/BackendContext.h"
#include "models/session/BackendSession.h"
#include "models/settings/Settings.h"
#include "ui/candidates/CandidateDetailPane.h"
#include "ui/candidates/CandidatesView.h"
#include "ui/candidates/MoveStageDialog.h"
#include "ui/candidates/SyncFreshness.h"
#include "ui/shell/MainWindow.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

// Counts, by method, the requests of every context the console uses.
struct ConsoleRequests
{
    explicit ConsoleRequests(ConsoleController &console)
    {
        QObject::connect(&console, &ConsoleController::contextChanged, &context,
                         [this](BackendContext *backend) {
                             QObject::connect(backend->client(), &ApiClient::requestSent, &context,
                                              [this](const QString &method) { ++sent[method]; });
                         });
    }
    QObject context;
    QHash<QString, int> sent;
};

// Opens Move to stage on the candidate shown and waits for its stages; then closes it.
QString openAndCloseMoveDialog(CandidatesView *view)
{
    auto *pane = view->findChild<CandidateDetailPane *>(u"candidateDetail"_s);
    REQUIRE(pane);
    REQUIRE(waitUntil([pane] { return pane->detail()->state() == LoadState::Ready; }));
    pane->openMoveDialog();
    REQUIRE(waitUntil([pane] { return pane->moveDialog() != nullptr; }));
    MoveStageDialog *dialog = pane->moveDialog();
    auto *stages = dialog->findChild<QComboBox *>(u"stageCombo"_s);
    REQUIRE(waitUntil([stages] { return stages->isEnabled() && stages->count() > 0; }));
    const QString planTitle = stages->itemText(0);
    dialog->reject();
    REQUIRE(waitUntil([pane] { return pane->moveDialog() == nullptr; }));
    return planTitle;
}

} // namespace

TEST_CASE("a plan's stages are fetched once however many views and dialogs need them",
          "[app][context]")
{
    Settings settings;
    SecretStore secrets(&settings);
    ConsoleController console(&settings, &secrets);
    ConsoleRequests log(console);
    console.start({true, {}});
    REQUIRE(waitUntil([&console] {
        return console.context()
            && console.context()->candidates()->state() == CandidateDirectory::State::Ready;
    }, 60'000));
    MainWindow *window = console.window();

    // The candidates view, the mapping editor, and Move to stage twice on the same candidate.
    window->showView(MainWindow::View::Candidates);
    auto *candidates = qobject_cast<CandidatesView *>(
        window->viewWidget(MainWindow::View::Candidates));
    REQUIRE(candidates);
    CandidatesModel *list = console.context()->candidates()->model();
    REQUIRE(list->rowCount() > 0);
    REQUIRE(candidates->selectCandidate(list->index(0, 0).data(CandidatesModel::IdRole).toString()));
    window->showView(MainWindow::View::FieldMappings);
    window->showView(MainWindow::View::Candidates);
    openAndCloseMoveDialog(candidates);
    openAndCloseMoveDialog(candidates);

    // One request per plan the dialogs showed (one candidate: one plan), not one per opening.
    CHECK(log.sent.value(u"interviewStage.list"_s) == 1);
    CHECK(log.sent.value(u"archiveReason.list"_s) <= 1);

    // A candidate whose application is on another plan costs exactly one more request.
    CandidateDetail *detail = candidates->detail();
    const auto planOfShown = [detail]() -> QString {
        const Application *current = detail->applications()->mostRecent();
        return current ? current->currentStage.interviewPlanId : QString();
    };
    const QString firstPlan = planOfShown();
    REQUIRE_FALSE(firstPlan.isEmpty());
    bool found = false;
    for (int row = 1; row < std::min(list->rowCount(), 60) && !found; ++row) {
        REQUIRE(candidates->selectCandidate(list->index(row, 0).data(CandidatesModel::IdRole).toString()));
        REQUIRE(waitUntil([detail] { return detail->state() == LoadState::Ready; }));
        found = !planOfShown().isEmpty() && planOfShown() != firstPlan;
    }
    REQUIRE(found);
    openAndCloseMoveDialog(candidates);
    openAndCloseMoveDialog(candidates);
    CHECK(log.sent.value(u"interviewStage.list"_s) == 2);

    // Refresh on the candidates asks every loaded collection again: each plan's stages once more.
    auto *refresh = candidates->findChild<SyncFreshness *>()->findChild<QToolButton *>();
    REQUIRE(refresh);
    QTest::mouseClick(refresh, Qt::LeftButton);
    REQUIRE(waitUntil([&log] { return log.sent.value(u"interviewStage.list"_s) == 4; }));
    CHECK(log.sent.value(u"archiveReason.list"_s) <= 2);
}

TEST_CASE("a context that goes ends its running calls as cancelled, a new one starts afresh",
          "[app][context]")
{
    SandboxProcess sandbox;
    TestClient raw(sandbox.baseUrl(), sandbox.adminKey());
    QTemporaryDir directory;
    Settings settings(directory.filePath(u"tessera.ini"_s));
    QNetworkAccessManager network;
    const BackendConfig backend = BackendConfig::create(u"Test"_s, sandbox.baseUrl(),
                                                        BackendConfig::Kind::Remote);
    auto context = std::make_unique<BackendContext>(&network, backend, sandbox.adminKey(),
                                                    &settings, nullptr);
    context->connectToBackend();
    REQUIRE(waitUntil([&context] { return context->isConnected(); }));

    // Every answer is slow now: the call below is still running when the context goes.
    requireSuccess(raw.call(u"sandbox.configure"_s, {{u"faults"_s, QJsonObject{{u"latencyMs"_s, 3000}}}}));
    QObject caller;
    ApiCall *call = context->client()->call(u"job.list"_s, {}, &caller);
    ApiError error;
    bool finished = false;
    QObject::connect(call, &ApiCall::finished, &caller, [&] {
        finished = true;
        error = call->error();
    });
    RecordList<Job> *jobs = context->reference()->jobs();
    jobs->ensureLoaded();
    CHECK(jobs->status()->isLoading());
    context.reset();
    CHECK(finished);
    CHECK(error.kind() == ApiError::Kind::Cancelled);
    requireSuccess(raw.call(u"sandbox.configure"_s, {{u"faults"_s, QJsonObject{{u"latencyMs"_s, 0}}}}));

    // A new context on the same backend starts from nothing and works.
    BackendContext again(&network, backend, sandbox.adminKey(), &settings, nullptr);
    again.connectToBackend();
    REQUIRE(waitUntil([&again] { return again.isConnected(); }));
    again.reference()->jobs()->ensureLoaded();
    REQUIRE(waitUntil([&again] { return again.reference()->jobs()->status()->hasLoaded(); }));
    CHECK(again.reference()->jobs()->records().size() == 25);
}

TEST_CASE("on a backend with only Ashby's public API the console connects, lists candidates and "
          "says why each extension view is unavailable",
          "[app][context][profile]")
{
    SandboxProcess sandbox(SandboxProcess::defaultArguments(60) << u"--profile"_s << u"ashby"_s);
    QTemporaryDir directory;
    Settings settings(directory.filePath(u"tessera.ini"_s));
    QNetworkAccessManager network;
    const BackendConfig backend = BackendConfig::create(u"Ashby tenant"_s, sandbox.baseUrl(),
                                                        BackendConfig::Kind::Remote);
    BackendContext context(&network, backend, sandbox.adminKey(), &settings, nullptr);
    const RequestLog sent(context.client());
    QObject counter;
    MainWindow window;
    window.setSession(context.session());
    ViewFactory::install(window, &context);
    QObject::connect(context.session(), &BackendSession::stateChanged, &counter,
                     [&context](BackendSession::State state) {
                         if (state == BackendSession::State::Connected)
                             context.candidates()->sync();
                     });
    context.connectToBackend();
    REQUIRE(waitUntil([&context] {
        return context.candidates()->state() == CandidateDirectory::State::Ready
            || context.candidates()->state() == CandidateDirectory::State::Failed;
    }, 60'000));
    CHECK(context.isConnected());
    CHECK_FALSE(context.hasExtensions());
    CHECK(context.candidates()->state() == CandidateDirectory::State::Ready);
    CHECK(context.candidates()->model()->rowCount() == 60);

    // Each extension view is replaced by one sentence saying why; Candidates is the real view.
    for (const MainWindow::View view : {MainWindow::View::Marketplace,
                                        MainWindow::View::FieldMappings,
                                        MainWindow::View::ApiKeys, MainWindow::View::Webhooks}) {
        REQUIRE(waitUntil([&window, view] {
            return window.viewWidget(view)->objectName() == u"unavailableView"_s;
        }, 5'000));
        auto *reason = window.viewWidget(view)->findChild<QLabel *>(u"unavailableReason"_s);
        REQUIRE(reason);
        CHECK(reason->text().contains(u"Ashby's public API"_s));
    }
    CHECK(qobject_cast<CandidatesView *>(window.viewWidget(MainWindow::View::Candidates)));
    // For people to look at: what an admin sees on such a backend.
    window.resize(1280, 800);
    window.showView(MainWindow::View::Marketplace);
    const QString shots = qEnvironmentVariableIsEmpty("TESSERA_SCREENSHOT_DIR")
        ? QDir::currentPath()
        : qEnvironmentVariable("TESSERA_SCREENSHOT_DIR");
    CHECK(window.grab().save(QDir(shots).filePath(u"unavailable-marketplace.png"_s)));

    // No error storm: one probe of organization.info, then nothing but Ashby's own methods.
    const QStringList extensions{u"organization.info"_s, u"integration.list"_s,
                                 u"apiKey.list"_s,       u"webhook.list"_s,
                                 u"field.list"_s,        u"fieldMapping.info"_s,
                                 u"externalWorkflow.list"_s};
    int extensionRequests = 0;
    for (const QString &method : extensions)
        extensionRequests += sent.sent(method);
    CHECK(sent.sent(u"organization.info"_s) == 1);
    CHECK(extensionRequests == 1);
    CHECK(sent.sent(u"apiKey.info"_s) == 1);
}

TEST_CASE("the console quits cleanly while its context is still connecting and syncing",
          "[app][context]")
{
    Settings settings;
    SecretStore secrets(&settings);
    bool sawSync = false;
    {
        ConsoleController console(&settings, &secrets);
        console.start({true, {}});
        // Quit in the middle: the session connected and the candidates are on their way.
        REQUIRE(waitUntil([&console] {
            return console.context()
                && console.context()->candidates()->state()
                    == CandidateDirectory::State::SyncingCandidates;
        }, 60'000));
        sawSync = true;
    } // ~ConsoleController: the context's cancellations must reach neither the window nor it
    CHECK(sawSync);
}

TEST_CASE("the status bar says what syncs in the background, with counts, until it is done",
          "[app][context]")
{
    Settings settings;
    SecretStore secrets(&settings);
    ConsoleController console(&settings, &secrets);
    MainWindow *window = nullptr;
    QStringList shown; // what the status bar said, in order
    qint64 largestTotal = 0;
    QObject watcher;
    QObject::connect(&console, &ConsoleController::contextChanged, &watcher,
                     [&](BackendContext *context) {
                         QObject::connect(context->backgroundWork(), &BackgroundWork::changed,
                                          &watcher, [&, context] {
                                              // Runs after the window's own slot, which
                                              // connected first.
                                              if (!window)
                                                  return;
                                              for (const auto &job : context->backgroundWork()->jobs())
                                                  largestTotal = std::max(largestTotal, job.total);
                                              shown << window->backgroundWorkText();
                                          });
                     });
    console.start({true, {}});
    window = console.window();
    REQUIRE(waitUntil([&console] {
        return console.context()
            && console.context()->candidates()->state() == CandidateDirectory::State::Ready;
    }, 60'000));
    const QString total = QLocale().toString(console.context()->candidates()->model()->rowCount());
    const auto syncing = std::find_if(shown.cbegin(), shown.cend(), [&total](const QString &text) {
        return text.startsWith(u"Syncing candidates: "_s) && text.contains(u" / "_s + total);
    });
    INFO(shown.join(u" | "_s).toStdString());
    CHECK(syncing != shown.cend());
    CHECK(largestTotal > 0);
    REQUIRE(waitUntil([&console] { return console.context()->backgroundWork()->isIdle(); }));
    CHECK(window->backgroundWorkText().isEmpty());
}
