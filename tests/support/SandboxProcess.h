#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

namespace Tessera::Test {

// How a finished tessera-sandbox run ended (see SandboxProcess::runToExit).
struct ProcessResult
{
    bool finished = false; // false: still running at the deadline and killed
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    int exitCode = -1;
    QString standardOutput;
    QString standardError;
};

// The real tessera-sandbox executable, started with QProcess on 127.0.0.1 and a free port in a
// private temporary data directory. start() waits for the "listening on" line and throws
// std::runtime_error (with the process's stderr) when it does not come. The child gets SIGKILL
// if the test process dies, so a crashed test never leaves a server behind.
class SandboxProcess final
{
public:
    // `arguments` are the flags besides --listen and --data, e.g. {"--seed", "demo"}.
    explicit SandboxProcess(QStringList arguments);
    SandboxProcess(); // defaultArguments()
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    static QStringList defaultArguments(int candidates = 300);
    static QString executablePath();

    void start();
    // Starts again on the same data directory, with new flags (by default the previous ones).
    void restart(const std::optional<QStringList> &arguments = std::nullopt);
    // Starts again on the same data directory and address, as a real ATS restarts: the URLs
    // partners were given (webhooks) stay valid.
    void restartOnSamePort();
    // SIGTERM, then waits; true when the process exited by itself within the timeout.
    bool stop(int timeoutMs = 10'000);
    // SIGKILL, then waits for the process to be gone.
    void kill();

    // Waits for the process to exit by itself (after a signal the test sent); true if it did.
    bool waitForExit(int timeoutMs);

    bool isRunning() const;
    qint64 processId() const { return m_process ? m_process->processId() : 0; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString adminKey() const { return m_adminKey; }
    QString dataDir() const { return m_dataDir.path(); }
    QProcess::ExitStatus exitStatus() const { return m_process->exitStatus(); }
    int exitCode() const { return m_process->exitCode(); }
    // Everything the process wrote to stderr so far (its log).
    QString standardError();

    // Runs the executable with exactly these arguments until it exits (CLI tests).
    static ProcessResult runToExit(const QStringList &arguments, int timeoutMs = 15'000);

private:
    QString describeFailure(const QString &what);

    QStringList m_arguments;
    QTemporaryDir m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QUrl m_baseUrl;
    int m_port = 0; // 0: a free one
    QString m_adminKey;
};

// One sandbox per name and test process, created on first use. Test files call this with their
// own name so the test cases of a file share a server when they run in the same process.
// The Catch main stops them all before the QCoreApplication goes away.
SandboxProcess &sharedSandbox(const QString &name,
                              const QStringList &arguments = SandboxProcess::defaultArguments());
void stopSharedSandboxes();

} // namespace Tessera::Test
