#include "Heartbeat.h"

namespace Tessera::Soak {

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
    m_beats = m_over100 = 0;
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
    if (gap > 100'000'000)
        ++m_over100;
    m_lastNs = now;
    ++m_beats;
}

} // namespace Tessera::Soak
