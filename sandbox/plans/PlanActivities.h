#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Tessera::Sandbox {

class Store;

// One interview plan's activities as stored: a single row of interview_plan_activities, so a
// write replaces the whole list at once and no write is half done. Version 0 = never written.
class PlanActivities final
{
public:
    // Throws ApiFailure(interview_plan_not_found) for an unknown plan.
    static PlanActivities load(const Store &store, const QString &planId);
    // The plan that holds the activity; throws ApiFailure(interview_plan_activity_not_found).
    static PlanActivities loadHolding(const Store &store, const QString &activityId);

    QString planId() const { return m_planId; }
    qint64 version() const { return m_version; }
    const QJsonArray &activities() const { return m_activities; }
    std::optional<QJsonObject> find(const QString &activityId) const;

    // Throws ApiFailure(version_conflict) unless `expected` is the stored version.
    void requireVersion(qint64 expected) const;
    // Stores `activities` (renumbering each stage's order 0..n-1 in the given order) as the next
    // version.
    void save(Store &store, QJsonArray activities, qint64 nowMs);

    // The plan's stages in plan order.
    static QList<QJsonObject> stagesOf(const Store &store, const QString &planId);
    // Sorted by stage (plan order), then order.
    static QJsonArray sorted(const Store &store, const QString &planId, QJsonArray activities);

private:
    QString m_planId;
    qint64 m_version = 0;
    QJsonArray m_activities;
};

} // namespace Tessera::Sandbox
