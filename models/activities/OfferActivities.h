#pragma once

#include "ActivityService.h"
#include "CandidateActivity.h"
#include "models/api/ApiError.h"
#include "models/domain/Offer.h"
#include "PollSchedule.h"
#include "WorkflowForm.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Tessera {

class ApiClient;

// The workflows of the offer selected on the Offers tab (activity.list {offerId}, docs/API.md
// §3.15): those that can start on it (approved offers only) and its runs, the start form of the
// one picked, the start. While a run is not final it asks again on a backing-off poll (one
// request at a time, none while hidden), and reads the offer again (offer.info) whenever a run
// changed status, so the offer's status follows the run (Accepted once Juro completes).
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
    bool isStarting() const { return !m_startContext.isNull(); }
    // The refusal of the last form or start, until the next one.
    ApiError actionError() const { return m_actionError; }

    void setWatched(bool watched);
    void setPollIntervals(int firstMs, int capMs) { m_schedule.setIntervals(firstMs, capMs); }
    bool isRequestRunning() const { return !m_listContext.isNull(); }

Q_SIGNALS:
    void changed();
    void offerChanged(const Tessera::Offer &offer);

private:
    void request();
    void onListed(const QString &offerId, const Outcome<QList<CandidateActivity>> &outcome);
    void readOffer();
    void scheduleNext();
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
    QTimer m_timer;
    PollSchedule m_schedule;
    bool m_loaded = false;
    bool m_watched = true;
    bool m_due = false;
};

} // namespace Tessera
