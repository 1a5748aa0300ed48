#pragma once

#include "CandidateActivity.h"
#include "WorkflowForm.h"
#include "models/core/Outcome.h"
#include "models/domain/Offer.h"

#include <QPointer>

class QObject;

namespace Tessera {

class ApiClient;

// The candidate-activity methods (docs/API.md §3.15). Each answers once through `done`, unless
// `context` is destroyed first. Starts and cancels reach the partner through the backend, so
// they allow the longer timeout of such calls.
class ActivityService final
{
public:
    explicit ActivityService(ApiClient *client);

    void list(const QString &applicationId, QObject *context,
              Done<QList<CandidateActivity>> done) const;
    // One of the current stage's plan activities; `values` (a workflow's visible fields the user
    // confirmed, by key) only for a workflow.
    void startPlanned(const QString &applicationId, const QString &planActivityId,
                      const QJsonObject &values, QObject *context,
                      Done<CandidateActivity> done) const;
    // The start form of a workflow activity of the current stage.
    void form(const QString &applicationId, const QString &planActivityId, QObject *context,
              Done<WorkflowForm> done) const;
    // Another package, by hand.
    void startAssessment(const QString &applicationId, const QString &integrationId,
                         const QString &assessmentTypeId, QObject *context,
                         Done<CandidateActivity> done) const;
    // An offer's workflows: those that can start (on an approved offer) and its runs.
    void listForOffer(const QString &offerId, QObject *context,
                      Done<QList<CandidateActivity>> done) const;
    void formForOffer(const QString &offerId, const QString &externalWorkflowId,
                      QObject *context, Done<WorkflowForm> done) const;
    void startOnOffer(const QString &offerId, const QString &externalWorkflowId,
                      const QJsonObject &values, QObject *context,
                      Done<CandidateActivity> done) const;
    // Approves an offer's latest version (offer.approve, Ashby's public API, offersWrite): the
    // offer as it now stands.
    void approveOffer(const QString &offerVersionId, QObject *context, Done<Offer> done) const;
    void cancel(const QString &activityId, const QString &reason, QObject *context,
                Done<CandidateActivity> done) const;

    ApiClient *client() const;

    static constexpr int partnerTimeoutMs = 60'000;

private:
    QPointer<ApiClient> m_client;
};

} // namespace Tessera
