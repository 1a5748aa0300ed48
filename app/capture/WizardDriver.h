#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

class QWizardPage;

namespace Tessera {

class EnableWizard;

// Clicks through an enable wizard the way an admin would on a sandbox: creates the key, does
// each partner step in the simulated partner, waits for every check, and presses Next until
// Finish. Optionally saves each page, once complete, as DIR/wizard-<partner>-<n>.png. Used by
// --capture's tour and by end-to-end tests; it polls with a timer, never a nested event loop.
class WizardDriver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardDriver)
public:
    explicit WizardDriver(EnableWizard *wizard, QObject *parent = nullptr);

    void setCaptureDirectory(const QDir &directory) { m_directory = directory; m_capture = true; }
    void setPageTimeoutMs(int milliseconds) { m_pageTimeoutMs = milliseconds; }
    // Called once for every page, when it is complete and settled, before Next (tests walk it).
    void setPageVisitor(std::function<void(QWizardPage *)> visit) { m_visit = std::move(visit); }
    void start();
    QStringList savedFiles() const { return m_saved; }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void tick();
    void finish(bool ok, const QString &message);
    bool clickOnce(const QString &objectName);

    QPointer<EnableWizard> m_wizard;
    QDir m_directory;
    bool m_capture = false;
    int m_pageTimeoutMs = 60'000;
    QTimer m_timer;
    QElapsedTimer m_pageClock;
    int m_pageId = -2;
    int m_pageNumber = 0;
    QSet<QString> m_clicked;
    bool m_shot = false;
    bool m_advanced = false;
    bool m_done = false;
    QStringList m_saved;
    std::function<void(QWizardPage *)> m_visit;
};

} // namespace Tessera
