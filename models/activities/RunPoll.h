#pragma once

#include "PollSchedule.h"

#include <QObject>
#include <QTimer>

namespace Tessera {

// The backing-off poll of a list of runs (an application's activities, an offer's workflows):
// due() once the schedule's wait is over, only while something runs, never while nobody watches
// (a poll that falls due then is remembered and asked as soon as someone looks). The owner asks
// one request at a time: it calls mayAsk() before sending and answered() with what it heard, so
// the next wait starts from the answer and requests never stack.
class RunPoll final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPoll)
public:
    explicit RunPoll(QObject *parent = nullptr);

    // Before a request: false, remembering the poll fell due, while nobody watches a list already
    // shown once (`loaded`); true otherwise.
    bool mayAsk(bool loaded);
    // After an answer or a failure: the next poll on the schedule while `anyRunning`, else none.
    void answered(bool anyRunning);
    // Something happened (an action, a run that moved): the next waits start short again.
    void restart() { m_schedule.reset(); }
    // Another subject, or none: nothing scheduled or due, the schedule from the start.
    void stop();

    void setWatched(bool watched);
    bool isWatched() const { return m_watched; }
    void setIntervals(int firstMs, int capMs) { m_schedule.setIntervals(firstMs, capMs); }
    bool isScheduled() const { return m_timer.isActive(); }
    int remainingMs() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }

Q_SIGNALS:
    // Ask now. The owner sends nothing when its request still runs (its answer calls answered()).
    void due();

private:
    QTimer m_timer;
    PollSchedule m_schedule;
    bool m_watched = true;
    bool m_due = false; // a poll fell due while nobody watched
};

} // namespace Tessera
