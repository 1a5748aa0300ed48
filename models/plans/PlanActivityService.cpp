#include "PlanActivityService.h"

#include "models/api/PlanProtocol.h"
#include "models/core/CallOutcome.h"
#include "models/core/DecodeList.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

PlanActivityService::PlanActivityService(ApiClient *client)
    : m_client(client)
{
}

ActivityList PlanActivityService::decodeList(const QJsonValue &results)
{
    const QJsonObject object = results.toObject();
    ActivityList list;
    Tessera::decodeList(object.value(u"activities"_s).toArray(), list.activities);
    list.version = object.value(u"version"_s).toInt();
    return list;
}

void PlanActivityService::list(const QString &planId, QObject *context,
                               Done<ActivityList> done) const
{
    callWithOutcome<ActivityList>(m_client, QString::fromLatin1(Protocol::Method::interviewPlanActivityList),
                                  {{u"interviewPlanId"_s, planId}}, context, &decodeList,
                                  std::move(done));
}

void PlanActivityService::set(const QString &planId, int version,
                              const QList<PlanActivity> &activities, QObject *context,
                              Done<ActivityList> done) const
{
    QJsonArray entries;
    for (const PlanActivity &activity : activities)
        entries.append(activity.toSetEntry());
    const QJsonObject body{{u"interviewPlanId"_s, planId},
                           {u"version"_s, version},
                           {u"activities"_s, entries}};
    callWithOutcome<ActivityList>(m_client, QString::fromLatin1(Protocol::Method::interviewPlanActivitySet),
                                  body, context, &decodeList, std::move(done));
}

void PlanActivityService::automations(const QString &planId, QObject *context,
                                      Done<QList<PlanAutomation>> done) const
{
    callWithOutcome<QList<PlanAutomation>>(
        m_client, QString::fromLatin1(Protocol::Method::interviewPlanAutomationList),
        {{u"interviewPlanId"_s, planId}}, context,
        [](const QJsonValue &results) {
            QList<PlanAutomation> automations;
            Tessera::decodeList(results.toObject().value(u"automations"_s).toArray(), automations);
            return automations;
        },
        std::move(done));
}

void PlanActivityService::assessmentTypes(const QString &integrationId, QObject *context,
                                          Done<QList<AssessmentType>> done) const
{
    callWithOutcome<QList<AssessmentType>>(
        m_client, QString::fromLatin1(Protocol::Method::assessmentTypeList),
        {{u"integrationId"_s, integrationId}}, context,
        [](const QJsonValue &results) {
            QList<AssessmentType> types;
            const QJsonArray list = results.toObject().value(u"assessmentTypes"_s).toArray();
            for (const QJsonValue value : list) {
                const QJsonObject object = value.toObject();
                const QString id = object.value(u"id"_s).toString();
                if (!id.isEmpty())
                    types.append({id, object.value(u"name"_s).toString(id),
                                  object.value(u"description"_s).toString()});
            }
            return types;
        },
        std::move(done));
}

} // namespace Tessera
