#pragma once

#include <QObject>

namespace Tessera {

class CaptureSession;

// One step of --capture: a view or a family of views brought into a state and saved. The runner
// starts the scenes in turn; a scene announces finished() once its pictures are saved, or
// nothing when it failed (it has called CaptureSession::fail()).
class CaptureScene : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureScene)
public:
    // What comes after this scene: the next one, or the last one straight away (the console
    // lacks a view the scenes in between need).
    enum class Then { Next, Last };

    virtual void start() = 0;

Q_SIGNALS:
    void finished(Tessera::CaptureScene::Then then);

protected:
    CaptureScene(CaptureSession *session, QObject *parent);

    CaptureSession *session() const { return m_session; }
    // Saves the window, settled, as DIR/<name>.png; then the scene has finished.
    void finishWith(const QString &name);

private:
    CaptureSession *m_session;
};

} // namespace Tessera
