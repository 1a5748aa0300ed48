#pragma once

#include "CaptureScene.h"

namespace Tessera {

// offer-workflow.png: an approved offer with its Juro workflow started through the API (the
// form's values, empty required ones filled in), shown on the candidate's Offers tab once the
// run shows.
class OfferWorkflowCapture final : public CaptureScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferWorkflowCapture)
public:
    explicit OfferWorkflowCapture(CaptureSession *session, QObject *parent = nullptr);

    void start() override;

private:
    void showOfferWorkflow(const QString &candidateId, const QString &offerId);
};

} // namespace Tessera
