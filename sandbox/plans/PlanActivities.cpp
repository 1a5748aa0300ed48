#include "PlanActivities.h"

#include "models/api/ApiProtocol.h"
#include "PlanCodes.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/store/Records.h"
#include "sandbox/store/Store.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

PlanActivities PlanActivities::load(const Store &store, const QString &planId)
{
    if (!store.interviewPlans.contains(planId))
        throw ApiFailure::notFound(Protocol::ErrorCode::interviewPlanNotFound,
                                   u"interview plan"_s, planId);
    PlanActivities plan;
    plan.m_planId = planId;
    if (const auto doc = store.planActivities.find(planId)) {
        plan.m_version = doc->value(u"version"_s).toInteger();
        plan.m_activities = doc->value(u"activities"_s).toArray();
    }
    return plan;
}

PlanActivities PlanActivities::loadHolding(const Store &store, const QString &activityId)
{
    const auto rows = store.planActivities.select(
        u"EXISTS (SELECT 1 FROM json_each(doc, '$.activities') "
        "WHERE json_extract(value, '$.id') = ?)"_s,
        {activityId}, {}, 1);
    if (rows.isEmpty())
        throw ApiFailure::notFound(PlanCodes::activityNotFound, u"interview-plan activity"_s,
                                   activityId);
    return load(store, rows.first().doc.value(u"id"_s).toString());
}

std::optional<QJsonObject> PlanActivities::find(const QString &activityId) const
{
    for (const QJsonValue value : m_activities)
        if (value.toObject().value(u"id"_s).toString() == activityId)
            return value.toObject();
    return std::nullopt;
}

void PlanActivities::requireVersion(qint64 expected) const
{
    if (expected != m_version)
        throw ApiFailure(Protocol::ErrorCode::versionConflict,
                         u"The interview plan's activities were changed by someone else (version "
                         "%1, not %2); reload and apply your change again."_s.arg(
                             QString::number(m_version), QString::number(expected)));
}

void PlanActivities::save(Store &store, QJsonArray activities, qint64 nowMs)
{
    QHash<QString, int> nextOrder;
    for (qsizetype i = 0; i < activities.size(); ++i) {
        QJsonObject activity = activities.at(i).toObject();
        const QString stageId = activity.value(u"interviewStageId"_s).toString();
        activity.insert(u"order"_s, nextOrder[stageId]++);
        activities.replace(i, activity);
    }
    m_activities = sorted(store, m_planId, activities);
    m_version += 1;
    const QJsonObject doc{{u"id"_s, m_planId},
                          {u"version"_s, m_version},
                          {u"activities"_s, m_activities},
                          {u"updatedAt"_s, Records::isoTime(nowMs)}};
    const DocumentTable::Columns columns{{u"version"_s, m_version}, {u"updated_ms"_s, nowMs}};
    if (store.planActivities.contains(m_planId))
        store.planActivities.update(m_planId, doc, columns);
    else
        store.planActivities.insert(m_planId, nowMs, doc, columns);
}

QList<QJsonObject> PlanActivities::stagesOf(const Store &store, const QString &planId)
{
    QList<QJsonObject> stages;
    for (const StoredDocument &row : store.interviewStages.select(u"plan_id = ?"_s, {planId},
                                                                  u"ord"_s))
        stages << row.doc;
    return stages;
}

QJsonArray PlanActivities::sorted(const Store &store, const QString &planId, QJsonArray activities)
{
    QHash<QString, int> stageOrder;
    int position = 0;
    for (const QJsonObject &stage : stagesOf(store, planId))
        stageOrder.insert(stage.value(u"id"_s).toString(), position++);
    QList<QJsonObject> list;
    for (const QJsonValue value : activities)
        list << value.toObject();
    std::stable_sort(list.begin(), list.end(), [&stageOrder](const QJsonObject &a,
                                                             const QJsonObject &b) {
        const int stageA = stageOrder.value(a.value(u"interviewStageId"_s).toString());
        const int stageB = stageOrder.value(b.value(u"interviewStageId"_s).toString());
        if (stageA != stageB)
            return stageA < stageB;
        return a.value(u"order"_s).toInt() < b.value(u"order"_s).toInt();
    });
    QJsonArray result;
    for (const QJsonObject &activity : list)
        result << activity;
    return result;
}

} // namespace Tessera::Sandbox
