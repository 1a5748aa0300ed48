#pragma once

#include "CaptureScene.h"

namespace Tessera {

// offer-approve.png: an offer waiting for approval on the candidate's Offers tab, with the
// approval's confirmation open (not sent).
class OfferApprovalCapture final : public CaptureScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferApprovalCapture)
public:
    explicit OfferApprovalCapture(CaptureSession *session, QObject *parent = nullptr);

    void start() override;

private:
    void showApproval(const QString &candidateId, const QString &offerId);
};

} // namespace Tessera
