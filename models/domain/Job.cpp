#include "Job.h"

#include "JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

std::variant<Job, DecodeError> Job::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"job"_s);
    Job job;
    job.id = reader.requiredString(u"id"_s);
    job.title = reader.requiredString(u"title"_s);
    job.status = reader.optionalString(u"status"_s);
    job.employmentType = reader.optionalString(u"employmentType"_s);
    job.departmentId = reader.optionalString(u"departmentId"_s);
    job.defaultInterviewPlanId = reader.optionalString(u"defaultInterviewPlanId"_s);
    if (!reader.ok())
        return *reader.error();
    return job;
}

} // namespace Tessera
