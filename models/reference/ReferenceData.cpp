#include "ReferenceData.h"

#include "models/api/ApiClient.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
using Paging = ReferenceList::Paging;
}

ReferenceData::ReferenceData(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    // Draft jobs too: an admin configures plans before a job opens.
    , m_jobs(new RecordList<Job>(
          client, u"job.list"_s,
          QJsonObject{{u"status"_s,
                       QJsonArray{u"Draft"_s, u"Open"_s, u"Closed"_s, u"Archived"_s}}},
          Paging::Paged, this))
    , m_plans(new RecordList<InterviewPlan>(client, u"interviewPlan.list"_s, {}, Paging::Paged,
                                            this))
    , m_stageGroups(new RecordList<StageGroup>(client, u"interviewStageGroup.list"_s, {},
                                               Paging::Single, this))
    , m_archiveReasons(new RecordList<ArchiveReason>(client, u"archiveReason.list"_s, {},
                                                     Paging::Single, this))
    , m_customFields(new RecordList<CustomField>(client, u"customField.list"_s, {},
                                                 Paging::Paged, this))
    , m_departments(new RecordList<Department>(client, u"department.list"_s, {}, Paging::Paged,
                                               this))
    , m_users(new RecordList<User>(client, u"user.list"_s, {}, Paging::Paged, this))
    , m_integrations(new RecordList<Integration>(client, u"integration.list"_s, {},
                                                 Paging::Single, this))
{
    for (ReferenceList *list : lists())
        watch(list);
}

void ReferenceData::watch(ReferenceList *list)
{
    connect(list->status(), &LoadStatus::stateChanged, this,
            [this] { Q_EMIT loadingCountChanged(loadingCount()); });
}

int ReferenceData::loadingCount() const
{
    int count = 0;
    for (ReferenceList *list : lists())
        count += list->status()->isLoading() ? 1 : 0;
    return count;
}

RecordList<InterviewStage> *ReferenceData::stages(const QString &interviewPlanId)
{
    auto it = m_stages.constFind(interviewPlanId);
    if (it != m_stages.constEnd())
        return *it;
    auto *list = new RecordList<InterviewStage>(
        m_client, u"interviewStage.list"_s,
        QJsonObject{{u"interviewPlanId"_s, interviewPlanId}}, Paging::Single, this);
    m_stages.insert(interviewPlanId, list);
    watch(list);
    return list;
}

QList<ReferenceList *> ReferenceData::lists() const
{
    QList<ReferenceList *> all{m_jobs,          m_plans,       m_stageGroups,
                               m_archiveReasons, m_customFields, m_departments,
                               m_users,          m_integrations};
    for (RecordList<InterviewStage> *stages : m_stages)
        all << stages;
    return all;
}

void ReferenceData::refreshAll()
{
    for (ReferenceList *list : lists())
        if (list->status()->state() != LoadState::Idle) // asked for once: loaded, loading or failed
            list->refresh();
}

void ReferenceData::cancelAll()
{
    for (ReferenceList *list : lists())
        list->cancel();
}

} // namespace Tessera
