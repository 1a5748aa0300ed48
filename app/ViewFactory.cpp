#include "ViewFactory.h"

#include "admin/ApiKeysView.h"
#include "admin/WebhooksView.h"
#include "candidates/CandidatesView.h"
#include "shell/MainWindow.h"

namespace Tessera::ViewFactory {

void install(MainWindow &window, const Dependencies &dependencies)
{
    window.setViewWidget(MainWindow::View::Candidates,
                         new CandidatesView(dependencies.directory, dependencies.client));
    window.setViewWidget(MainWindow::View::ApiKeys, new ApiKeysView(dependencies.client));
    window.setViewWidget(MainWindow::View::Webhooks, new WebhooksView(dependencies.client));
}

} // namespace Tessera::ViewFactory
