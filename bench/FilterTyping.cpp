#include "FilterTyping.h"

#include "EventTiming.h"
#include "ModelSync.h"
#include "PaintCounter.h"

#include <QElapsedTimer>

namespace Tessera::Bench {

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
