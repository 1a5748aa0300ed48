#include "Views.h"

#include "models/api/ApiProtocol.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/store/Store.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace Code = Protocol::ErrorCode;

namespace {

QJsonObject findOrThrow(const DocumentTable &table, const QString &id, const char *code,
                        const QString &what)
{
    if (auto doc = table.find(id))
        return *doc;
    throw ApiFailure::notFound(QString::fromLatin1(code), what, id);
}

} // namespace

QJsonObject Views::stage(const QJsonObject &doc)
{
    QJsonObject view = doc;
    view.remove(u"activities"_s);
    return view;
}

QJsonObject Views::stageWithActivities(const QJsonObject &doc)
{
    QJsonObject view = doc;
    view.remove(u"interviewPlanId"_s);
    return view;
}

QJsonObject Views::job(const QJsonObject &doc) const
{
    QJsonObject view = doc;
    view.remove(u"planName"_s);   // seed bookkeeping
    view.remove(u"baseSalary"_s);
    return view;
}

QJsonObject Views::offerSummary(const QJsonObject &doc) const
{
    QJsonObject view = doc;
    view.remove(u"versions"_s);
    return view;
}

QJsonObject Views::application(const QJsonObject &doc) const
{
    QJsonObject view = doc;
    for (const auto &internal : {u"candidateId"_s, u"jobId"_s, u"interviewPlanId"_s,
                                 u"currentInterviewStageId"_s, u"archiveReasonId"_s, u"source"_s})
        view.remove(internal);

    if (const auto candidate = m_store.candidates.find(doc.value(u"candidateId"_s).toString())) {
        QJsonObject summary{{u"id"_s, candidate->value(u"id"_s)},
                            {u"name"_s, candidate->value(u"name"_s)}};
        for (const auto &field : {u"primaryEmailAddress"_s, u"primaryPhoneNumber"_s})
            if (candidate->contains(field))
                summary.insert(field, candidate->value(field));
        view.insert(u"candidate"_s, summary);
    }
    if (const auto stageDoc =
            m_store.interviewStages.find(doc.value(u"currentInterviewStageId"_s).toString()))
        view.insert(u"currentInterviewStage"_s, stage(*stageDoc));
    if (const auto jobDoc = m_store.jobs.find(doc.value(u"jobId"_s).toString())) {
        QJsonObject summary{{u"id"_s, jobDoc->value(u"id"_s)},
                            {u"title"_s, jobDoc->value(u"title"_s)}};
        if (jobDoc->contains(u"departmentId"_s))
            summary.insert(u"departmentId"_s, jobDoc->value(u"departmentId"_s));
        view.insert(u"job"_s, summary);
    }
    const QString reasonId = doc.value(u"archiveReasonId"_s).toString();
    if (!reasonId.isEmpty()) {
        if (auto reason = m_store.archiveReasons.find(reasonId)) {
            reason->insert(u"customFields"_s, QJsonArray{});
            view.insert(u"archiveReason"_s, *reason);
        }
    }
    return view;
}

QJsonObject Views::requireCandidate(const QString &id) const
{
    return findOrThrow(m_store.candidates, id, Code::candidateNotFound, u"candidate"_s);
}

QJsonObject Views::requireApplication(const QString &id) const
{
    return findOrThrow(m_store.applications, id, Code::applicationNotFound, u"application"_s);
}

QJsonObject Views::requireJob(const QString &id) const
{
    return findOrThrow(m_store.jobs, id, Code::jobNotFound, u"job"_s);
}

QJsonObject Views::requireStage(const QString &id) const
{
    return findOrThrow(m_store.interviewStages, id, Code::interviewStageNotFound,
                       u"interview stage"_s);
}

} // namespace Tessera::Sandbox
