#pragma once

#include <QList>
#include <QString>

namespace Tessera::Bench {

struct StartupRun
{
    double ms = 0;       // QProcess::start() to the "first-paint" line, as the bench saw it
    double inAppMs = 0;  // main() to the first paint, as the app measured it
};

// The real tessera binary started with --startup-probe (offscreen, a throwaway HOME and XDG
// directories, so no backend is saved: the main window opens with the Connect dialog). The
// process prints the time at the first paint of its main window and exits. Warm disk: the
// binary ran just before. Throws std::runtime_error on failure.
QList<StartupRun> measureStartup(const QString &executable, int runs);

} // namespace Tessera::Bench
