#pragma once

#include "ui/shell/MainWindow.h"

#include <QDir>
#include <QJsonObject>
#include <QObject>
#include <QSize>

#include <functional>

namespace Tessera {

class ApiCall;
class BackendContext;
class ConsoleController;

// What every capture scene shares: the console and its window, the output directory, and the
// helpers to call the backend, wait for data and save a picture. Every fail() is announced as
// failure(); the runner reports it and ends the run.
class CaptureSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureSession)
public:
    // The window's size for every picture but the interview-plan board's.
    static constexpr QSize windowSize{1280, 800};

    CaptureSession(ConsoleController *console, const QString &directory, QObject *parent = nullptr);

    ConsoleController *console() const { return m_console; }
    MainWindow *window() const;
    BackendContext *context() const;
    template <class ViewWidget>
    ViewWidget *view(MainWindow::View which) const
    {
        return qobject_cast<ViewWidget *>(window()->viewWidget(which));
    }
    const QDir &directory() const { return m_directory; }

    // DIR/<name>.png of the widget as it is now; false (after fail()) when it cannot be written.
    bool save(QWidget *widget, const QString &name);
    // The same once the pending layout and paint events have run.
    bool saveSettled(QWidget *widget, const QString &name);
    // Shows the view in the window, then saves the window settled.
    bool saveView(MainWindow::View view, const QString &name);
    // Pictures written by someone else (the wizard tour's driver) count too.
    void countSaved(const QStringList &files);
    qsizetype savedCount() const { return m_saved.size(); }

    // Calls `next` once `ready` holds, checking it again whenever one of `watched` (load
    // statuses, item models, offer activities) reports a change; fails after 30 s.
    void whenReady(const std::function<bool()> &ready, const QString &what,
                   const std::function<void()> &next, const QList<QObject *> &watched);
    // Calls `method`, then `next` with the call (answered or failed; the call goes after).
    void call(const QString &method, const QJsonObject &body,
              const std::function<void(ApiCall *)> &next);
    // True, after fail() with "<what>: <details>", when the call failed.
    bool failed(ApiCall *call, const QString &what);
    void fail(const QString &message);

Q_SIGNALS:
    void failure(const QString &message);

private:
    ConsoleController *m_console;
    QDir m_directory;
    QSet<QString> m_saved; // file names, so a picture taken again counts once
};

} // namespace Tessera
