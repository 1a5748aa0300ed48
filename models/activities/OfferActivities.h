#pragma once

#include "ActivityService.h"
#include "CandidateActivity.h"
#include "models/api/ApiError.h"
#include "models/domain/Offer.h"
#include "RunPoll.h"
#include "WorkflowForm.h"

#include <QObject>
#include <QPointer>

namespace Tessera {

class ApiClient;

// The workflows of the offer selected on the Offers tab (activity.list {offerId}, docs/API.md
// §3.15): those that can start on it (approved offers only) and its runs, the start form of the
// one picked, the start. While a run is not final it asks again on a backing-off poll (one
// request at a time, none while hidden), and reads the offer again (offer.info) whenever a run
// changed status, so the offer's status follows the run (Accepted once Juro completes). An offer
// waiting for approval can be approved (offer.approve, §3.5); its workflows are then read again.
class OfferActivities final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferActivities)
public:
    explicit OfferActivities(ApiClient *client, QObject *parent = nullptr);

    void show(const QString &offerId); // empty: none
    QString offerId() const { return m_offerId; }
    const QList<CandidateActivity> &activities() const { return m_activities; }
    bool isLoaded() const { return m_loaded; }
    ApiError listError() const { return m_listError; }

    void loadForm(const QString &externalWorkflowId);
    const WorkflowForm *form() const { return m_form.isEmpty() ? nullptr : &m_form; }
    bool isFormLoading() const { return !m_formContext.isNull(); }
    bool start(const QString &externalWorkflowId, const QJsonObject &values);
    // A start or an approval sent for the offer shown (one for another offer runs on unseen).
    bool isStarting() const { return !m_startContext.isNull() && m_startOfferId == m_offerId; }
    // The refusal of the last form or start, until the next one.
    ApiError actionError() const { return m_actionError; }

    // Approves the offer's latest version (`versionId`); false, sending nothing, while an
    // approval or a start runs. Its refusal is actionError(); its answer is offerChanged().
    bool approve(const QString &versionId);
    bool isApproving() const
    {
        return !m_approveContext.isNull() && m_approveOfferId == m_offerId;
    }

    // Cancels a run of this offer with the user's reason; false while another cancel runs.
    bool cancel(const QString &activityId, const QString &reason);
    QString cancellingId() const { return m_cancelContext ? m_cancellingId : QString(); }

    void setWatched(bool watched) { m_poll.setWatched(watched); }
    void setPollIntervals(int firstMs, int capMs) { m_poll.setIntervals(firstMs, capMs); }
    bool isRequestRunning() const { return !m_listContext.isNull(); }
    bool isPolling() const { return m_poll.isScheduled() || !m_listContext.isNull(); }

Q_SIGNALS:
    void changed();
    void offerChanged(const Tessera::Offer &offer);

private:
    void request();
    void onListed(const QString &offerId, const Outcome<QList<CandidateActivity>> &outcome);
    void readOffer();
    void relist();
    bool anyRunning() const;

    QPointer<ApiClient> m_client;
    ActivityService m_service;
    QString m_offerId;
    QList<CandidateActivity> m_activities;
    ApiError m_listError;
    WorkflowForm m_form;
    ApiError m_actionError;
    QPointer<QObject> m_listContext;
    QPointer<QObject> m_formContext;
    QString m_formLoadingId; // the workflow whose form m_formContext asks for
    QPointer<QObject> m_startContext;
    QPointer<QObject> m_approveContext;
    QString m_startOfferId;   // the offer the start in flight is for
    QString m_approveOfferId; // the offer the approval in flight is for
    QPointer<QObject> m_cancelContext;
    QString m_cancellingId;
    RunPoll m_poll;
    bool m_loaded = false;
};

} // namespace Tessera
