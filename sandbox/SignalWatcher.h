#pragma once

#include <QObject>

class QSocketNotifier;

namespace Tessera::Sandbox {

// Turns SIGINT and SIGTERM into a Qt signal through a self-pipe, so shutdown runs on the event
// loop instead of inside a signal handler.
class SignalWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Tessera::Sandbox
