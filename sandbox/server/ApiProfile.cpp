#include "ApiProfile.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

QStringList ApiProfile::names()
{
    return {full, ashby};
}

bool ApiProfile::serves(const QString &profile, const QString &method)
{
    return profile != ashby || ashbyMethods().contains(method);
}

const QStringList &ApiProfile::ashbyMethods()
{
    // Each is a path of /work/shared/reference/ashby-openapi.yml (tests/contract checks it).
    static const QStringList methods{
        u"apiKey.info"_s,
        u"application.changeStage"_s,
        u"application.info"_s,
        u"application.list"_s,
        u"application.listHistory"_s,
        u"archiveReason.list"_s,
        u"assessment.update"_s,
        u"candidate.create"_s,
        u"candidate.createNote"_s,
        u"candidate.info"_s,
        u"candidate.list"_s,
        u"candidate.listNotes"_s,
        u"candidate.search"_s,
        u"candidate.update"_s,
        u"customField.list"_s,
        u"department.info"_s,
        u"department.list"_s,
        u"interviewPlan.list"_s,
        u"interviewStage.info"_s,
        u"interviewStage.list"_s,
        u"interviewStageGroup.list"_s,
        u"job.info"_s,
        u"job.list"_s,
        u"jobInterviewPlan.info"_s,
        u"offer.approve"_s,
        u"offer.info"_s,
        u"offer.list"_s,
        u"user.info"_s,
        u"user.list"_s,
        u"webhook.create"_s,
        u"webhook.delete"_s,
        u"webhook.info"_s,
        u"webhook.update"_s,
    };
    return methods;
}

} // namespace Tessera::Sandbox
