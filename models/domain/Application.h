#pragma once

#include "DecodeError.h"
#include "InterviewStage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <variant>

namespace Tessera {

struct StageHistoryEntry
{
    QString id;
    QString stageId;
    QString title;
    QDateTime enteredAt;
    QDateTime leftAt; // invalid while the application is still in the stage
    int stageNumber = 0;
};

struct Application
{
    QString id;
    QString status; // Active, Lead, Hired, Archived
    QString candidateId;
    QString candidateName;
    QString jobId;
    QString jobTitle;
    InterviewStage currentStage;
    QString archiveReason;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<StageHistoryEntry> history; // only from application.info

    static std::variant<Application, DecodeError> fromJson(const QJsonObject &object);
};

std::variant<StageHistoryEntry, DecodeError> stageHistoryEntryFromJson(const QJsonObject &object);

} // namespace Tessera
