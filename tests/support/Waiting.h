#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QRect>
#include <QTest>
#include <QWidget>

#include <functional>

namespace Tessera::Test {

// Runs the event loop until `done` holds or `timeoutMs` passes; returns whether it held. The
// only way tests wait: for something to become true, never for a fixed time.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = 20'000)
{
    return QTest::qWaitFor(done, timeoutMs);
}

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

} // namespace Tessera::Test
