#include "StartupProbe.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Bench {

namespace {

StartupRun startOnce(const QString &executable)
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, folder] : {std::pair{u"HOME"_s, u"home"_s},
                                       {u"XDG_CONFIG_HOME"_s, u"config"_s},
                                       {u"XDG_DATA_HOME"_s, u"data"_s},
                                       {u"XDG_CACHE_HOME"_s, u"cache"_s}}) {
        QDir(home.path()).mkpath(folder);
        environment.insert(name, home.filePath(folder));
    }
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    process.start(executable, {u"--startup-probe"_s});
    QByteArray out;
    const QDeadlineTimer deadline(30'000);
    while (!out.contains('\n') && process.waitForReadyRead(int(deadline.remainingTime())))
        out += process.readAllStandardOutput();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    out += process.readAllStandardOutput();
    if (!process.waitForFinished(10'000))
        process.kill();
    const QByteArray line = out.left(out.indexOf('\n')).trimmed();
    if (!line.startsWith("first-paint "))
        throw std::runtime_error("tessera --startup-probe printed no first-paint line: "
                                 + out.toStdString());
    return {ms, line.mid(12).toDouble()};
}

} // namespace

QList<StartupRun> measureStartup(const QString &executable, int runs)
{
    startOnce(executable); // warm-up: the binary and its libraries in the page cache
    QList<StartupRun> result;
    for (int i = 0; i < runs; ++i)
        result << startOnce(executable);
    return result;
}

} // namespace Tessera::Bench
