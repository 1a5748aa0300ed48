#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace Tessera {

class DeliveryStats;

// Webhook deliveries over time: the share delivered (left axis) and the p95 latency (right
// axis) per bucket, in the palette's colours (light or dark). Hovering a point shows its
// bucket's figures; the line below sums the range up in words for everyone.
class DeliveryChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryChart)
public:
    explicit DeliveryChart(DeliveryStats *stats, QWidget *parent = nullptr);

    QString summaryText() const;
    int pointCount() const;
    // The figures of the bucket nearest `x` (msecs since epoch), as the hover shows them.
    QString figuresAt(qint64 msecsSinceEpoch) const;
    QDateTimeAxis *timeAxis() const { return m_time; }

    // The time axis's span and ticks: widened to whole steps (4 hours, a day, 5 days for the
    // three ranges) in local time, so every tick falls on a round hour or midnight.
    struct TimeTicks
    {
        qint64 minMs = 0;
        qint64 maxMs = 0;
        int count = 2;
    };
    static TimeTicks timeTicks(qint64 firstMs, qint64 lastMs, int bucketSeconds,
                               int utcOffsetSeconds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void applyPalette();
    void showFigures(const QPointF &point, bool shown);

    DeliveryStats *m_stats;
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_success;
    QLineSeries *m_latency;
    QDateTimeAxis *m_time;
    QValueAxis *m_percent;
    QValueAxis *m_ms;
    QLabel *m_summary;
};

} // namespace Tessera
