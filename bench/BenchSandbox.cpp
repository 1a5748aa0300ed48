#include "BenchSandbox.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Bench {

BenchSandbox::BenchSandbox(QString executable)
    : m_executable(std::move(executable))
{
}

BenchSandbox::~BenchSandbox()
{
    stop();
}

QString BenchSandbox::logPath() const
{
    return QDir(m_dataDir.path()).filePath(u"sandbox.log"_s);
}

bool BenchSandbox::fail(const QString &what)
{
    m_error = u"tessera-sandbox "_s + what;
    if (m_process) {
        if (m_process->state() == QProcess::NotRunning)
            m_error += u" (exit code %1)"_s.arg(m_process->exitCode());
        QFile log(logPath());
        if (log.open(QIODevice::ReadOnly)) {
            const QString text = QString::fromUtf8(log.readAll()).trimmed();
            if (!text.isEmpty())
                m_error += u"\n--- sandbox log (end) ---\n"_s + text.right(4000);
        }
    }
    return false;
}

bool BenchSandbox::start(int candidates, int timeoutMs)
{
    if (!m_dataDir.isValid())
        return fail(u"has no data directory: "_s + m_dataDir.errorString());
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_FORCE_STDERR_LOGGING"_s, u"1"_s);
    m_process->setProcessEnvironment(environment);
    // Its log goes to a file: nobody reads it during the run, and a pipe would fill up.
    m_process->setStandardErrorFile(logPath());
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });

    QElapsedTimer clock;
    clock.start();
    m_process->start(m_executable, {u"--data"_s, m_dataDir.path(), u"--seed"_s, u"demo"_s,
                                    u"--candidates"_s, QString::number(candidates),
                                    // a month of webhook deliveries for the dashboard's figures
                                    u"--deliveries"_s, u"100000"_s,
                                    u"--listen"_s, u"127.0.0.1:0"_s});
    if (!m_process->waitForStarted(30'000))
        return fail(u"did not start: "_s + m_process->errorString());

    QByteArray out;
    const QDeadlineTimer deadline(timeoutMs);
    while (!out.contains('\n')) {
        if (!m_process->waitForReadyRead(int(deadline.remainingTime()))) {
            out += m_process->readAllStandardOutput();
            if (out.contains('\n'))
                break;
            return fail(deadline.hasExpired() ? u"did not report listening in time"_s
                                              : u"exited before listening"_s);
        }
        out += m_process->readAllStandardOutput();
    }
    m_startupMs = clock.elapsed();

    static const QRegularExpression ready(u"^tessera-sandbox listening on (http://\\S+)$"_s);
    const QString line = QString::fromUtf8(out.left(out.indexOf('\n')));
    const auto match = ready.match(line);
    if (!match.hasMatch())
        return fail(u"printed an unexpected first line: "_s + line);
    m_baseUrl = QUrl(match.captured(1));

    QFile keyFile(QDir(m_dataDir.path()).filePath(u"admin.key"_s));
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(u"left no readable admin.key: "_s + keyFile.errorString());
    m_adminKey = QString::fromUtf8(keyFile.readAll()).trimmed();
    return true;
}

double BenchSandbox::cpuMs() const
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return -1;
    QFile stat(u"/proc/%1/stat"_s.arg(m_process->processId()));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // "pid (comm) state ppid ..."; utime and stime are fields 14 and 15, in clock ticks.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = fields.at(11).toDouble() + fields.at(12).toDouble();
    return ticks * 1000.0 / double(::sysconf(_SC_CLK_TCK));
}

void BenchSandbox::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10'000)) {
        m_process->kill();
        m_process->waitForFinished(10'000);
    }
}

} // namespace Tessera::Bench
