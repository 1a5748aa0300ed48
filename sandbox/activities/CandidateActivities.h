#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace Tessera::Sandbox {

class PartnerHub;
class Store;

// Started candidate activities (store.candidateActivities) and their one status vocabulary:
// not_started, requested, started, in_progress, completed, cancelled, failed; each entry of the
// history keeps the partner's own label. Assessments reach Justifacts over HTTP as Ashby's
// assessment framework has it (assessment.start / assessment.cancel); the partner reports back
// through assessment.update (apply()).
class CandidateActivities final
{
public:
    // Answers the activity's view, or fails with (code, message).
    using Done = std::function<void(const QJsonObject &activity)>;
    using Failed = std::function<void(const QString &code, const QString &message)>;

    // Throws ApiFailure for a bad request before anything is sent.
    static void startAssessment(Store &store, PartnerHub &partners, const QString &applicationId,
                                const QString &integrationId, const QString &assessmentTypeId,
                                const QString &planActivityId, Done done, Failed failed);
    static void cancel(Store &store, PartnerHub &partners, const QString &activityId,
                       const QString &reason, Done done, Failed failed);
    // assessment.update (the request as the OpenAPI has it, validated); the activity's view.
    static QJsonObject apply(Store &store, const QJsonObject &update);

    static bool isFinal(const QString &status);
    // The stored activity as activity.list shows it (stuck and allowedActions computed now).
    static QJsonObject view(const QJsonObject &activity, qint64 nowMs);
    // The partner's label in the vocabulary, e.g. "In Process" -> in_progress.
    static QString statusFor(const QString &partnerLabel);
    // What activity.list shows for an activity that can start: `fields` (planActivityId, kind,
    // integrationId, title, ...) plus id null, not_started, an empty history, allowedActions
    // ["start"].
    static QJsonObject notStartedView(QJsonObject fields);
    // For other partners' runs (JuroRuns): a history entry when status or label changed, and
    // storing the run.
    static void moveActivity(QJsonObject &activity, const QString &status, const QString &label,
                             qint64 atMs);
    static void saveActivity(Store &store, const QJsonObject &activity, qint64 nowMs);
};

} // namespace Tessera::Sandbox
