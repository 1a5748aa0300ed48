#pragma once

#include <QCoreApplication>

#include <time.h>

namespace Tessera::Bench {

// CPU time of the calling thread in ms (not inflated by waiting for a busy machine).
inline double threadCpuMs()
{
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Runs what a keystroke posts: delayed item layout (a 0 ms timer) and painting (a posted
// UpdateRequest). Twice, so the update requested by the layout is painted within the keystroke.
inline void flushEvents()
{
    for (int i = 0; i < 2; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
    }
}

} // namespace Tessera::Bench
