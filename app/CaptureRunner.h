#pragma once

#include <QDir>
#include <QObject>
#include <QTimer>

namespace Tessera {

class ConsoleController;

// --capture DIR: once the data has loaded, renders every main view at 1280×800 into
// DIR/<view>.png and quits with 0; quits non-zero with a message when loading fails or stalls.
class CaptureRunner final : public QObject
{
    Q_OBJECT
public:
    CaptureRunner(ConsoleController *console, const QString &directory, QObject *parent = nullptr);

Q_SIGNALS:
    void done(int exitCode);

private:
    void openFirstCandidate();
    void captureAll();
    void fail(const QString &message);

    ConsoleController *m_console;
    QDir m_directory;
    QTimer m_deadline;
    bool m_started = false;
    bool m_captured = false;
};

} // namespace Tessera
