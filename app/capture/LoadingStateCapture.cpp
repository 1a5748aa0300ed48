#include "LoadingStateCapture.h"

#include "CaptureSession.h"

#include "app/ConsoleController.h"
#include "models/candidates/CandidateDirectory.h"
#include "models/session/BackendContext.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

LoadingStateCapture::LoadingStateCapture(CaptureSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session->console(), &ConsoleController::contextChanged, this,
            [this](BackendContext *context) {
                connect(context->candidates(), &CandidateDirectory::progressChanged, this,
                        [this](qint64 loaded) {
                            if (loaded > 0 && !m_captured) {
                                m_captured = true;
                                QMetaObject::invokeMethod(this, &LoadingStateCapture::capture,
                                                          Qt::QueuedConnection);
                            }
                        });
            });
}

void LoadingStateCapture::capture()
{
    MainWindow *window = m_session->window();
    window->resize(CaptureSession::windowSize);
    window->showView(MainWindow::View::Candidates);
    m_session->save(window, u"state-loading"_s);
}

} // namespace Tessera
