#pragma once

#include "CaptureScene.h"

namespace Tessera {

// marketplace-states.png: tiles in each state an admin meets: Willo's key revoked (Needs
// attention), Sora disabled (Available), the others Enabled. Made for real through the API,
// then read back.
class MarketplaceStatesCapture final : public CaptureScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketplaceStatesCapture)
public:
    explicit MarketplaceStatesCapture(CaptureSession *session, QObject *parent = nullptr);

    void start() override;

private:
    void showStates();
};

} // namespace Tessera
