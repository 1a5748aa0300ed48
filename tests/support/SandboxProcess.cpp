#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <csignal>
#include <map>
#include <stdexcept>
#include <sys/prctl.h>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Test {

namespace {

constexpr int startTimeoutMs = 30'000;

// Settings shared by every child: logs on stderr, and SIGKILL when the test process dies.
void prepare(QProcess &process)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_FORCE_STDERR_LOGGING"_s, u"1"_s);
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

} // namespace

SandboxProcess::SandboxProcess(QStringList arguments)
    : m_arguments(std::move(arguments))
{
    if (!m_dataDir.isValid())
        throw std::runtime_error("cannot create a temporary data directory: "
                                 + m_dataDir.errorString().toStdString());
    start();
}

SandboxProcess::SandboxProcess()
    : SandboxProcess(defaultArguments())
{
}

SandboxProcess::~SandboxProcess()
{
    if (isRunning() && !stop(5'000))
        kill();
}

QStringList SandboxProcess::defaultArguments(int candidates)
{
    return {u"--seed"_s, u"demo"_s, u"--candidates"_s, QString::number(candidates)};
}

QString SandboxProcess::executablePath()
{
    return QStringLiteral(TESSERA_SANDBOX_PATH);
}

bool SandboxProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString SandboxProcess::standardError()
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return QString::fromUtf8(m_stderr);
}

QString SandboxProcess::describeFailure(const QString &what)
{
    QString text = u"tessera-sandbox "_s + what;
    if (m_process && m_process->state() == QProcess::NotRunning)
        text += u" (exit status %1, exit code %2)"_s.arg(int(m_process->exitStatus()))
                    .arg(m_process->exitCode());
    if (m_process)
        m_stdout += m_process->readAllStandardOutput();
    text += u"\n--- stdout ---\n"_s + QString::fromUtf8(m_stdout) + u"\n--- stderr ---\n"_s
            + standardError();
    return text;
}

void SandboxProcess::start()
{
    if (isRunning())
        throw std::logic_error("tessera-sandbox is already running");
    m_process = std::make_unique<QProcess>();
    m_stdout.clear();
    m_stderr.clear();
    m_baseUrl.clear();
    m_adminKey.clear();
    prepare(*m_process);
    m_process->start(executablePath(),
                     m_arguments
                         + QStringList{u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port), u"--data"_s,
                                       dataDir()});
    if (!m_process->waitForStarted(startTimeoutMs))
        throw std::runtime_error(
            describeFailure(u"did not start: "_s + m_process->errorString()).toStdString());

    static const QRegularExpression ready(u"^tessera-sandbox listening on (http://\\S+)$"_s);
    const QDeadlineTimer deadline(startTimeoutMs);
    while (!m_stdout.contains('\n')) {
        if (!m_process->waitForReadyRead(int(deadline.remainingTime()))) {
            m_stdout += m_process->readAllStandardOutput();
            if (m_stdout.contains('\n'))
                break;
            throw std::runtime_error(describeFailure(deadline.hasExpired()
                                                         ? u"did not report listening in time"_s
                                                         : u"exited before listening"_s)
                                         .toStdString());
        }
        m_stdout += m_process->readAllStandardOutput();
    }
    const QString line = QString::fromUtf8(m_stdout.left(m_stdout.indexOf('\n')));
    const auto match = ready.match(line);
    if (!match.hasMatch())
        throw std::runtime_error(
            describeFailure(u"printed an unexpected first line: "_s + line).toStdString());
    m_baseUrl = QUrl(match.captured(1));

    QFile keyFile(QDir(dataDir()).filePath(u"admin.key"_s));
    if (!keyFile.open(QIODevice::ReadOnly))
        throw std::runtime_error(
            describeFailure(u"left no readable admin.key: "_s + keyFile.errorString())
                .toStdString());
    m_adminKey = QString::fromUtf8(keyFile.readAll()).trimmed();
}

void SandboxProcess::restart(const std::optional<QStringList> &arguments)
{
    if (arguments)
        m_arguments = *arguments;
    start();
}

void SandboxProcess::restartOnSamePort()
{
    m_port = m_baseUrl.port();
    start();
}

bool SandboxProcess::stop(int timeoutMs)
{
    if (!isRunning())
        return true;
    m_process->terminate();
    if (!m_process->waitForFinished(timeoutMs))
        return false;
    standardError();
    return m_process->exitStatus() == QProcess::NormalExit;
}

bool SandboxProcess::waitForExit(int timeoutMs)
{
    if (!isRunning())
        return true;
    const bool exited = m_process->waitForFinished(timeoutMs);
    standardError();
    return exited;
}

void SandboxProcess::kill()
{
    if (!isRunning())
        return;
    m_process->kill();
    m_process->waitForFinished(startTimeoutMs);
    standardError();
}

ProcessResult SandboxProcess::runToExit(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    prepare(process);
    process.start(executablePath(), arguments);
    ProcessResult result;
    result.finished = process.waitForStarted(timeoutMs) && process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(timeoutMs);
    }
    result.exitStatus = process.exitStatus();
    result.exitCode = process.exitCode();
    result.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    result.standardError = QString::fromUtf8(process.readAllStandardError());
    return result;
}

namespace {
std::map<QString, std::unique_ptr<SandboxProcess>> &sharedSandboxes()
{
    static std::map<QString, std::unique_ptr<SandboxProcess>> sandboxes;
    return sandboxes;
}
} // namespace

SandboxProcess &sharedSandbox(const QString &name, const QStringList &arguments)
{
    auto &sandboxes = sharedSandboxes();
    auto it = sandboxes.find(name);
    if (it == sandboxes.end())
        it = sandboxes.emplace(name, std::make_unique<SandboxProcess>(arguments)).first;
    SandboxProcess &sandbox = *it->second;
    if (!sandbox.isRunning())
        throw std::runtime_error(
            (u"the shared sandbox \"%1\" died during an earlier test case (exit code %2):\n%3"_s
                 .arg(name)
                 .arg(sandbox.exitCode())
                 .arg(sandbox.standardError()))
                .toStdString());
    return sandbox;
}

void stopSharedSandboxes()
{
    sharedSandboxes().clear();
}

} // namespace Tessera::Test
