#pragma once

#include "CandidateActivities.h"
#include "sandbox/server/HttpAnswer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Tessera::Sandbox {

class PartnerHub;
class Store;
class WorkflowForm;

// Juro contract workflows run for a candidate: the ATS asks Juro (POST v3/contracts with the
// stored Juro API key) to create the contract from the workflow's template and field values;
// Juro reports back through signed webhooks to the ATS's receiver (apply()): started -> Active
// once it pulled the data -> Completed. Completing a workflow started on an offer accepts the
// offer; a completed run links Juro's page of the contract (resultUrl). Runs are kept with the
// other candidate activities (CandidateActivities); the stand-in carries its contracts on after
// a restart.
class JuroRuns final
{
public:
    // Throws ApiFailure for a bad request before anything is sent: a run of the same workflow
    // already going, an offer not approved, Juro not set up, values the form refuses.
    static void start(Store &store, PartnerHub &partners, const WorkflowForm &form,
                      const QJsonObject &values, CandidateActivities::Done done,
                      CandidateActivities::Failed failed);
    // Tells Juro to stop the contract (POST v3/contracts/<id>/cancel), then marks it cancelled.
    // When Juro answers that the contract is already signed (its completion won the race), the
    // run is completed as Juro has it and the cancel fails with Juro's sentence.
    static void cancel(Store &store, PartnerHub &partners, const QJsonObject &activity,
                       const QString &reason, CandidateActivities::Done done,
                       CandidateActivities::Failed failed);
    // A verified webhook from Juro: moves the run it names. An answer (404) when it names a
    // contract no run has; nothing for events about no contract (e.g. "test").
    static std::optional<HttpAnswer> apply(Store &store, const QJsonObject &event);
    // activity.list {offerId}: the offer-entry workflows that can still start (only while the
    // offer is approved), then the offer's runs in start order.
    static QJsonArray listForOffer(const Store &store, const QString &offerId, qint64 nowMs);
};

} // namespace Tessera::Sandbox
