#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Tessera::Bench {

// A 1 ms precise timer on the GUI thread. The longest gap between two beats is the longest
// time the event loop was busy with something else: the stall a user would feel.
class Heartbeat final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Heartbeat)
public:
    explicit Heartbeat(QObject *parent = nullptr);

    void start();
    void stop();

    double maxGapMs() const { return double(m_maxGapNs) / 1e6; }
    // When the longest gap ended, in ms since start().
    double maxGapAtMs() const { return double(m_maxGapAtNs) / 1e6; }
    qint64 beats() const { return m_beats; }
    qint64 gapsOver8Ms() const { return m_over8; }
    qint64 gapsOver16Ms() const { return m_over16; }
    qint64 gapsOver100Ms() const { return m_over100; } // the soak's "something hung"
    // The most CPU time the GUI thread used between two beats: the stall without the time the
    // thread waited for a core, so it says what our code costs even on a busy machine.
    double maxCpuGapMs() const { return double(m_maxCpuGapNs) / 1e6; }

private:
    void beat();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_maxGapAtNs = 0;
    qint64 m_beats = 0;
    qint64 m_over8 = 0;
    qint64 m_over16 = 0;
    qint64 m_over100 = 0;
    qint64 m_lastCpuNs = 0;
    qint64 m_maxCpuGapNs = 0;
};

} // namespace Tessera::Bench
