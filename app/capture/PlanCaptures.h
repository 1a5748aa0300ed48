#pragma once

#include "CaptureScene.h"

namespace Tessera {

// interview-plans.png: the designer on the first job, made for real through the API after the
// tour enabled everything: a Juro workflow card, Willo linked to the screening stage, two
// Justifacts packages on Background Check (one then withdrawn by the partner), Sora's chip.
class PlanCaptures final : public CaptureScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanCaptures)
public:
    explicit PlanCaptures(CaptureSession *session, QObject *parent = nullptr);

    void start() override;

private:
    void showInterviewPlans(const QString &jobId, const QString &planId);
};

} // namespace Tessera
