#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Tessera {

// Why an integration is not ok (integrationHealth.list), with where to fix it.
struct HealthReason
{
    QString code;    // deliveries_failing, key_revoked, partner_unavailable, stuck_runs,
                     // sync_overdue, not_checked
    QString message; // the backend's English sentence, shown when the code is unknown
    QDateTime since;
    QString fixKind; // webhook, apiKey, wizard, test, activity
    QString fixId;   // the webhook, API key, candidate (a stuck run) or integration the fix opens
};

// One enabled integration's health as the backend derived it at read time.
struct IntegrationHealth
{
    enum class State { Ok, Degraded, Failing, Unknown };

    QString integrationId;
    QString name;
    State state = State::Unknown;
    QList<HealthReason> reasons;
    QDateTime lastSuccessAt;
    QDateTime lastCheckedAt;
    QDateTime nextSyncDueAt; // invalid: the integration does not sync
    int failingDeliveries = 0;
    int stuckRuns = 0;

    static IntegrationHealth fromJson(const QJsonObject &json);
    static State stateNamed(const QString &name);
};

} // namespace Tessera
