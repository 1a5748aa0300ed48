#include "RunSchedule.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>
#include <chrono>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

void RunSchedule::store(QJsonObject &run, int step, int attempt, qint64 dueMs)
{
    run.insert(u"nextStep"_s, step);
    run.insert(u"nextAttempt"_s, attempt);
    run.insert(u"nextDueMs"_s, dueMs);
}

void RunSchedule::clear(QJsonObject &run)
{
    run.remove(u"nextStep"_s);
    run.remove(u"nextAttempt"_s);
    run.remove(u"nextDueMs"_s);
}

bool RunSchedule::isScheduled(const QJsonObject &run)
{
    return run.contains(u"nextStep"_s);
}

int RunSchedule::step(const QJsonObject &run)
{
    return run.value(u"nextStep"_s).toInt(-1);
}

int RunSchedule::attempt(const QJsonObject &run)
{
    return run.value(u"nextAttempt"_s).toInt(1);
}

qint64 RunSchedule::dueMs(const QJsonObject &run)
{
    return run.value(u"nextDueMs"_s).toInteger(0);
}

void RunSchedule::callAt(qint64 dueMs, QObject *context, std::function<void()> action)
{
    const qint64 wait = std::max<qint64>(0, dueMs - QDateTime::currentMSecsSinceEpoch());
    QTimer::singleShot(std::chrono::milliseconds(wait), context, std::move(action));
}

} // namespace Tessera::Sandbox
