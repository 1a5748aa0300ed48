#include "IntegrationHealth.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

QDateTime timeAt(const QJsonObject &json, QLatin1StringView key)
{
    return QDateTime::fromString(json.value(key).toString(), Qt::ISODateWithMs);
}

// The record the Fix opens: a stuck run's is its candidate.
QString fixIdOf(const QJsonObject &fix)
{
    for (const auto key : {"webhookId"_L1, "apiKeyId"_L1, "candidateId"_L1, "integrationId"_L1}) {
        const QString id = fix.value(key).toString();
        if (!id.isEmpty())
            return id;
    }
    return {};
}

} // namespace

IntegrationHealth::State IntegrationHealth::stateNamed(const QString &name)
{
    if (name == "ok"_L1)
        return State::Ok;
    if (name == "degraded"_L1)
        return State::Degraded;
    if (name == "failing"_L1)
        return State::Failing;
    return State::Unknown;
}

IntegrationHealth IntegrationHealth::fromJson(const QJsonObject &json)
{
    IntegrationHealth health;
    health.integrationId = json.value("integrationId"_L1).toString();
    health.name = json.value("name"_L1).toString(health.integrationId);
    health.state = stateNamed(json.value("state"_L1).toString());
    health.lastSuccessAt = timeAt(json, "lastSuccessAt"_L1);
    health.lastCheckedAt = timeAt(json, "lastCheckedAt"_L1);
    health.nextSyncDueAt = timeAt(json, "nextSyncDueAt"_L1);
    health.failingDeliveries = json.value("failingDeliveries"_L1).toInt();
    health.stuckRuns = json.value("stuckRuns"_L1).toInt();
    const QJsonArray reasons = json.value("reasons"_L1).toArray();
    for (const auto &value : reasons) {
        const QJsonObject reason = value.toObject();
        const QJsonObject fix = reason.value("fix"_L1).toObject();
        health.reasons.append({reason.value("code"_L1).toString(),
                               reason.value("message"_L1).toString(), timeAt(reason, "since"_L1),
                               fix.value("kind"_L1).toString(), fixIdOf(fix)});
    }
    return health;
}

} // namespace Tessera
