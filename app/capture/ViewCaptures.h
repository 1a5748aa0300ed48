#pragma once

#include "CaptureScene.h"

namespace Tessera {

// Every main view at 1280×800 as DIR/<view>.png, once the data has loaded. The Candidates
// picture shows a candidate's detail, so the first candidate is opened and loaded before.
class ViewCaptures final : public CaptureScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewCaptures)
public:
    explicit ViewCaptures(CaptureSession *session, QObject *parent = nullptr);

    void start() override;

private:
    void captureAll();

    bool m_captured = false;
};

} // namespace Tessera
