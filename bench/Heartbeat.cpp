#include "Heartbeat.h"

#include <algorithm>

#include <time.h>

namespace Tessera::Bench {

namespace {
qint64 threadCpuNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}
} // namespace

Heartbeat::Heartbeat(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &Heartbeat::beat);
}

void Heartbeat::start()
{
    m_lastNs = m_maxGapNs = m_maxGapAtNs = 0;
    m_beats = m_over8 = m_over16 = m_over100 = 0;
    m_maxCpuGapNs = 0;
    m_lastCpuNs = threadCpuNs();
    m_clock.start();
    m_timer.start();
}

void Heartbeat::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    beat(); // the time since the last beat counts too
}

void Heartbeat::beat()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 gap = now - m_lastNs;
    if (gap > m_maxGapNs) {
        m_maxGapNs = gap;
        m_maxGapAtNs = now;
    }
    if (gap > 8'000'000)
        ++m_over8;
    if (gap > 16'000'000)
        ++m_over16;
    if (gap > 100'000'000)
        ++m_over100;
    m_lastNs = now;
    const qint64 cpu = threadCpuNs();
    m_maxCpuGapNs = std::max(m_maxCpuGapNs, cpu - m_lastCpuNs);
    m_lastCpuNs = cpu;
    ++m_beats;
}

} // namespace Tessera::Bench
