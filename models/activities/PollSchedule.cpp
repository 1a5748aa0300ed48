#include "PollSchedule.h"

#include <algorithm>

namespace Tessera {

PollSchedule::PollSchedule(int firstMs, int capMs)
    : m_firstMs(std::max(1, firstMs))
    , m_capMs(std::max(m_firstMs, capMs))
    , m_nextMs(m_firstMs)
{
}

int PollSchedule::next()
{
    const int wait = m_nextMs;
    m_nextMs = m_nextMs >= m_capMs / 2 ? m_capMs : m_nextMs * 2;
    return wait;
}

void PollSchedule::setIntervals(int firstMs, int capMs)
{
    m_firstMs = std::max(1, firstMs);
    m_capMs = std::max(m_firstMs, capMs);
    reset();
}

} // namespace Tessera
