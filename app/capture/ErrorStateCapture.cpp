#include "ErrorStateCapture.h"

#include "CaptureSession.h"

#include "app/ConsoleController.h"
#include "app/SandboxHost.h"
#include "models/admin/WebhooksModel.h"
#include "models/core/LoadStatus.h"
#include "ui/admin/WebhooksView.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

ErrorStateCapture::ErrorStateCapture(CaptureSession *session, QObject *parent)
    : CaptureScene(session, parent)
{
}

void ErrorStateCapture::start()
{
    SandboxHost *sandbox = session()->console()->sandboxHost();
    auto *hooks = session()->view<WebhooksView>(MainWindow::View::Webhooks);
    if (!sandbox || !hooks) {
        Q_EMIT finished(Then::Next);
        return;
    }
    connect(sandbox, &SandboxHost::stopped, hooks, [this, hooks] {
        LoadStatus *status = hooks->model()->status();
        hooks->refresh();
        session()->whenReady([status] { return status->state() == LoadState::Failed; },
                             u"the Webhooks page did not report the stopped backend"_s, [this] {
            session()->window()->showView(MainWindow::View::Webhooks);
            finishWith(u"state-error"_s);
        }, {status});
    });
    sandbox->stop();
}

} // namespace Tessera
