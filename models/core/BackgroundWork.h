#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace Tessera {

// What the connection is doing in the background right now (a candidate sync, reference data
// refreshing, a webhook test being followed), so the status bar can say so while it runs.
// Each job is started with a description and ended with the id begin() returned.
class BackgroundWork final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundWork)
public:
    struct Job
    {
        int id = 0;
        QString description; // translated, e.g. "Syncing candidates"
        qint64 done = 0;
        qint64 total = -1; // unknown: < 0
    };

    explicit BackgroundWork(QObject *parent = nullptr);

    int begin(const QString &description);
    void progress(int id, qint64 done, qint64 total);
    void end(int id);
    const QList<Job> &jobs() const { return m_jobs; }
    bool isIdle() const { return m_jobs.isEmpty(); }

Q_SIGNALS:
    void changed();

private:
    QList<Job> m_jobs;
    int m_nextId = 1;
};

} // namespace Tessera
