#pragma once

// Shared by the widget tests: a real ApiClient on a sandbox, waiting, keys and screenshots.
#include "tests/support/CatchQt.h"
#include "tests/support/SandboxClients.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestClient.h"
#include "tests/support/Waiting.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QPixmap>
#include <QTest>
#include <QWidget>

#include <functional>

namespace Tessera::Test {

// Runs the event loop until `widget` is laid out: no layout request waits and neither the
// widget's place on screen nor any descendant's geometry changed since the previous look.
// Before reading coordinates for a real pointer (xdotool).
inline bool waitUntilLaidOut(QWidget *widget, int timeoutMs = 5'000)
{
    const auto snapshot = [widget] {
        QList<QRect> rects{QRect(widget->mapToGlobal(QPoint(0, 0)), widget->size())};
        for (const QWidget *child : widget->findChildren<QWidget *>())
            rects.append(child->isVisible() ? child->geometry() : QRect());
        return rects;
    };
    QList<QRect> previous;
    return QTest::qWaitFor(
        [&] {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            const QList<QRect> now = snapshot();
            const bool settled = widget->isVisible() && now == previous;
            previous = now;
            return settled;
        },
        timeoutMs);
}

// A key press as the user makes it: to whatever has the keyboard focus.
inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    REQUIRE(target != nullptr);
    QTest::keyClick(target, key, modifiers);
}

inline void type(const QString &text)
{
    REQUIRE(QApplication::focusWidget() != nullptr);
    QTest::keyClicks(QApplication::focusWidget(), text);
}

// Waits for the dialog child `name` of `parent` to open, and activates it as a window manager
// would (the offscreen platform has none).
template<typename Dialog>
Dialog *waitForDialog(QWidget &parent, const QString &name)
{
    REQUIRE(waitUntil([&] { return parent.findChild<Dialog *>(name) != nullptr; }, 2'000));
    auto *dialog = parent.findChild<Dialog *>(name);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    REQUIRE(waitUntil([dialog] { return dialog->isAncestorOf(QApplication::focusWidget()); },
                      2'000));
    return dialog;
}

// Saves `widget` as it looks now; returns the file.
inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariableIsEmpty("TESSERA_SCREENSHOT_DIR")
        ? QDir::currentPath()
        : qEnvironmentVariable("TESSERA_SCREENSHOT_DIR");
    QDir().mkpath(directory);
    const QString file = QDir(directory).filePath(name);
    REQUIRE(widget->grab().save(file));
    return file;
}

} // namespace Tessera::Test
