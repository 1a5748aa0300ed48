#include "CaptureScene.h"

#include "CaptureSession.h"

namespace Tessera {

CaptureScene::CaptureScene(CaptureSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

void CaptureScene::finishWith(const QString &name)
{
    if (m_session->saveSettled(m_session->window(), name))
        Q_EMIT finished(Then::Next);
}

} // namespace Tessera
