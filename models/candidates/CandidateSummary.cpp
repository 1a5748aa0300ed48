#include "CandidateSummary.h"

#include "models/domain/JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
QDateTime timeOf(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}
} // namespace

CandidatePage CandidatePage::decode(const QJsonArray &results)
{
    CandidatePage page;
    page.rows.reserve(size_t(results.size()));
    for (const QJsonValue value : results) {
        JsonReader reader(value.toObject(), u"candidate"_s);
        CandidateSummary row;
        row.id = reader.requiredString(u"id"_s);
        row.name = reader.requiredString(u"name"_s);
        JsonReader email(reader.optionalObject(u"primaryEmailAddress"_s),
                         u"candidate.primaryEmailAddress"_s);
        row.email = email.optionalString(u"value"_s);
        row.updatedAt = timeOf(reader.optionalString(u"updatedAt"_s));
        const auto &problem = !reader.ok() ? reader.error() : email.error();
        if (problem) {
            if (page.failures++ == 0)
                page.firstError = problem->toString();
            continue;
        }
        row.searchKey = QString(row.name + u' ' + row.email).toLower();
        page.rows.push_back(std::move(row));
    }
    return page;
}

ApplicationPage ApplicationPage::decode(const QJsonArray &results)
{
    ApplicationPage page;
    page.rows.reserve(size_t(results.size()));
    for (const QJsonValue value : results) {
        JsonReader reader(value.toObject(), u"application"_s);
        JsonReader candidate(reader.optionalObject(u"candidate"_s), u"application.candidate"_s);
        JsonReader stage(reader.optionalObject(u"currentInterviewStage"_s),
                         u"application.currentInterviewStage"_s);
        JsonReader job(reader.optionalObject(u"job"_s), u"application.job"_s);
        ApplicationSummary row{candidate.requiredString(u"id"_s),
                               timeOf(reader.optionalString(u"updatedAt"_s)),
                               stage.optionalString(u"title"_s), stage.optionalString(u"type"_s),
                               job.optionalString(u"title"_s)};
        std::optional<DecodeError> problem;
        for (const JsonReader *part : {&reader, &candidate, &stage, &job})
            if (!problem && !part->ok())
                problem = part->error();
        if (problem) {
            if (page.failures++ == 0)
                page.firstError = problem->toString();
            continue;
        }
        page.rows.push_back(std::move(row));
    }
    return page;
}

} // namespace Tessera
