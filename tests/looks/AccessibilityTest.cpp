// Every view, walked as a screen-reader and keyboard user would: each control that takes focus
// has an accessible name, and Tab reaches every one of them and never gets stuck on one.
#include "tests/support/ElisionCheck.h"
#include "ViewsAsAdminSees.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QSet>
#include <QTest>

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
    stops.first()->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    QSet<QWidget *> reached;
    QWidget *previous = nullptr;
    int stuck = 0;
    const int presses = 3 * int(stops.size()) + 20;
    for (int press = 0; press < presses; ++press) {
        QWidget *focused = QApplication::focusWidget();
        if (!focused)
            break;
        if (page->isAncestorOf(focused) || focused == page)
            reached.insert(focused->focusProxy() ? focused->focusProxy() : focused);
        if (focused == previous && ++stuck >= 2) {
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

} // namespace

TEST_CASE("every view's controls have names, and Tab reaches each one without a trap",
          "[looks][a11y]")
{
    ConsoleOnSandbox app;
    openViewsAsAdminSees(app);
    MainWindow *window = app.window();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));

    QStringList problems;
    for (int index = 0; index < MainWindow::ViewCount; ++index) {
        const auto view = MainWindow::View(index);
        window->showView(view);
        QApplication::processEvents();
        for (const QString &problem : problemsIn(window->viewWidget(view)))
            problems << MainWindow::viewName(view) + u": "_s + problem;
    }
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}
