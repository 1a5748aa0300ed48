#include "Application.h"

#include "JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
QDateTime timeOf(JsonReader &reader, const QString &field)
{
    return QDateTime::fromString(reader.optionalString(field), Qt::ISODateWithMs);
}
} // namespace

std::variant<StageHistoryEntry, DecodeError> stageHistoryEntryFromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"applicationHistory"_s);
    StageHistoryEntry entry;
    entry.id = reader.requiredString(u"id"_s);
    entry.stageId = reader.requiredString(u"stageId"_s);
    entry.title = reader.optionalString(u"title"_s);
    entry.enteredAt = timeOf(reader, u"enteredStageAt"_s);
    entry.leftAt = timeOf(reader, u"leftStageAt"_s);
    entry.stageNumber = reader.optionalInt(u"stageNumber"_s);
    if (!reader.ok())
        return *reader.error();
    return entry;
}

std::variant<Application, DecodeError> Application::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"application"_s);
    Application application;
    application.id = reader.requiredString(u"id"_s);
    application.status = reader.optionalString(u"status"_s);
    JsonReader candidate(reader.optionalObject(u"candidate"_s), u"application.candidate"_s);
    application.candidateId = candidate.optionalString(u"id"_s);
    application.candidateName = candidate.optionalString(u"name"_s);
    JsonReader job(reader.optionalObject(u"job"_s), u"application.job"_s);
    application.jobId = job.optionalString(u"id"_s);
    application.jobTitle = job.optionalString(u"title"_s);
    const QJsonObject stage = reader.optionalObject(u"currentInterviewStage"_s);
    if (!stage.isEmpty()) {
        auto decoded = InterviewStage::fromJson(stage, u"application.currentInterviewStage"_s);
        if (auto *error = std::get_if<DecodeError>(&decoded))
            return *error;
        application.currentStage = std::get<InterviewStage>(decoded);
    }
    JsonReader reason(reader.optionalObject(u"archiveReason"_s), u"application.archiveReason"_s);
    application.archiveReason = reason.optionalString(u"text"_s);
    application.createdAt = timeOf(reader, u"createdAt"_s);
    application.updatedAt = timeOf(reader, u"updatedAt"_s);
    for (const QJsonValue row : reader.optionalArray(u"applicationHistory"_s)) {
        auto decoded = stageHistoryEntryFromJson(row.toObject());
        if (auto *error = std::get_if<DecodeError>(&decoded))
            return *error;
        application.history << std::get<StageHistoryEntry>(decoded);
    }
    for (const JsonReader *part : {&reader, &candidate, &job, &reason})
        if (!part->ok())
            return *part->error();
    return application;
}

} // namespace Tessera
