#pragma once

#include "CaptureScene.h"

namespace Tessera {

// candidate-activities.png: a candidate's Activities tab with a completed and a running
// Justifacts check and the plan's Juro workflow. Made for real: the plan's Juro workflow joins
// Background Check, a candidate of the first job moves there, Justifacts runs a Basic identity
// check to Complete (about 12 s at the embedded sandbox's time scale), then the plan's Standard
// background check starts and is shown while it runs.
class CandidateActivitiesCapture final : public CaptureScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateActivitiesCapture)
public:
    explicit CandidateActivitiesCapture(CaptureSession *session, QObject *parent = nullptr);

    void start() override;

private:
    // Moves a candidate of the job to Background Check and starts the first check there.
    void startFirstCheck(const QString &jobId, const QString &checkStageId);
    // Once the first check is complete (Justifacts checks one at a time), the plan's starts.
    void startRunningCheck(const QString &applicationId, const QString &candidateId);
    void showActivities(const QString &candidateId);
};

} // namespace Tessera
