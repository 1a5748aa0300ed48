#include "DeliveryChart.h"

#include "ChartStyle.h"
#include "models/dashboard/DeliveryStats.h"
#include "ui/common/StatusPalette.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

DeliveryChart::DeliveryChart(DeliveryStats *stats, QWidget *parent)
    : QWidget(parent)
    , m_stats(stats)
    , m_chart(new QChart)
    , m_success(new QLineSeries(m_chart))
    , m_latency(new QLineSeries(m_chart))
    , m_time(new QDateTimeAxis(m_chart))
    , m_percent(new QValueAxis(m_chart))
    , m_ms(new QValueAxis(m_chart))
    , m_summary(new QLabel(this))
{
    ChartStyle::setUp(m_chart);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->addSeries(m_success);
    m_chart->addSeries(m_latency);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_percent, Qt::AlignLeft);
    m_chart->addAxis(m_ms, Qt::AlignRight);
    m_success->attachAxis(m_time);
    m_success->attachAxis(m_percent);
    m_latency->attachAxis(m_time);
    m_latency->attachAxis(m_ms);
    m_percent->setRange(0, 100);
    m_percent->setLabelFormat(u"%d %%"_s);
    m_ms->setLabelFormat(u"%d ms"_s);
    m_success->setPointsVisible(true);
    m_latency->setPointsVisible(true);
    // At most 340 px: the summary line below stays on screen at 800 px.
    m_view = ChartStyle::layOut(this, m_chart, m_summary, 220, 340);
    m_summary->setObjectName(u"chartSummary"_s);
    connect(m_success, &QLineSeries::hovered, this, &DeliveryChart::showFigures);
    connect(m_latency, &QLineSeries::hovered, this, &DeliveryChart::showFigures);
    connect(m_stats, &DeliveryStats::changed, this, &DeliveryChart::render);
    applyPalette();
    render();
}

int DeliveryChart::pointCount() const
{
    return int(m_success->count());
}

QString DeliveryChart::summaryText() const
{
    return m_summary->text();
}

QString DeliveryChart::figuresAt(qint64 msecsSinceEpoch) const
{
    const DeliveryStats::Bucket *nearest = nullptr;
    qint64 distance = std::numeric_limits<qint64>::max();
    for (const DeliveryStats::Bucket &bucket : m_stats->buckets()) {
        const qint64 d = qAbs(bucket.start.toMSecsSinceEpoch() - msecsSinceEpoch);
        if (d < distance) {
            distance = d;
            nearest = &bucket;
        }
    }
    if (!nearest)
        return {};
    const QLocale locale;
    const QString when = locale.toString(nearest->start.toLocalTime(), QLocale::ShortFormat);
    const QString latency = nearest->p95Ms >= 0 ? tr("%L1 ms").arg(nearest->p95Ms) : tr("—");
    return tr("%1\n%L2 delivered, %L3 failed\np95 latency %4")
        .arg(when).arg(nearest->delivered).arg(nearest->failed).arg(latency);
}

DeliveryChart::TimeTicks DeliveryChart::timeTicks(qint64 firstMs, qint64 lastMs,
                                                  int bucketSeconds, int utcOffsetSeconds)
{
    const qint64 hour = 3600'000;
    const qint64 step = bucketSeconds < 6 * 3600 ? 4 * hour
        : bucketSeconds < 86400                   ? 24 * hour
                                                  : 5 * 24 * hour;
    // Whole steps counted from local midnight of 1970-01-01, so a day step starts at midnight.
    const qint64 offset = qint64(utcOffsetSeconds) * 1000;
    const auto floorTo = [step](qint64 ms) { return ms >= 0 ? ms / step * step
                                                            : -((-ms + step - 1) / step) * step; };
    const qint64 minMs = floorTo(firstMs + offset) - offset;
    qint64 maxMs = floorTo(lastMs + offset) - offset;
    if (maxMs < lastMs)
        maxMs += step;
    if (maxMs <= minMs)
        maxMs = minMs + step;
    return {minMs, maxMs, int((maxMs - minMs) / step) + 1};
}

void DeliveryChart::showFigures(const QPointF &point, bool shown)
{
    if (shown)
        QToolTip::showText(QCursor::pos(), figuresAt(qint64(point.x())), m_view);
    else
        QToolTip::hideText();
}

void DeliveryChart::render()
{
    m_success->setName(tr("Delivered (%)"));
    m_latency->setName(tr("p95 latency (ms)"));
    const QList<DeliveryStats::Bucket> &buckets = m_stats->buckets();
    QList<QPointF> success;
    QList<QPointF> latency;
    success.reserve(buckets.size());
    latency.reserve(buckets.size());
    int maxMs = 0;
    for (const DeliveryStats::Bucket &bucket : buckets) {
        const qreal x = qreal(bucket.start.toMSecsSinceEpoch());
        const int total = bucket.delivered + bucket.failed;
        if (total > 0)
            success.append({x, 100.0 * bucket.delivered / total});
        if (bucket.p95Ms >= 0) {
            latency.append({x, qreal(bucket.p95Ms)});
            maxMs = qMax(maxMs, bucket.p95Ms);
        }
    }
    m_success->replace(success);
    m_latency->replace(latency);
    if (!buckets.isEmpty()) {
        const QDateTime first = buckets.constFirst().start;
        // The buckets' own width: while a new range loads, the old range's buckets are shown.
        const int bucket = buckets.size() >= 2
            ? int(buckets.at(0).start.secsTo(buckets.at(1).start))
            : DeliveryStats::bucketSeconds(m_stats->range());
        const TimeTicks ticks =
            timeTicks(first.toMSecsSinceEpoch(), buckets.constLast().start.toMSecsSinceEpoch(),
                      bucket, first.toLocalTime().offsetFromUtc());
        m_time->setRange(QDateTime::fromMSecsSinceEpoch(ticks.minMs),
                         QDateTime::fromMSecsSinceEpoch(ticks.maxMs));
        m_time->setFormat(bucket < 6 * 3600 ? QLocale().timeFormat(QLocale::ShortFormat)
                                            : QLocale().dateFormat(QLocale::ShortFormat));
        m_time->setTickCount(ticks.count);
    }
    m_ms->setRange(0, qMax(100, int(maxMs * 1.1)));
    m_ms->applyNiceNumbers(); // 0, 100, 200 ms rather than 0, 133, 267 ms
    m_percent->setTitleText(tr("Delivered"));
    m_ms->setTitleText(tr("p95 latency"));

    const DeliveryStats::Totals &totals = m_stats->totals();
    const int all = totals.delivered + totals.failed;
    QString summary;
    if (!m_stats->status()->hasLoaded())
        summary = m_stats->status()->state() == LoadState::Failed
            ? tr("The delivery figures could not be loaded.")
            : tr("Loading the delivery figures…");
    else if (all == 0)
        summary = tr("No webhook deliveries in this period.");
    else
        summary = tr("%L1 of %L2 deliveries succeeded (%L3 %), %L4 failed; p95 latency %5.")
                      .arg(totals.delivered)
                      .arg(all)
                      .arg(100.0 * totals.delivered / all, 0, 'f', 1)
                      .arg(totals.failed)
                      .arg(totals.p95Ms >= 0 ? tr("%L1 ms").arg(totals.p95Ms) : tr("—"));
    if (m_stats->isStale())
        summary = tr("Not current: the last refresh failed. %1").arg(summary);
    ChartStyle::showSummary(m_summary, m_view, summary, tr("Webhook deliveries over time"));
}

void DeliveryChart::applyPalette()
{
    const QPalette pal = palette();
    ChartStyle::apply(m_chart, {m_time, m_percent, m_ms}, pal);
    QPen success(StatusPalette::color(StatusPalette::Status::Ok, pal), 2);
    m_success->setPen(success);
    QPen latency(StatusPalette::color(StatusPalette::Status::InProgress, pal), 2);
    latency.setStyle(Qt::DashLine); // told apart without colour too
    m_latency->setPen(latency);
}

void DeliveryChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace Tessera
