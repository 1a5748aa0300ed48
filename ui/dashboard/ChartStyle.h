#pragma once

#include <QList>

class QAbstractAxis;
class QChart;
class QChartView;
class QLabel;
class QPalette;
class QString;
class QWidget;

namespace Tessera {

// What the dashboard's charts share: how a chart is set up and laid out with its summary line,
// and the palette's base, text and grid colours (light or dark) on the chart, its legend and
// its axes.
class ChartStyle final
{
public:
    // No animation, no margins, square corners.
    static void setUp(QChart *chart);
    // The chart's view (antialiased, between the heights) above its summary line (selectable,
    // reachable from the keyboard) in `owner`'s new layout; the view is `owner`'s.
    static QChartView *layOut(QWidget *owner, QChart *chart, QLabel *summary, int minHeight,
                              int maxHeight);
    // The summary on screen and for screen readers, the view named `viewName`.
    static void showSummary(QLabel *summary, QChartView *view, const QString &text,
                            const QString &viewName);
    static void apply(QChart *chart, const QList<QAbstractAxis *> &axes, const QPalette &palette);
};

} // namespace Tessera
