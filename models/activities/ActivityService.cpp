#include "ActivityService.h"

#include "models/api/ActivityProtocol.h"
#include "models/api/ApiClient.h"
#include "models/api/PlanProtocol.h"
#include "models/core/CallOutcome.h"
#include "models/core/DecodeList.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

QList<CandidateActivity> decodeActivities(const QJsonValue &results)
{
    QList<CandidateActivity> activities;
    decodeList(results.toObject().value(u"activities"_s).toArray(), activities);
    return activities;
}

CandidateActivity decodeOne(const QJsonValue &results)
{
    auto decoded = CandidateActivity::fromJson(results.toObject().value(u"activity"_s).toObject());
    if (auto *activity = std::get_if<CandidateActivity>(&decoded))
        return *activity;
    return {};
}

QString method(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

ActivityService::ActivityService(ApiClient *client)
    : m_client(client)
{
}

ApiClient *ActivityService::client() const
{
    return m_client;
}

void ActivityService::list(const QString &applicationId, QObject *context,
                           Done<QList<CandidateActivity>> done) const
{
    callWithOutcome<QList<CandidateActivity>>(m_client, method(Protocol::Method::activityList),
                                              {{u"applicationId"_s, applicationId}}, context,
                                              &decodeActivities, std::move(done));
}

void ActivityService::startPlanned(const QString &applicationId, const QString &planActivityId,
                                   const QJsonObject &values, QObject *context,
                                   Done<CandidateActivity> done) const
{
    QJsonObject body{{u"applicationId"_s, applicationId}, {u"planActivityId"_s, planActivityId}};
    if (!values.isEmpty())
        body.insert(u"values"_s, values);
    callWithOutcome<CandidateActivity>(m_client, method(Protocol::Method::activityStart), body,
                                       context, &decodeOne, std::move(done),
                                       {CallOptions::Idempotency::Write, partnerTimeoutMs});
}

void ActivityService::form(const QString &applicationId, const QString &planActivityId,
                           QObject *context, Done<WorkflowForm> done) const
{
    callWithOutcome<WorkflowForm>(
        m_client, method(Protocol::Method::activityForm),
        {{u"applicationId"_s, applicationId}, {u"planActivityId"_s, planActivityId}}, context,
        [](const QJsonValue &results) { return WorkflowForm::fromJson(results.toObject()); },
        std::move(done));
}

void ActivityService::startAssessment(const QString &applicationId, const QString &integrationId,
                                      const QString &assessmentTypeId, QObject *context,
                                      Done<CandidateActivity> done) const
{
    const QJsonObject body{
        {u"applicationId"_s, applicationId},
        {u"kind"_s, QString::fromLatin1(Protocol::ActivityKind::assessment)},
        {u"integrationId"_s, integrationId},
        {u"config"_s, QJsonObject{{u"assessmentTypeId"_s, assessmentTypeId}}}};
    callWithOutcome<CandidateActivity>(m_client, method(Protocol::Method::activityStart), body,
                                       context, &decodeOne, std::move(done),
                                       {CallOptions::Idempotency::Write, partnerTimeoutMs});
}

void ActivityService::listForOffer(const QString &offerId, QObject *context,
                                   Done<QList<CandidateActivity>> done) const
{
    callWithOutcome<QList<CandidateActivity>>(m_client, method(Protocol::Method::activityList),
                                              {{u"offerId"_s, offerId}}, context,
                                              &decodeActivities, std::move(done));
}

void ActivityService::formForOffer(const QString &offerId, const QString &externalWorkflowId,
                                   QObject *context, Done<WorkflowForm> done) const
{
    callWithOutcome<WorkflowForm>(
        m_client, method(Protocol::Method::activityForm),
        {{u"offerId"_s, offerId}, {u"externalWorkflowId"_s, externalWorkflowId}}, context,
        [](const QJsonValue &results) { return WorkflowForm::fromJson(results.toObject()); },
        std::move(done));
}

void ActivityService::startOnOffer(const QString &offerId, const QString &externalWorkflowId,
                                   const QJsonObject &values, QObject *context,
                                   Done<CandidateActivity> done) const
{
    callWithOutcome<CandidateActivity>(m_client, method(Protocol::Method::activityStart),
                                       {{u"offerId"_s, offerId},
                                        {u"externalWorkflowId"_s, externalWorkflowId},
                                        {u"values"_s, values}},
                                       context, &decodeOne, std::move(done),
                                       {CallOptions::Idempotency::Write, partnerTimeoutMs});
}

void ActivityService::approveOffer(const QString &offerVersionId, QObject *context,
                                   Done<Offer> done) const
{
    callWithOutcome<Offer>(
        m_client, u"offer.approve"_s, {{u"offerVersionId"_s, offerVersionId}}, context,
        [](const QJsonValue &results) {
            auto decoded = Offer::fromJson(results.toObject());
            const Offer *offer = std::get_if<Offer>(&decoded);
            return offer ? *offer : Offer{}; // unreadable: no id, the offer is read again
        },
        std::move(done), {CallOptions::Idempotency::Write, 0});
}

void ActivityService::cancel(const QString &activityId, const QString &reason, QObject *context,
                             Done<CandidateActivity> done) const
{
    callWithOutcome<CandidateActivity>(m_client, method(Protocol::Method::activityCancel),
                                       {{u"activityId"_s, activityId}, {u"reason"_s, reason}},
                                       context, &decodeOne, std::move(done),
                                       {CallOptions::Idempotency::Write, partnerTimeoutMs});
}

} // namespace Tessera
