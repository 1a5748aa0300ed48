#pragma once

#include "CaptureScene.h"

#include <QStringList>

namespace Tessera {

// The wizard tour: on a backend with simulated partners, enables all five integrations through
// their wizards, saving every page as wizard-<partner>-<n>.png (WizardDriver). Then the grid
// with every tile Enabled and Willo's panel (marketplace-enabled.png), and the keys and webhooks
// the wizards made (api-keys-after-tour.png, webhooks-after-tour.png).
class WizardCaptures final : public CaptureScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardCaptures)
public:
    explicit WizardCaptures(CaptureSession *session, QObject *parent = nullptr);

    void start() override;

private:
    void tourNextWizard();
    void captureAfterTour();

    QStringList m_tour; // integrations still to enable
};

} // namespace Tessera
