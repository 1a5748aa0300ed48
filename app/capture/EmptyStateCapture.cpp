#include "EmptyStateCapture.h"

#include "CaptureSession.h"

#include "models/admin/WebhooksModel.h"
#include "ui/admin/WebhooksView.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

EmptyStateCapture::EmptyStateCapture(CaptureSession *session, QObject *parent)
    : CaptureScene(session, parent)
{
}

void EmptyStateCapture::start()
{
    auto *hooks = session()->view<WebhooksView>(MainWindow::View::Webhooks);
    if (hooks && hooks->model()->rowCount() == 0
        && !session()->saveView(MainWindow::View::Webhooks, u"state-empty"_s))
        return;
    Q_EMIT finished(Then::Next);
}

} // namespace Tessera
