#pragma once

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace Tessera::Sandbox {

// A partner run's next step, kept in the run's stored JSON (nextStep, nextAttempt, nextDueMs) so
// the stand-in can carry the run on after a restart, and the timer that fires it.
class RunSchedule final
{
public:
    static void store(QJsonObject &run, int step, int attempt, qint64 dueMs);
    static void clear(QJsonObject &run);
    static bool isScheduled(const QJsonObject &run);
    static int step(const QJsonObject &run); // -1 when none
    static int attempt(const QJsonObject &run);
    static qint64 dueMs(const QJsonObject &run);
    // Runs `action` on `context` at dueMs, or at once when that has passed.
    static void callAt(qint64 dueMs, QObject *context, std::function<void()> action);
};

} // namespace Tessera::Sandbox
