#include "OfferActivities.h"

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

OfferActivities::OfferActivities(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_service(client)
{
    connect(&m_poll, &RunPoll::due, this, &OfferActivities::request);
}

void OfferActivities::show(const QString &offerId)
{
    if (offerId == m_offerId && (m_loaded || m_listContext))
        return;
    delete m_listContext;
    delete m_formContext;
    delete m_cancelContext;
    // A start or an approval already sent runs on: its answer is about its own offer.
    m_poll.stop();
    m_offerId = offerId;
    m_activities.clear();
    m_form = {};
    m_actionError = {};
    m_listError = {};
    m_loaded = false;
    if (!m_offerId.isEmpty())
        request();
    Q_EMIT changed();
}

bool OfferActivities::anyRunning() const
{
    for (const CandidateActivity &activity : m_activities)
        if (activity.isRunning())
            return true;
    return false;
}

void OfferActivities::request()
{
    if (m_offerId.isEmpty() || m_listContext || !m_poll.mayAsk(m_loaded))
        return;
    auto *context = new QObject(this);
    m_listContext = context;
    const QString offerId = m_offerId;
    m_service.listForOffer(offerId, context,
                           [this, context, offerId](const Outcome<QList<CandidateActivity>> &outcome) {
                               context->deleteLater();
                               m_listContext = nullptr;
                               onListed(offerId, outcome);
                           });
}

void OfferActivities::onListed(const QString &offerId,
                               const Outcome<QList<CandidateActivity>> &outcome)
{
    if (offerId != m_offerId)
        return;
    if (!outcome.ok()) {
        m_listError = outcome.error;
        if (anyRunning())
            m_poll.answered(true);
        Q_EMIT changed();
        return;
    }
    // A run that moved may have moved the offer (completed: accepted).
    bool moved = false;
    for (const CandidateActivity &activity : outcome.value) {
        if (activity.id.isEmpty())
            continue;
        bool known = false;
        for (const CandidateActivity &before : std::as_const(m_activities))
            if (before.id == activity.id) {
                known = true;
                moved = moved || before.status != activity.status;
            }
        moved = moved || (!known && m_loaded);
    }
    m_listError = {};
    m_activities = outcome.value;
    m_loaded = true;
    if (moved) {
        m_poll.restart();
        readOffer();
    }
    m_poll.answered(anyRunning());
    Q_EMIT changed();
}

void OfferActivities::readOffer()
{
    if (!m_client)
        return;
    ApiCall *call = m_client->call(u"offer.info"_s, {{u"offerId"_s, m_offerId}}, this);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (call->error().isError())
            return; // the table keeps what it showed; the next change reads it again
        auto decoded = Offer::fromJson(call->results().toObject());
        if (auto *offer = std::get_if<Offer>(&decoded))
            Q_EMIT offerChanged(*offer);
    });
}

// Asks now, dropping a running answer that may predate what just happened.
void OfferActivities::relist()
{
    delete m_listContext;
    m_poll.restart();
    request();
}

void OfferActivities::loadForm(const QString &externalWorkflowId)
{
    if (m_offerId.isEmpty() || externalWorkflowId.isEmpty()
        || (m_form.workflowId == externalWorkflowId)
        || (m_formContext && m_formLoadingId == externalWorkflowId))
        return;
    delete m_formContext.data(); // the answer for another workflow is no longer wanted
    m_formLoadingId = externalWorkflowId;
    auto *context = new QObject(this);
    m_formContext = context;
    m_actionError = {};
    m_form = {};
    m_service.formForOffer(m_offerId, externalWorkflowId, context,
                           [this, context](const Outcome<WorkflowForm> &outcome) {
                               context->deleteLater();
                               m_formContext = nullptr;
                               if (outcome.ok())
                                   m_form = outcome.value;
                               else
                                   m_actionError = outcome.error;
                               Q_EMIT changed();
                           });
    Q_EMIT changed();
}

bool OfferActivities::start(const QString &externalWorkflowId, const QJsonObject &values)
{
    if (m_offerId.isEmpty() || isStarting())
        return false;
    auto *context = new QObject(this);
    m_startContext = context;
    m_startOfferId = m_offerId;
    m_actionError = {};
    const QString offerId = m_offerId;
    m_service.startOnOffer(offerId, externalWorkflowId, values, context,
                           [this, context, offerId](const Outcome<CandidateActivity> &outcome) {
                               context->deleteLater();
                               if (m_startContext == context)
                                   m_startContext = nullptr;
                               if (offerId != m_offerId)
                                   return;
                               if (!outcome.ok()) {
                                   m_actionError = outcome.error;
                                   Q_EMIT changed();
                                   return;
                               }
                               m_form = {};
                               relist();
                               Q_EMIT changed();
                           });
    Q_EMIT changed();
    return true;
}

bool OfferActivities::approve(const QString &versionId)
{
    if (m_offerId.isEmpty() || versionId.isEmpty() || !m_client || isApproving() || isStarting())
        return false;
    auto *context = new QObject(this);
    m_approveContext = context;
    m_approveOfferId = m_offerId;
    m_actionError = {};
    const QString offerId = m_offerId;
    m_service.approveOffer(versionId, context, [this, context, offerId](const Outcome<Offer> &outcome) {
        context->deleteLater();
        if (m_approveContext == context)
            m_approveContext = nullptr;
        // The offers table shows the approved offer whichever one is selected now.
        if (outcome.ok() && outcome.value.id == offerId)
            Q_EMIT offerChanged(outcome.value);
        if (offerId != m_offerId)
            return;
        if (!outcome.ok()) {
            m_actionError = outcome.error;
            Q_EMIT changed();
            return;
        }
        if (outcome.value.id != offerId)
            readOffer();
        relist(); // approved: its workflows can start now
        Q_EMIT changed();
    });
    Q_EMIT changed();
    return true;
}

bool OfferActivities::cancel(const QString &activityId, const QString &reason)
{
    if (m_offerId.isEmpty() || activityId.isEmpty() || reason.trimmed().isEmpty()
        || m_cancelContext)
        return false;
    auto *context = new QObject(this);
    m_cancelContext = context;
    m_cancellingId = activityId;
    m_actionError = {};
    const QString offerId = m_offerId;
    m_service.cancel(activityId, reason.trimmed(), context,
                     [this, context, offerId](const Outcome<CandidateActivity> &outcome) {
                         context->deleteLater();
                         m_cancelContext = nullptr;
                         if (offerId != m_offerId)
                             return;
                         if (!outcome.ok())
                             m_actionError = outcome.error;
                         else
                             relist();
                         Q_EMIT changed();
                     });
    Q_EMIT changed();
    return true;
}

} // namespace Tessera
