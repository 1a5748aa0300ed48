#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <memory>

namespace Tessera::Soak {

// A real tessera-sandbox process on one data directory. Unlike the bench's, it never blocks:
// the soak measures the GUI thread, so start, kill and restart are all asynchronous. A restart
// takes the same port again, so the console keeps its backend URL as a real one would.
class SoakSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SoakSandbox)
public:
    SoakSandbox(QString executable, QString dataDir, int candidates, QObject *parent = nullptr);
    ~SoakSandbox() override;

    void start();
    // SIGKILL: no clean shutdown, no WAL checkpoint. stopped() follows once it is reaped.
    void kill();
    bool isRunning() const;
    qint64 pid() const;

    QUrl baseUrl() const { return m_baseUrl; }
    QString adminKey() const { return m_adminKey; }
    QString logPath() const;
    int starts() const { return m_starts; }

Q_SIGNALS:
    void ready();
    // It did not start, or it ended without being killed (a crash): the soak fails.
    void failed(const QString &why);
    void stopped();

private:
    void onOutput();
    void onFinished();

    QString m_executable;
    QString m_dataDir;
    int m_candidates;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    QUrl m_baseUrl;
    QString m_adminKey;
    int m_port = 0;
    int m_starts = 0;
    bool m_ready = false;
    bool m_killed = false; // the soak killed it: its end is expected
};

} // namespace Tessera::Soak
