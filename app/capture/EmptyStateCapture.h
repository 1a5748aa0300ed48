#pragma once

#include "CaptureScene.h"

namespace Tessera {

// state-empty.png: the Webhooks page before any webhook exists (a new sandbox has none yet;
// on a backend with webhooks there is no picture).
class EmptyStateCapture final : public CaptureScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateCapture)
public:
    explicit EmptyStateCapture(CaptureSession *session, QObject *parent = nullptr);

    void start() override;
};

} // namespace Tessera
