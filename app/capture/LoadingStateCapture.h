#pragma once

#include <QObject>

namespace Tessera {

class CaptureSession;

// state-loading.png: the Candidates page and the status bar's counts while the first candidate
// sync from zero runs. Not a scene in the runner's sequence: it watches every backend context
// the console makes and saves once, as soon as the first candidates have arrived.
class LoadingStateCapture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadingStateCapture)
public:
    explicit LoadingStateCapture(CaptureSession *session, QObject *parent = nullptr);

private:
    void capture();

    CaptureSession *m_session;
    bool m_captured = false;
};

} // namespace Tessera
