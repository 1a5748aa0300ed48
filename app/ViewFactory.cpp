#include "ViewFactory.h"

#include "candidates/CandidatesView.h"
#include "shell/MainWindow.h"

namespace Tessera::ViewFactory {

void install(MainWindow &window, const Dependencies &dependencies)
{
    window.setViewWidget(MainWindow::View::Candidates,
                         new CandidatesView(dependencies.directory, dependencies.client));
}

} // namespace Tessera::ViewFactory
