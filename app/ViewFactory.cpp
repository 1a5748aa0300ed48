#include "ViewFactory.h"

#include "candidates/CandidatesView.h"
#include "settings/SettingsView.h"
#include "shell/MainWindow.h"

namespace Tessera::ViewFactory {

void install(MainWindow &window, const Dependencies &dependencies)
{
    window.setViewWidget(MainWindow::View::Candidates,
                         new CandidatesView(dependencies.directory, dependencies.client));
    window.setViewWidget(MainWindow::View::Settings,
                         new SettingsView(dependencies.settings, dependencies.secrets));
}

} // namespace Tessera::ViewFactory
