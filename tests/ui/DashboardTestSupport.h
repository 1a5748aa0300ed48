#pragma once

// The dashboard as the console builds it (ViewFactory, a real main window) on a real sandbox.
#include "UiTestSupport.h"

#include "app/ViewFactory.h"
#include "models/dashboard/ActivityStats.h"
#include "models/dashboard/DeliveryStats.h"
#include "models/dashboard/HealthBoard.h"
#include "models/session/BackendContext.h"
#include "models/settings/Settings.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/shell/MainWindow.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace Tessera {
class SecretStore;
}

namespace Tessera::Test {

using namespace Qt::Literals::StringLiterals;

// The console's views on one sandbox, as ConsoleController builds them.
struct DashboardFixture
{
    explicit DashboardFixture(SandboxProcess &process, SecretStore *secrets = nullptr)
        : sandbox(process)
        , raw(process.baseUrl(), process.adminKey())
        , settings(directory.filePath(u"tessera.ini"_s))
        , context(&network,
                  BackendConfig::create(u"Test"_s, process.baseUrl(), BackendConfig::Kind::Remote),
                  process.adminKey(), &settings, secrets)
    {
        ViewFactory::install(window, &context);
        context.connectToBackend();
        window.resize(1280, 900);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.showView(MainWindow::View::Dashboard);
        REQUIRE(waitUntil([this] { return context.isConnected(); }));
        REQUIRE(view());
        REQUIRE(waitUntil([this] {
            const LoadStatus *status = view()->board()->status();
            return status->state() == LoadState::Ready || status->state() == LoadState::Failed;
        }));
    }

    DashboardView *view() const
    {
        return qobject_cast<DashboardView *>(window.viewWidget(MainWindow::View::Dashboard));
    }

    // Refreshes and waits for the next answers (or failures) of the health and the figures.
    bool refreshed()
    {
        LoadStatus *status = view()->board()->status();
        LoadStatus *figures = view()->stats()->status();
        LoadStatus *runs = view()->activity()->status(); // the header's age tracks all three
        QSignalSpy done(status, &LoadStatus::stateChanged);
        view()->refresh();
        return waitUntil([status, figures, runs, &done] {
            return !done.isEmpty() && !status->isLoading() && !figures->isLoading()
                && !runs->isLoading();
        });
    }

    SandboxProcess &sandbox;
    TestClient raw;
    QTemporaryDir directory;
    Settings settings;
    QNetworkAccessManager network;
    BackendContext context;
    MainWindow window;
};

} // namespace Tessera::Test
