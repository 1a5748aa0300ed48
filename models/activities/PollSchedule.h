#pragma once

namespace Tessera {

// The waits of a backing-off poll: the first wait, then twice the previous one up to a cap
// (2 s, 4 s, 8 s, 16 s, 30 s, 30 s …). reset() starts over after something happened.
class PollSchedule final
{
public:
    explicit PollSchedule(int firstMs = 2'000, int capMs = 30'000);

    // The wait before the next poll; each call moves one step on.
    int next();
    int peek() const { return m_nextMs; }
    void reset() { m_nextMs = m_firstMs; }
    void setIntervals(int firstMs, int capMs);
    int firstMs() const { return m_firstMs; }
    int capMs() const { return m_capMs; }

private:
    int m_firstMs;
    int m_capMs;
    int m_nextMs;
};

} // namespace Tessera
