#pragma once

#include "models/domain/ArchiveReason.h"
#include "models/domain/CustomField.h"
#include "models/domain/Department.h"
#include "models/domain/Integration.h"
#include "models/domain/InterviewPlan.h"
#include "models/domain/InterviewStage.h"
#include "models/domain/Job.h"
#include "models/domain/StageGroup.h"
#include "models/domain/User.h"
#include "RecordList.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Tessera {

class ApiClient;

// The reference data of one backend connection: jobs, interview plans and their stages, stage
// groups, archive reasons, custom fields, departments, users and the integrations with their
// capabilities. Each collection loads once, when a view first asks for it, and is shared by
// every view; refreshAll() (F5, a reconnect) asks every loaded collection what changed.
class ReferenceData final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceData)
public:
    explicit ReferenceData(ApiClient *client, QObject *parent = nullptr);

    RecordList<Job> *jobs() const { return m_jobs; }
    RecordList<InterviewPlan> *interviewPlans() const { return m_plans; }
    // The stages of one plan, in plan order; one list (and one fetch) per plan.
    RecordList<InterviewStage> *stages(const QString &interviewPlanId);
    RecordList<StageGroup> *stageGroups() const { return m_stageGroups; }
    RecordList<ArchiveReason> *archiveReasons() const { return m_archiveReasons; }
    RecordList<CustomField> *customFields() const { return m_customFields; }
    RecordList<Department> *departments() const { return m_departments; }
    RecordList<User> *users() const { return m_users; }
    RecordList<Integration> *integrations() const { return m_integrations; }

    // Every collection something asked for (loaded, loading or failed) asks the backend again.
    void refreshAll();
    void cancelAll();
    // How many collections are asking the backend right now.
    int loadingCount() const;

Q_SIGNALS:
    void loadingCountChanged(int count);

private:
    QList<ReferenceList *> lists() const;
    void watch(ReferenceList *list);

    QPointer<ApiClient> m_client;
    RecordList<Job> *m_jobs;
    RecordList<InterviewPlan> *m_plans;
    RecordList<StageGroup> *m_stageGroups;
    RecordList<ArchiveReason> *m_archiveReasons;
    RecordList<CustomField> *m_customFields;
    RecordList<Department> *m_departments;
    RecordList<User> *m_users;
    RecordList<Integration> *m_integrations;
    QHash<QString, RecordList<InterviewStage> *> m_stages;
};

} // namespace Tessera
