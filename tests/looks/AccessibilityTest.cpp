// Every view, dialog and wizard page, walked as a screen-reader and keyboard user would: each
// control that takes focus has an accessible name, Tab reaches every one of them and never gets
// stuck on one, and the control with focus looks different from itself without it.
#include "tests/support/ElisionCheck.h"
#include "tests/support/OwnSandboxData.h"
#include "ViewsAsAdminSees.h"

#include "app/capture/WizardDriver.h"
#include "models/candidates/ApplicationsModel.h"
#include "models/core/LoadStatus.h"
#include "models/dashboard/HealthBoard.h"
#include "models/plans/PaletteItem.h"
#include "ui/admin/ApiKeysView.h"
#include "ui/admin/CreateApiKeyDialog.h"
#include "ui/admin/WebhookDialog.h"
#include "ui/admin/WebhooksView.h"
#include "ui/candidates/MoveStageDialog.h"
#include "ui/common/VersionConflictDialog.h"
#include "ui/connect/ConnectDialog.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/mapping/ExternalWorkflowDialog.h"
#include "ui/mapping/ExternalWorkflowsPane.h"
#include "ui/marketplace/MarketplaceView.h"
#include "ui/plans/ActivityPicker.h"
#include "ui/shell/QuickSwitcher.h"
#include "ui/wizards/EnableWizard.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QImage>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSet>
#include <QTest>
#include <QWizardPage>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {


// What Tab can land on inside `page`: shown, enabled, taking focus by Tab, and not standing in
// for another widget (a focus proxy's owner is reached through the proxy).
QList<QWidget *> tabStops(QWidget *page)
{
    QList<QWidget *> stops;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !widget->isEnabled() || widget->focusProxy()
            || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        // In a group of exclusive buttons Tab stops at the checked one; arrows move between
        // them (as in a radio group).
        if (auto *button = qobject_cast<QAbstractButton *>(widget);
            button && !button->isChecked()
            && (button->autoExclusive() || (button->group() && button->group()->exclusive())))
            continue;
        // A scroll area's viewport and a combo box's inner parts belong to their owner.
        if (qobject_cast<QAbstractScrollArea *>(widget->parentWidget())
            && widget == static_cast<QAbstractScrollArea *>(widget->parentWidget())->viewport())
            continue;
        stops << widget;
    }
    return stops;
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

QStringList problemsIn(QWidget *page)
{
    QStringList problems;
    const QList<QWidget *> stops = tabStops(page);
    for (QWidget *stop : stops)
        if (accessibleName(stop).isEmpty())
            problems << u"no accessible name: "_s + ElisionDetail::describe(stop);

    // Tab through the whole window a few times over; note what inside the page got focus.
    if (stops.isEmpty())
        return problems;
    // As after a Tab: styles draw focus cues only once the keyboard moved the focus.
    page->window()->setAttribute(Qt::WA_KeyboardFocusChange);
    // With one stop in the whole window Tab has nowhere else to go; Esc leaves such a dialog.
    const bool canLeave = tabStops(page->window()).size() > 1;
    stops.first()->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    QSet<QWidget *> reached;
    QSet<QWidget *> lookChecked;
    QWidget *previous = nullptr;
    std::optional<QImage> previousLook; // the previous stop while it had focus
    int stuck = 0;
    const int presses = 3 * int(stops.size()) + 20;
    for (int press = 0; press < presses; ++press) {
        QWidget *focused = QApplication::focusWidget();
        if (!focused)
            break;
        if (previousLook && previous && focused != previous) {
            // Visible focus: the control just left looks different now that it lost focus.
            if (previous->grab().toImage() == *previousLook)
                problems << u"no visible focus on "_s + ElisionDetail::describe(previous);
            previousLook.reset();
        }
        if (page->isAncestorOf(focused) || focused == page)
            reached.insert(focused->focusProxy() ? focused->focusProxy() : focused);
        if (stops.contains(focused) && !lookChecked.contains(focused)) {
            lookChecked.insert(focused);
            previousLook = focused->grab().toImage();
        }
        if (focused == previous && canLeave && ++stuck >= 2) {
            problems << u"Tab is trapped in "_s + ElisionDetail::describe(focused);
            break;
        }
        if (focused != previous)
            stuck = 0;
        previous = focused;
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    for (QWidget *stop : stops)
        if (!reached.contains(stop))
            problems << u"Tab never reaches "_s + ElisionDetail::describe(stop);
    return problems;
}

// Shows `dialog` as the active window and walks it.
QStringList problemsInDialog(QWidget *dialog, const QString &name)
{
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog))
        return {name + u": never became the active window"_s};
    QStringList problems;
    for (const QString &problem : problemsIn(dialog))
        problems << name + u": "_s + problem;
    return problems;
}


} // namespace

TEST_CASE("every view's controls have names, and Tab reaches each one without a trap",
          "[looks][a11y]")
{
    OwnSandboxData ownData;
    ConsoleOnSandbox app;
    openViewsAsAdminSees(app);
    MainWindow *window = app.window();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));

    // The dashboard with its cards and chart, as the designer is with a plan open.
    auto *dashboard = app.view<DashboardView>(MainWindow::View::Dashboard);
    REQUIRE(dashboard);
    REQUIRE(waitUntil([dashboard] { return dashboard->board()->status()->hasLoaded(); }, 30'000));

    QStringList problems;
    for (int index = 0; index < MainWindow::ViewCount; ++index) {
        const auto view = MainWindow::View(index);
        window->showView(view);
        QApplication::processEvents();
        // A walk that found nothing to walk would prove nothing.
        INFO(MainWindow::viewName(view).toStdString());
        CHECK_FALSE(tabStops(window->viewWidget(view)).isEmpty());
        for (const QString &problem : problemsIn(window->viewWidget(view)))
            problems << MainWindow::viewName(view) + u": "_s + problem;
    }
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("every dialog's controls have names, and Tab reaches each one without a trap",
          "[looks][a11y]")
{
    OwnSandboxData ownData;
    ConsoleOnSandbox app;
    openViewsAsAdminSees(app);
    MainWindow *window = app.window();
    QStringList problems;

    QNetworkAccessManager network;
    problems << problemsInDialog(std::make_unique<ConnectDialog>(&network, window).get(),
                                 u"ConnectDialog"_s);
    auto *keys = app.view<ApiKeysView>(MainWindow::View::ApiKeys);
    REQUIRE(keys);
    problems << problemsInDialog(std::make_unique<CreateApiKeyDialog>(keys->model(), window).get(),
                                 u"CreateApiKeyDialog"_s);
    auto *webhooks = app.view<WebhooksView>(MainWindow::View::Webhooks);
    REQUIRE(webhooks);
    problems << problemsInDialog(
        std::make_unique<WebhookDialog>(webhooks->model(), nullptr, window).get(),
        u"WebhookDialog"_s);
    auto *candidates = app.view<CandidatesView>(MainWindow::View::Candidates);
    const QList<Application> &applications =
        candidates->detail()->applications()->applications();
    REQUIRE_FALSE(applications.isEmpty());
    {
        MoveStageDialog move(app.context()->reference(), applications, applications.first().id,
                             window);
        auto *stage = move.findChild<QComboBox *>(u"stageCombo"_s);
        REQUIRE(waitUntil([stage] { return stage->isEnabled(); }));
        problems << problemsInDialog(&move, u"MoveStageDialog"_s);
    }
    auto *workflows = app.window()->findChild<ExternalWorkflowsPane *>();
    REQUIRE(workflows);
    problems << problemsInDialog(
        std::make_unique<ExternalWorkflowDialog>(workflows->model(), nullptr, window).get(),
        u"ExternalWorkflowDialog"_s);
    const auto conflictTexts = [] {
        return VersionConflictDialog::Texts{u"The mapping was changed by someone else"_s,
                                            u"Someone saved the Employee mapping."_s,
                                            u"firstName ← candidate.firstName"_s, u"(no rows)"_s,
                                            u"Your rows"_s, u"Their rows"_s};
    };
    problems << problemsInDialog(
        std::make_unique<VersionConflictDialog>(3, conflictTexts, window).get(),
        u"VersionConflictDialog"_s);
    // The interview plan designer's dialogs (walked only: their texts are another's to change).
    // A fresh sandbox has no partner enabled, so the palette offers nothing yet: two packages
    // as a partner would offer them.
    QList<PaletteItem> offered(2);
    for (qsizetype i = 0; i < offered.size(); ++i) {
        offered[i].kind = u"assessment"_s;
        offered[i].integrationId = u"justifacts"_s;
        offered[i].integrationName = u"Justifacts"_s;
        offered[i].configId = u"package-%1"_s.arg(i);
        offered[i].title = u"Package %1"_s.arg(i + 1);
    }
    problems << problemsInDialog(
        std::make_unique<ActivityPicker>(
            [] {
                return ActivityPicker::Texts{u"Add an activity"_s, u"&Choose an activity"_s,
                                             u"Add"_s};
            },
            offered, window)
            .get(),
        u"ActivityPicker"_s);
    QPointer<QuickSwitcher> switcher = window->openQuickSwitcher();
    REQUIRE(switcher);
    problems << problemsInDialog(switcher, u"QuickSwitcher"_s);
    delete switcher;
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("every page of every enable wizard has names, and Tab reaches each control without a "
          "trap",
          "[looks][a11y]")
{
    OwnSandboxData ownData;
    ConsoleOnSandbox app;
    REQUIRE(app.startAndSync());
    MainWindow *window = app.window();
    REQUIRE(QTest::qWaitForWindowExposed(window));
    auto *marketplace = app.view<MarketplaceView>(MainWindow::View::Marketplace);
    REQUIRE(marketplace);
    window->showView(MainWindow::View::Marketplace);
    QStringList problems;
    int pages = 0;
    for (const QString &id : {u"juro"_s, u"willo"_s, u"humaans"_s, u"sora"_s, u"justifacts"_s}) {
        INFO(id.toStdString());
        QPointer<EnableWizard> wizard = marketplace->openWizard(id);
        REQUIRE(wizard);
        REQUIRE(QTest::qWaitForWindowExposed(wizard));
        WizardDriver driver(wizard);
        driver.setPageTimeoutMs(30'000);
        driver.setPageVisitor([&](QWizardPage *page) {
            ++pages;
            problems << problemsInDialog(wizard, id + u'/' + page->objectName());
        });
        std::optional<std::pair<bool, QString>> verdict;
        QObject::connect(&driver, &WizardDriver::finished, &driver,
                         [&verdict](bool ok, const QString &message) { verdict = {ok, message}; });
        driver.start();
        REQUIRE(waitUntil([&verdict] { return verdict.has_value(); }, 120'000));
        INFO(verdict->second.toStdString());
        REQUIRE(verdict->first);
    }
    CHECK(pages >= 15);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}
