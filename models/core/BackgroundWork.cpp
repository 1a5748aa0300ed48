#include "BackgroundWork.h"

#include <algorithm>

namespace Tessera {

BackgroundWork::BackgroundWork(QObject *parent)
    : QObject(parent)
{
}

int BackgroundWork::begin(const QString &description)
{
    const int id = m_nextId++;
    m_jobs.append({id, description, 0, -1});
    Q_EMIT changed();
    return id;
}

void BackgroundWork::progress(int id, qint64 done, qint64 total)
{
    const auto job = std::find_if(m_jobs.begin(), m_jobs.end(),
                                  [id](const Job &each) { return each.id == id; });
    if (job == m_jobs.end())
        return;
    job->done = done;
    job->total = total;
    Q_EMIT changed();
}

void BackgroundWork::end(int id)
{
    const auto removed = m_jobs.removeIf([id](const Job &each) { return each.id == id; });
    if (removed > 0)
        Q_EMIT changed();
}

} // namespace Tessera
