#pragma once

#include "CaptureScene.h"

namespace Tessera {

// state-error.png, last: the backend stops, the admin presses Refresh on the Webhooks page, and
// the banner with Retry and Details is what they see. Only with the embedded sandbox.
class ErrorStateCapture final : public CaptureScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorStateCapture)
public:
    explicit ErrorStateCapture(CaptureSession *session, QObject *parent = nullptr);

    void start() override;
};

} // namespace Tessera
