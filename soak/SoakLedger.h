#pragma once

#include "models/api/ApiError.h"

#include <QHash>
#include <QMap>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tessera::Soak {

// What a write's answer says about the server's state.
enum class WriteOutcome {
    Confirmed, // the server answered success: it was applied, exactly once
    Refused,   // the server answered before acting (a logical error, 429): not applied
    Uncertain, // no usable answer (5xx, timeout, dropped, malformed): maybe applied, once at most
};

WriteOutcome classify(const ApiError &error);
// "candidate.info: malformed body": what a failed read was and how it failed.
QString describe(const ApiError &error);

// What the script believes it saved, kept as the writes answer. The verifier holds the server
// to it at the end.
struct SoakLedger
{
    struct Note
    {
        QString candidateId;
        QString text;
        WriteOutcome outcome = WriteOutcome::Confirmed;
    };
    struct Application
    {
        QString id;
        QString candidateId;
        QString planId;
        QStringList stageIds;       // the stages of its plan the script moves between
        QStringList possibleStages; // where it may be now; one entry once confirmed
        int baselineHistory = -1;   // history rows at its first load
        int confirmedMoves = 0;
        int uncertainMoves = 0;
    };
    struct Integration
    {
        bool enabled = false;      // the last confirmed state
        bool lastUncertain = false; // the last toggle has no answer: to be sent again
        int confirmed = 0;
        int uncertain = 0;
    };
    struct Workflow
    {
        QString title;
        QString id; // known once its creation was confirmed
        WriteOutcome created = WriteOutcome::Confirmed;
        bool deleteSent = false;
        WriteOutcome deleted = WriteOutcome::Confirmed; // meaningful once deleteSent
    };
    // An interview plan the script designs (PlanActivitiesDocument).
    struct Plan
    {
        QString id;
        QStringList stageIds; // the stages it puts activities on
        int baseVersion = 0;
        int confirmedSaves = 0;
        int uncertainSaves = 0;
        int refusedSaves = 0;
        int ownConflicts = 0; // an uncertain save had landed: its answer was lost
        int draftsRestored = 0;
    };
    // One logical activity.start of a Justifacts assessment.
    struct Start
    {
        QString applicationId;
        QString planActivityId; // empty for a manual start
        QString assessmentTypeId;
        WriteOutcome outcome = WriteOutcome::Confirmed;
        QString runId; // known once the start was confirmed
    };
    struct Counts
    {
        int confirmed = 0;
        int refused = 0;
        int uncertain = 0;
    };

    void count(WriteOutcome outcome);

    QList<Note> notes;
    QList<Application> applications;
    QHash<QString, Integration> integrations;
    QList<Workflow> workflows; // Juro external workflows the script created
    QList<Plan> plans;
    QList<Start> starts;
    QHash<QString, WriteOutcome> cancels; // run id → the outcome of its activity.cancel
    int mappingBaseVersion = 0;
    int mappingConfirmedSaves = 0;
    int mappingUncertainSaves = 0;
    int mappingOwnConflicts = 0; // an uncertain save had landed: its answer was lost
    Counts writes;
    int rounds = 0;
    int loadFailures = 0;
    QMap<QString, int> loadFailureCauses; // describe() of each failed load's error
    QMap<QString, int> refusals;          // "method: code" of each write refused before acting
    int restarts = 0;
    // Writes whose last attempt was refused (429) after an earlier attempt lost its answer: the
    // console reports "not processed" although the write may have been applied.
    int refusalsAfterLostAnswer = 0;
    // Things that went wrong on the way (an unknown writer, a stage nothing moved to): each
    // fails the soak.
    QStringList violations;
};

} // namespace Tessera::Soak
