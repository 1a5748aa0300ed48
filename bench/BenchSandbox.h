#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Tessera::Bench {

// A real tessera-sandbox process on 127.0.0.1 (a free port) with a private temporary data
// directory, seeded with the demo organisation. The child gets SIGKILL if the bench dies.
class BenchSandbox final
{
public:
    explicit BenchSandbox(QString executable);
    ~BenchSandbox();
    BenchSandbox(const BenchSandbox &) = delete;
    BenchSandbox &operator=(const BenchSandbox &) = delete;

    // Starts `--seed demo --candidates N` and waits (blocking: the harness has nothing else to
    // do yet) for the "listening on" line and admin.key. False with errorString() on failure.
    bool start(int candidates, int timeoutMs);
    // Arguments added to the next start(), e.g. {"--deliveries", "1000000"}.
    void setExtraArguments(QStringList arguments) { m_extraArguments = std::move(arguments); }
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    QString adminKey() const { return m_adminKey; }
    // Process start to the "listening on" line: seeding dominates it.
    qint64 startupMs() const { return m_startupMs; }
    QString errorString() const { return m_error; }
    // CPU time (user + system) the sandbox process has used so far, in ms; -1 if unknown.
    double cpuMs() const;

private:
    bool fail(const QString &what);
    QString logPath() const;

    QString m_executable;
    QStringList m_extraArguments;
    QTemporaryDir m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QString m_adminKey;
    qint64 m_startupMs = 0;
    QString m_error;
};

} // namespace Tessera::Bench
