#include "ChartStyle.h"

#include "ui/common/Spacing.h"
#include "ui/common/TextStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QPalette>
#include <QVBoxLayout>

namespace Tessera {

void ChartStyle::setUp(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins({0, 0, 0, 0});
    chart->setBackgroundRoundness(0);
}

QChartView *ChartStyle::layOut(QWidget *owner, QChart *chart, QLabel *summary, int minHeight,
                               int maxHeight)
{
    auto *view = new QChartView(chart, owner);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minHeight);
    view->setMaximumHeight(maxHeight);
    view->setFocusPolicy(Qt::NoFocus);
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    summary->setFocusPolicy(Qt::StrongFocus); // a keyboard user reaches the figures too
    TextStyle::apply(summary, TextStyle::Role::Caption);
    auto *layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::Tight);
    layout->addWidget(view, 1);
    layout->addWidget(summary);
    return view;
}

void ChartStyle::showSummary(QLabel *summary, QChartView *view, const QString &text,
                             const QString &viewName)
{
    summary->setText(text);
    summary->setAccessibleName(text);
    view->setAccessibleName(viewName);
    view->setAccessibleDescription(text);
}

void ChartStyle::apply(QChart *chart, const QList<QAbstractAxis *> &axes, const QPalette &palette)
{
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(false);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.color(QPalette::Text));
        axis->setGridLineColor(palette.color(QPalette::Midlight));
        axis->setLinePenColor(palette.color(QPalette::Mid));
    }
}

} // namespace Tessera
