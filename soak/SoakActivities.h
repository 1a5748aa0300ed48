#pragma once

#include "SoakLedger.h"

#include <QJsonArray>
#include <QObject>
#include <QStringList>

#include <functional>

namespace Tessera {
class ApiClient;
}

namespace Tessera::Soak {

class SoakScript;

// The candidate-activities part of the session (docs/API.md §3.15). No console model has them
// yet, so they go through the models layer's ApiClient, as the soak's set-up does. On a visit it
// reads the application's activities, cancels a run that is still going (a slow check, or one a
// kill left behind), then starts a Justifacts assessment: the stage's plan activity when it has
// one, else a manual one with the next package. Every second confirmed start is cancelled at
// once. The ledger keeps every logical start with its outcome and run id, and every cancel.
class SoakActivities final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SoakActivities)
public:
    SoakActivities(SoakScript *script, ApiClient *client, SoakLedger *ledger,
                   QObject *parent = nullptr);

    void setPackages(const QStringList &packages) { m_packages = packages; }
    void visit(int applicationIndex, std::function<void()> then);

    static bool isFinal(const QString &status);

private:
    void start(int applicationIndex, const QJsonArray &listed, std::function<void()> then);
    void cancel(const QString &runId, const QString &reason, std::function<void()> then);
    void write(const QString &method, const QJsonObject &body,
               std::function<void(WriteOutcome, const QJsonValue &)> then);

    SoakScript *m_script;
    ApiClient *m_client;
    SoakLedger *m_ledger;
    QStringList m_packages;
    int m_confirmedStarts = 0;
};

} // namespace Tessera::Soak
