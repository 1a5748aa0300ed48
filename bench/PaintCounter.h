#pragma once

#include <QEvent>
#include <QObject>

namespace Tessera::Bench {

// Counts the paint events of the widgets it is installed on (the view's viewport).
class PaintCounter final : public QObject
{
public:
    using QObject::QObject;
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace Tessera::Bench
