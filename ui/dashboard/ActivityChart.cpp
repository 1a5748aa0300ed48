#include "ActivityChart.h"

#include "ChartStyle.h"
#include "models/dashboard/ActivityStats.h"
#include "ui/common/StatusPalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QLabel>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

StatusPalette::Status paletteStatus(int index)
{
    switch (index) {
    case 0: return StatusPalette::Status::Available;  // requested
    case 1:                                           // started
    case 2: return StatusPalette::Status::InProgress; // in progress
    case 3: return StatusPalette::Status::Ok;         // completed
    case 4: return StatusPalette::Status::Unavailable; // cancelled
    default: break;
    }
    return StatusPalette::Status::Failing; // failed
}

} // namespace

ActivityChart::ActivityChart(ActivityStats *stats, QWidget *parent)
    : QWidget(parent)
    , m_stats(stats)
    , m_chart(new QChart)
    , m_series(new QStackedBarSeries(m_chart))
    , m_categories(new QBarCategoryAxis(m_chart))
    , m_counts(new QValueAxis(m_chart))
    , m_summary(new QLabel(this))
{
    const int statusCount = int(ActivityStats::statuses().size());
    for (int i = 0; i < statusCount; ++i) {
        auto *set = new QBarSet({}, m_series);
        for (int j = 0; j < statusCount; ++j)
            set->append(0);
        m_series->append(set);
        m_sets.append(set);
        connect(set, &QBarSet::hovered, this, [this, i](bool shown, int) {
            if (shown)
                QToolTip::showText(QCursor::pos(), figuresAt(i), m_view);
            else
                QToolTip::hideText();
        });
    }
    ChartStyle::setUp(m_chart);
    m_chart->legend()->hide(); // the categories name the bars
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_categories, Qt::AlignBottom);
    m_chart->addAxis(m_counts, Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_counts);
    m_counts->setLabelFormat(u"%d"_s);
    m_series->setBarWidth(0.6);

    m_view = ChartStyle::layOut(this, m_chart, m_summary, 200, 300);
    m_summary->setObjectName(u"activitySummary"_s);
    connect(m_stats, &ActivityStats::changed, this, &ActivityChart::render);
    applyPalette();
    render();
}

QString ActivityChart::statusLabel(int index)
{
    switch (index) {
    case 0: return tr("Requested");
    case 1: return tr("Started");
    case 2: return tr("In progress");
    case 3: return tr("Completed");
    case 4: return tr("Cancelled");
    default: break;
    }
    return tr("Failed");
}

QBarSet *ActivityChart::barSet(int index) const
{
    return m_sets.value(index);
}

QString ActivityChart::summaryText() const
{
    return m_summary->text();
}

QString ActivityChart::figuresAt(int index) const
{
    const int count = m_stats->totals().at(size_t(qBound(0, index, 5)));
    const int all = m_stats->total();
    return tr("%1: %L2 of %L3 runs and checks (%L4 %)")
        .arg(statusLabel(index))
        .arg(count)
        .arg(all)
        .arg(all > 0 ? 100.0 * count / all : 0.0, 0, 'f', 1);
}

void ActivityChart::render()
{
    QStringList labels;
    int maxCount = 0;
    for (int i = 0; i < m_sets.size(); ++i) {
        labels.append(statusLabel(i));
        const int count = m_stats->totals().at(size_t(i));
        m_sets.at(i)->setLabel(statusLabel(i));
        m_sets.at(i)->replace(i, count);
        maxCount = qMax(maxCount, count);
    }
    m_categories->setCategories(labels);
    m_counts->setRange(0, qMax(5, maxCount));
    m_counts->applyNiceNumbers();

    QString summary;
    if (!m_stats->status()->hasLoaded())
        summary = m_stats->status()->state() == LoadState::Failed
            ? tr("The runs and checks could not be loaded.")
            : tr("Loading the runs and checks…");
    else if (m_stats->total() == 0)
        summary = tr("No runs or checks in this period.");
    else
        summary = tr("%L1 runs and checks: %L2 completed, %L3 failed, %L4 cancelled, %L5 still "
                     "open; %L6 stuck.")
                      .arg(m_stats->total())
                      .arg(m_stats->totals()[3])
                      .arg(m_stats->totals()[5])
                      .arg(m_stats->totals()[4])
                      .arg(m_stats->totals()[0] + m_stats->totals()[1] + m_stats->totals()[2])
                      .arg(m_stats->stuck());
    if (m_stats->isStale())
        summary = tr("Not current: the last refresh failed. %1").arg(summary);
    ChartStyle::showSummary(m_summary, m_view, summary, tr("Runs and checks by status"));
}

void ActivityChart::applyPalette()
{
    const QPalette pal = palette();
    ChartStyle::apply(m_chart, {m_categories, m_counts}, pal);
    for (int i = 0; i < m_sets.size(); ++i) {
        const QColor colour = StatusPalette::color(paletteStatus(i), pal);
        m_sets.at(i)->setColor(colour);
        m_sets.at(i)->setBorderColor(colour);
    }
}

void ActivityChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace Tessera
