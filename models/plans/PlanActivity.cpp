#include "PlanActivity.h"

#include "models/api/PlanProtocol.h"
#include "models/domain/JsonReader.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
constexpr auto localPrefix = "local-";
}

QString PlanActivity::configKey(const QString &kind)
{
    return kind == QLatin1StringView(Protocol::ActivityKind::assessment) ? u"assessmentTypeId"_s
                                                                          : u"externalWorkflowId"_s;
}

QString PlanActivity::configId() const
{
    return config.value(configKey(kind)).toString();
}

bool PlanActivity::isLocal() const
{
    return id.startsWith(QLatin1StringView(localPrefix));
}

QString PlanActivity::newLocalId()
{
    return QLatin1StringView(localPrefix) + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool PlanActivity::sameAs(const PlanActivity &other) const
{
    return id == other.id && interviewStageId == other.interviewStageId && kind == other.kind
        && integrationId == other.integrationId && title == other.title
        && config == other.config;
}

std::variant<PlanActivity, DecodeError> PlanActivity::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"interview plan activity"_s);
    PlanActivity activity;
    activity.id = reader.requiredString(u"id"_s);
    activity.interviewStageId = reader.requiredString(u"interviewStageId"_s);
    activity.kind = reader.requiredString(u"kind"_s);
    activity.integrationId = reader.requiredString(u"integrationId"_s);
    activity.title = reader.optionalString(u"title"_s);
    activity.config = reader.optionalObject(u"config"_s);
    const QJsonArray problems = reader.optionalArray(u"problems"_s);
    if (!reader.ok())
        return *reader.error();
    for (const QJsonValue value : problems) {
        const QJsonObject problem = value.toObject();
        activity.problems.append({problem.value(u"code"_s).toString(),
                                  problem.value(u"message"_s).toString()});
    }
    return activity;
}

QJsonObject PlanActivity::toJson() const
{
    QJsonObject object = toSetEntry();
    object.insert(u"id"_s, id);
    QJsonArray list;
    for (const ActivityProblem &problem : problems)
        list.append(QJsonObject{{u"code"_s, problem.code}, {u"message"_s, problem.message}});
    object.insert(u"problems"_s, list);
    return object;
}

QJsonObject PlanActivity::toSetEntry() const
{
    QJsonObject entry{{u"interviewStageId"_s, interviewStageId},
                      {u"kind"_s, kind},
                      {u"integrationId"_s, integrationId},
                      {u"config"_s, config}};
    if (!isLocal() && !id.isEmpty())
        entry.insert(u"id"_s, id);
    if (!title.isEmpty())
        entry.insert(u"title"_s, title);
    return entry;
}

} // namespace Tessera
