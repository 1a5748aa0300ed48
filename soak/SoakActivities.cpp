#include "SoakActivities.h"

#include "SoakScript.h"

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Soak {

SoakActivities::SoakActivities(SoakScript *script, ApiClient *client, SoakLedger *ledger,
                               QObject *parent)
    : QObject(parent)
    , m_script(script)
    , m_client(client)
    , m_ledger(ledger)
{
}

bool SoakActivities::isFinal(const QString &status)
{
    return status == u"completed"_s || status == u"cancelled"_s || status == u"failed"_s;
}

void SoakActivities::visit(int applicationIndex, std::function<void()> then)
{
    const QString applicationId = m_ledger->applications.at(applicationIndex).id;
    m_script->step(u"listing the activities of %1"_s.arg(applicationId));
    ApiCall *call = m_client->call(u"activity.list"_s, {{u"applicationId"_s, applicationId}}, this);
    connect(call, &ApiCall::finished, this,
            [this, call, applicationIndex, then = std::move(then)] {
                if (call->error().isError()) {
                    ++m_ledger->loadFailures;
                    ++m_ledger->loadFailureCauses[describe(call->error())];
                    then();
                    return;
                }
                const QJsonArray listed =
                    call->results().toObject().value(u"activities"_s).toArray();
                for (const QJsonValue value : listed) {
                    const QJsonObject activity = value.toObject();
                    if (activity.value(u"id"_s).isString()
                        && !isFinal(activity.value(u"status"_s).toString())) {
                        // Justifacts checks one candidate at a time: end this one first.
                        cancel(activity.value(u"id"_s).toString(), u"Soak: still running"_s,
                               [this, applicationIndex, listed, then] {
                                   start(applicationIndex, listed, then);
                               });
                        return;
                    }
                }
                start(applicationIndex, listed, then);
            });
}

void SoakActivities::start(int applicationIndex, const QJsonArray &listed,
                           std::function<void()> then)
{
    SoakLedger::Start entry;
    entry.applicationId = m_ledger->applications.at(applicationIndex).id;
    QJsonObject body{{u"applicationId"_s, entry.applicationId}};
    for (const QJsonValue value : listed) {
        const QJsonObject activity = value.toObject();
        if (activity.value(u"id"_s).isNull() && activity.value(u"kind"_s) == u"assessment"_s
            && activity.value(u"allowedActions"_s).toArray().contains(u"start"_s)) {
            entry.planActivityId = activity.value(u"planActivityId"_s).toString();
            break;
        }
    }
    if (entry.planActivityId.isEmpty()) {
        entry.assessmentTypeId = m_packages.at(int(m_ledger->starts.size()) % m_packages.size());
        body.insert(u"kind"_s, u"assessment"_s);
        body.insert(u"integrationId"_s, u"justifacts"_s);
        body.insert(u"config"_s, QJsonObject{{u"assessmentTypeId"_s, entry.assessmentTypeId}});
    } else {
        body.insert(u"planActivityId"_s, entry.planActivityId);
    }
    m_script->step(u"starting an assessment for %1"_s.arg(entry.applicationId));
    write(u"activity.start"_s, body,
          [this, entry, then = std::move(then)](WriteOutcome outcome, const QJsonValue &results) {
              SoakLedger::Start started = entry;
              started.outcome = outcome;
              if (outcome == WriteOutcome::Confirmed) {
                  const QJsonObject run = results.toObject().value(u"activity"_s).toObject();
                  started.runId = run.value(u"id"_s).toString();
                  started.assessmentTypeId =
                      run.value(u"config"_s).toObject().value(u"assessmentTypeId"_s).toString();
              }
              m_ledger->starts.append(started);
              if (outcome != WriteOutcome::Confirmed || ++m_confirmedStarts % 2 != 0) {
                  then();
                  return;
              }
              cancel(started.runId, u"Soak: cancelled right after the start"_s, then);
          });
}

void SoakActivities::cancel(const QString &runId, const QString &reason,
                            std::function<void()> then)
{
    m_script->step(u"cancelling assessment %1"_s.arg(runId));
    write(u"activity.cancel"_s, {{u"activityId"_s, runId}, {u"reason"_s, reason}},
          [this, runId, then = std::move(then)](WriteOutcome outcome, const QJsonValue &) {
              // One confirmed cancel is enough to hold the server to.
              const auto known = m_ledger->cancels.constFind(runId);
              if (known == m_ledger->cancels.cend() || *known != WriteOutcome::Confirmed)
                  m_ledger->cancels.insert(runId, outcome);
              then();
          });
}

void SoakActivities::write(const QString &method, const QJsonObject &body,
                           std::function<void(WriteOutcome, const QJsonValue &)> then)
{
    m_script->beginWrite(method);
    ApiCall *call = m_client->call(method, body, this);
    connect(call, &ApiCall::finished, this, [this, call, method, then = std::move(then)] {
        const ApiError error = call->error();
        const WriteOutcome outcome = m_script->outcomeOf(error);
        m_ledger->count(outcome);
        if (outcome == WriteOutcome::Refused)
            ++m_ledger->refusals[method + u": "_s + error.code()];
        then(outcome, call->results());
    });
}

} // namespace Tessera::Soak
