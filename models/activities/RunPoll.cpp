#include "RunPoll.h"

namespace Tessera {

RunPoll::RunPoll(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RunPoll::due);
}

bool RunPoll::mayAsk(bool loaded)
{
    m_timer.stop();
    if (!m_watched && loaded) {
        m_due = true; // asked once someone looks
        return false;
    }
    m_due = false;
    return true;
}

void RunPoll::answered(bool anyRunning)
{
    m_timer.stop();
    if (!anyRunning) {
        m_schedule.reset();
        return;
    }
    if (!m_watched) {
        m_due = true;
        return;
    }
    m_timer.start(m_schedule.next());
}

void RunPoll::stop()
{
    m_timer.stop();
    m_due = false;
    m_schedule.reset();
}

void RunPoll::setWatched(bool watched)
{
    if (m_watched == watched)
        return;
    m_watched = watched;
    if (!watched) {
        if (m_timer.isActive()) {
            m_timer.stop();
            m_due = true;
        }
        return;
    }
    if (m_due)
        Q_EMIT due(); // what changed while nobody looked
}

} // namespace Tessera
