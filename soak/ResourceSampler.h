#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Tessera::Soak {

// Resident memory of the soak process and of the sandbox, sampled every 10 s.
class ResourceSampler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceSampler)
public:
    struct Sample
    {
        double atS = 0;
        qint64 soakKb = 0;
        qint64 sandboxKb = 0; // 0 while the sandbox is down
        qint64 sandboxPid = 0;
    };

    ResourceSampler(std::function<qint64()> sandboxPid, QObject *parent = nullptr);

    void start();
    void sampleNow();
    const QList<Sample> &samples() const { return m_samples; }

    static qint64 rssKb(qint64 pid); // 0 when unknown

private:
    std::function<qint64()> m_sandboxPid;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QList<Sample> m_samples;
};

} // namespace Tessera::Soak
