#pragma once

#include "CaptureScene.h"

namespace Tessera {

// marketplace-panel.png: the marketplace with Juro's side panel open.
class MarketplacePanelCapture final : public CaptureScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketplacePanelCapture)
public:
    explicit MarketplacePanelCapture(CaptureSession *session, QObject *parent = nullptr);

    void start() override;
};

} // namespace Tessera
