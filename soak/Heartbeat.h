#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Tessera::Soak {

// A 1 ms precise timer on the GUI thread. The longest gap between two beats is the longest time
// the event loop was kept from its work: a hang if it is over a second.
class Heartbeat final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Heartbeat)
public:
    explicit Heartbeat(QObject *parent = nullptr);

    void start();
    void stop();

    double maxGapMs() const { return double(m_maxGapNs) / 1e6; }
    // When the longest gap ended, in seconds since start().
    double maxGapAtS() const { return double(m_maxGapAtNs) / 1e9; }
    qint64 beats() const { return m_beats; }
    qint64 gapsOver100Ms() const { return m_over100; }

private:
    void beat();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_maxGapAtNs = 0;
    qint64 m_beats = 0;
    qint64 m_over100 = 0;
};

} // namespace Tessera::Soak
