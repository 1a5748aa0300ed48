#include "ResourceSampler.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Soak {

ResourceSampler::ResourceSampler(std::function<qint64()> sandboxPid, QObject *parent)
    : QObject(parent)
    , m_sandboxPid(std::move(sandboxPid))
{
    m_timer.setInterval(10'000);
    connect(&m_timer, &QTimer::timeout, this, &ResourceSampler::sampleNow);
}

void ResourceSampler::start()
{
    m_clock.start();
    m_samples.clear();
    sampleNow();
    m_timer.start();
}

void ResourceSampler::sampleNow()
{
    const qint64 pid = m_sandboxPid();
    m_samples.append({double(m_clock.elapsed()) / 1000.0,
                      rssKb(QCoreApplication::applicationPid()), pid ? rssKb(pid) : 0, pid});
}

qint64 ResourceSampler::rssKb(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace Tessera::Soak
