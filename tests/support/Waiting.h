#pragma once

#include <QTest>

#include <functional>

namespace Tessera::Test {

// Runs the event loop until `done` holds or `timeoutMs` passes; returns whether it held. The
// only way tests wait: for something to become true, never for a fixed time.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = 20'000)
{
    return QTest::qWaitFor(done, timeoutMs);
}

} // namespace Tessera::Test
