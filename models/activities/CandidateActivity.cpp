#include "CandidateActivity.h"

#include "models/api/ActivityProtocol.h"
#include "models/domain/JsonReader.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace Status = Protocol::ActivityStatus;

QString CandidateActivity::planKey(const QString &planActivityId)
{
    return u"plan:"_s + planActivityId;
}

QString CandidateActivity::workflowKey(const QString &externalWorkflowId)
{
    return u"workflow:"_s + externalWorkflowId;
}

QString CandidateActivity::key() const
{
    if (!id.isEmpty())
        return id;
    return planActivityId.isEmpty() && !externalWorkflowId.isEmpty()
        ? workflowKey(externalWorkflowId)
        : planKey(planActivityId);
}

bool CandidateActivity::isRunning() const
{
    return status == QLatin1StringView(Status::requested)
        || status == QLatin1StringView(Status::started)
        || status == QLatin1StringView(Status::inProgress);
}

bool CandidateActivity::isFinal() const
{
    return status == QLatin1StringView(Status::completed)
        || status == QLatin1StringView(Status::cancelled)
        || status == QLatin1StringView(Status::failed);
}

QDateTime CandidateActivity::lastChangedAt() const
{
    return history.isEmpty() ? QDateTime() : history.last().at;
}

std::variant<CandidateActivity, DecodeError> CandidateActivity::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"activity"_s);
    CandidateActivity activity;
    activity.id = reader.optionalString(u"id"_s);
    activity.planActivityId = reader.optionalString(u"planActivityId"_s);
    activity.externalWorkflowId = reader.optionalString(u"externalWorkflowId"_s);
    activity.offerId = reader.optionalString(u"offerId"_s);
    activity.kind = reader.requiredString(u"kind"_s);
    activity.integrationId = reader.requiredString(u"integrationId"_s);
    activity.title = reader.optionalString(u"title"_s);
    activity.status = reader.requiredString(u"status"_s);
    activity.statusLabel = reader.optionalString(u"statusLabel"_s);
    const QJsonArray history = reader.optionalArray(u"statusHistory"_s);
    activity.result = reader.optionalObject(u"result"_s);
    activity.resultUrl = reader.optionalString(u"resultUrl"_s);
    activity.cancelledReason = reader.optionalString(u"cancelledReason"_s);
    activity.stuck = reader.optionalBool(u"stuck"_s);
    activity.allowedActions = reader.optionalStrings(u"allowedActions"_s);
    activity.dueAt = QDateTime::fromString(reader.optionalString(u"dueAt"_s), Qt::ISODateWithMs);
    if (!reader.ok())
        return *reader.error();
    if (activity.id.isEmpty() && activity.planActivityId.isEmpty()
        && activity.externalWorkflowId.isEmpty())
        return DecodeError{reader.pathOf(u"id"_s),
                           u"neither id, planActivityId nor externalWorkflowId"_s};
    for (const QJsonValue value : history) {
        const QJsonObject entry = value.toObject();
        activity.history.append({entry.value(u"status"_s).toString(),
                                 entry.value(u"label"_s).toString(),
                                 QDateTime::fromString(entry.value(u"at"_s).toString(),
                                                       Qt::ISODateWithMs)});
    }
    return activity;
}

} // namespace Tessera
