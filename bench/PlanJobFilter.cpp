#include "PlanJobFilter.h"

#include "BenchSandbox.h"
#include "EventTiming.h"

#include "models/api/ApiClient.h"
#include "models/core/LoadStatus.h"
#include "models/reference/ReferenceData.h"
#include "ui/plans/JobPicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTimer>

#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Bench {

namespace {

void press(QWidget *target, Qt::Key key, const QString &text)
{
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &down);
    QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &up);
}

void waitForJobs(ReferenceData &reference, int timeoutMs)
{
    RecordList<Job> *jobs = reference.jobs();
    QEventLoop loop; // the harness has nothing else to do meanwhile
    QObject::connect(jobs->status(), &LoadStatus::stateChanged, &loop, [&loop, jobs] {
        if (jobs->status()->state() != LoadState::Loading)
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    jobs->ensureLoaded();
    if (jobs->status()->isLoading())
        loop.exec();
    if (jobs->status()->state() != LoadState::Ready)
        throw std::runtime_error("job.list did not load: "
                                 + jobs->status()->lastError().details().toStdString());
}

} // namespace

PlanJobFilterRun measurePlanJobFilter(const QString &sandboxPath, int jobs, const QString &word,
                                      int runs, int timeoutMs)
{
    PlanJobFilterRun result;
    BenchSandbox sandbox(sandboxPath);
    sandbox.setExtraArguments({u"--jobs"_s, QString::number(jobs)});
    if (!sandbox.start(10, timeoutMs))
        throw std::runtime_error(sandbox.errorString().toStdString());
    result.seedMs = sandbox.startupMs();

    QNetworkAccessManager network;
    ApiClient client(&network, sandbox.baseUrl(), sandbox.adminKey());
    ReferenceData reference(&client);
    waitForJobs(reference, timeoutMs);

    JobPicker picker(reference.jobs());
    picker.resize(420, picker.sizeHint().height());
    picker.show();
    picker.activateWindow();
    picker.lineEdit()->setFocus();
    picker.setEditText({});
    flushEvents();
    result.jobs = picker.count();

    QLineEdit *edit = picker.lineEdit();
    for (int run = 0; run < runs; ++run) {
        QStringList steps;
        for (const QChar character : word)
            steps << QString(character);
        for (qsizetype i = 0; i < word.size(); ++i)
            steps << QString(); // backspace
        for (const QString &typed : std::as_const(steps)) {
            const double cpuBefore = threadCpuMs();
            QElapsedTimer clock;
            clock.start();
            if (typed.isEmpty())
                press(edit, Qt::Key_Backspace, {});
            else
                press(edit, Qt::Key(typed.at(0).toUpper().unicode()), typed);
            flushEvents();
            const double ms = double(clock.nsecsElapsed()) / 1e6;
            const bool popupShown = picker.completer()->popup()->isVisible();
            result.keystrokes.append({edit->text(),
                                      popupShown ? picker.completer()->completionCount() : 0, ms,
                                      threadCpuMs() - cpuBefore});
        }
    }
    picker.hide();
    sandbox.stop();
    return result;
}

} // namespace Tessera::Bench
