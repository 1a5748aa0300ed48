#include "SoakSandbox.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Soak {

SoakSandbox::SoakSandbox(QString executable, QString dataDir, int candidates, QObject *parent)
    : QObject(parent)
    , m_executable(std::move(executable))
    , m_dataDir(std::move(dataDir))
    , m_candidates(candidates)
{
}

SoakSandbox::~SoakSandbox()
{
    if (isRunning()) {
        m_process->disconnect(this);
        m_process->terminate();
        if (!m_process->waitForFinished(10'000)) {
            m_process->kill();
            m_process->waitForFinished(10'000);
        }
    }
}

QString SoakSandbox::logPath() const
{
    return QDir(m_dataDir).filePath(u"sandbox.log"_s);
}

bool SoakSandbox::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 SoakSandbox::pid() const
{
    return isRunning() ? m_process->processId() : 0;
}

void SoakSandbox::start()
{
    m_process = std::make_unique<QProcess>();
    m_output.clear();
    m_ready = false;
    m_killed = false;
    ++m_starts;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_FORCE_STDERR_LOGGING"_s, u"1"_s);
    m_process->setProcessEnvironment(environment);
    // One log over every start: the injected faults are counted from it at the end.
    m_process->setStandardErrorFile(logPath(), QIODevice::Append);
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this, &SoakSandbox::onOutput);
    connect(m_process.get(), &QProcess::finished, this, &SoakSandbox::onFinished);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(u"tessera-sandbox did not start: "_s + m_process->errorString());
    });
    // A new fault seed per start: a restarted sandbox does not replay the same fault sequence.
    // Every integration set up (Justifacts runs the assessments the soak starts), and checks
    // that move on every 0.8 s, so runs complete, and get cancelled, while the soak runs.
    m_process->start(m_executable,
                     {u"--data"_s, m_dataDir, u"--seed"_s, u"demo"_s, u"--enable-all"_s,
                      u"--time-scale"_s, u"0.2"_s, u"--candidates"_s,
                      QString::number(m_candidates), u"--fault-seed"_s,
                      QString::number(m_starts), u"--listen"_s,
                      u"127.0.0.1:%1"_s.arg(m_port)});
}

void SoakSandbox::onOutput()
{
    m_output += m_process->readAllStandardOutput();
    if (m_ready || !m_output.contains('\n'))
        return;
    static const QRegularExpression line(u"^tessera-sandbox listening on (http://\\S+)$"_s);
    const auto match = line.match(QString::fromUtf8(m_output.left(m_output.indexOf('\n'))));
    if (!match.hasMatch()) {
        Q_EMIT failed(u"tessera-sandbox printed an unexpected first line: "_s
                      + QString::fromUtf8(m_output));
        return;
    }
    m_ready = true;
    m_baseUrl = QUrl(match.captured(1));
    m_port = m_baseUrl.port();
    QFile keyFile(QDir(m_dataDir).filePath(u"admin.key"_s));
    if (!keyFile.open(QIODevice::ReadOnly)) {
        Q_EMIT failed(u"tessera-sandbox left no readable admin.key: "_s + keyFile.errorString());
        return;
    }
    m_adminKey = QString::fromUtf8(keyFile.readAll()).trimmed();
    Q_EMIT ready();
}

void SoakSandbox::kill()
{
    if (!isRunning())
        return;
    m_killed = true;
    m_process->kill();
}

void SoakSandbox::onFinished()
{
    if (!m_ready) {
        Q_EMIT failed(u"tessera-sandbox exited before listening (exit code %1); see %2"_s
                          .arg(m_process->exitCode())
                          .arg(logPath()));
        return;
    }
    if (!m_killed) {
        const bool crashed = m_process->exitStatus() == QProcess::CrashExit;
        Q_EMIT failed(u"tessera-sandbox ended by itself (%1 %2); see %3"_s
                          .arg(crashed ? u"crashed, signal"_s : u"exit code"_s)
                          .arg(m_process->exitCode())
                          .arg(logPath()));
        return;
    }
    Q_EMIT stopped();
}

} // namespace Tessera::Soak
