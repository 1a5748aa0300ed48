#pragma once

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QStackedBarSeries;
class QValueAxis;

namespace Tessera {

class ActivityStats;

// Runs and checks by status over the dashboard's period (activity.stats): one bar per status in
// the palette's colour for it (light or dark); hovering a bar shows its figures, and the line
// below sums them up in words, with the stuck runs.
class ActivityChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityChart)
public:
    explicit ActivityChart(ActivityStats *stats, QWidget *parent = nullptr);

    QString summaryText() const;
    // What hovering the bar of status `index` (ActivityStats::statuses()) shows.
    QString figuresAt(int index) const;
    static QString statusLabel(int index);
    QBarSet *barSet(int index) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void applyPalette();

    ActivityStats *m_stats;
    QChart *m_chart;
    QStackedBarSeries *m_series;
    QList<QBarSet *> m_sets; // one per status, non-zero only at its own category
    QBarCategoryAxis *m_categories;
    QValueAxis *m_counts;
    QChartView *m_view;
    QLabel *m_summary;
};

} // namespace Tessera
