#include "FilterTyping.h"

#include "ModelSync.h"
#include "PaintCounter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <time.h>

namespace Tessera::Bench {

namespace {

double threadCpuMs()
{
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

void flushEvents()
{
    // Delayed item layout is a 0 ms timer; painting is a posted UpdateRequest. Twice, so the
    // update requested by the layout is painted within the same keystroke.
    for (int i = 0; i < 2; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
    }
}

} // namespace

QStringList typed(const QString &prefix, const QString &word)
{
    QStringList texts;
    for (qsizetype i = 1; i <= word.size(); ++i)
        texts << prefix + word.left(i);
    return texts;
}

QStringList backspaced(const QString &text, int count)
{
    QStringList texts;
    for (int i = 1; i <= count && i <= text.size(); ++i)
        texts << text.left(text.size() - i);
    return texts;
}

QList<Keystroke> typeFilter(CandidateList &list, const QStringList &texts)
{
    PaintCounter counter;
    list.view.viewport()->installEventFilter(&counter);
    flushEvents();

    QList<Keystroke> keystrokes;
    for (const QString &text : texts) {
        counter.paints = 0;
        const double cpuBefore = threadCpuMs();
        QElapsedTimer clock;
        clock.start();
        list.proxy.setFilterText(text);
        const qint64 proxyNs = clock.nsecsElapsed();
        flushEvents();
        const qint64 totalNs = clock.nsecsElapsed();
        keystrokes.append({text, list.proxy.rowCount(), double(proxyNs) / 1e6,
                           double(totalNs) / 1e6, threadCpuMs() - cpuBefore, counter.paints});
    }
    list.view.viewport()->removeEventFilter(&counter);
    return keystrokes;
}

} // namespace Tessera::Bench
