#pragma once

#include "models/domain/DecodeError.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <variant>

namespace Tessera {

// Something wrong with an activity, as the backend computes it when the plan is read
// ("package_withdrawn" and a sentence saying what to do).
struct ActivityProblem
{
    QString code;
    QString message;
    bool operator==(const ActivityProblem &) const = default;
};

// One partner activity on an interview stage (interviewPlanActivity.list, docs/API.md §3.14):
// a Justifacts package (kind "assessment") or a Juro workflow ("externalWorkflow"). An activity
// the designer added and nobody saved yet has a local id (isLocal()) until Save answers.
struct PlanActivity
{
    QString id;
    QString interviewStageId;
    QString kind;
    QString integrationId;
    QString title;
    QJsonObject config; // {"assessmentTypeId": …} or {"externalWorkflowId": …}
    QList<ActivityProblem> problems;

    // The package or workflow this activity runs.
    QString configId() const;
    bool isLocal() const;
    static QString newLocalId();
    static QString configKey(const QString &kind);

    // The same activity as the backend would store it (problems are computed, not stored).
    bool sameAs(const PlanActivity &other) const;
    bool operator==(const PlanActivity &other) const { return sameAs(other); }

    static std::variant<PlanActivity, DecodeError> fromJson(const QJsonObject &object);
    // With problems, for a draft.
    QJsonObject toJson() const;
    // An entry of interviewPlanActivity.set: no id when it is new.
    QJsonObject toSetEntry() const;
};

} // namespace Tessera
