#pragma once

#include "models/domain/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace Tessera {

// One step of a run: the status in the one vocabulary, the partner's own word, when.
struct ActivityStatusEntry
{
    QString status;
    QString label;
    QDateTime at;
};

// What runs (or can run) for a candidate's application (activity.list, docs/API.md §3.15): a
// plan activity of the current stage not started yet (no id), or a run started from the plan or
// by hand. One status vocabulary for every partner; the partner's word is kept beside it.
struct CandidateActivity
{
    QString id;             // empty: a plan activity not started
    QString planActivityId; // empty: a manual run
    QString externalWorkflowId; // an offer's workflow not started yet (activity.list {offerId})
    QString offerId;            // a Juro run started on an offer, or an offer's workflow
    QString kind;           // "assessment", "externalWorkflow"
    QString integrationId;
    QString title;
    QString status; // not_started, requested, started, in_progress, completed, cancelled, failed
    QString statusLabel;
    QList<ActivityStatusEntry> history;
    QJsonObject result; // Ashby's result object {identifier, label, type, value}
    QString resultUrl;
    QString cancelledReason;
    bool stuck = false;
    QStringList allowedActions; // start, cancel, view
    QDateTime dueAt; // when the partner next looks (a Willo invite waiting for Willo's sync)

    // What names this entry across refreshes: the run's id, or its plan activity's.
    QString key() const;
    static QString planKey(const QString &planActivityId);
    static QString workflowKey(const QString &externalWorkflowId);
    bool isRunning() const; // requested, started, in_progress
    bool isFinal() const;   // completed, cancelled, failed
    bool allows(const QString &action) const { return allowedActions.contains(action); }
    // When the run last changed status (the partner's time), invalid before it started.
    QDateTime lastChangedAt() const;

    static std::variant<CandidateActivity, DecodeError> fromJson(const QJsonObject &object);
};

} // namespace Tessera
