#pragma once

#include <QList>

class QAbstractAxis;
class QChart;
class QPalette;

namespace Tessera {

// What the dashboard's charts share: the palette's base, text and grid colours (light or
// dark) on the chart, its legend and its axes.
class ChartStyle final
{
public:
    static void apply(QChart *chart, const QList<QAbstractAxis *> &axes, const QPalette &palette);
};

} // namespace Tessera
