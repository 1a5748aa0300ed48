#pragma once

#include "SeedRandom.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Tessera::Sandbox {

class Store;

// Seeds the demo organisation "Northwind Robotics": departments, users, interview plans whose
// stages cover every stage group, ~25 jobs, custom fields, archive reasons, and a candidate pool
// with applications spread over the stages, stage history and offers. Deterministic: the same
// candidate count gives the same records and ids. More jobs than the demo's own (a job picker
// with 1,000 jobs) are numbered copies of them, open and without applications, seeded last and
// from a generator of their own, so everything else stays as without them.
class DemoSeeder final
{
public:
    explicit DemoSeeder(Store &store);

    void seedOrganizationOnly();
    // `jobCount`: jobs in all; below the demo's own count (0) just those.
    void seedDemo(int candidateCount, int jobCount = 0);
    bool setPlan(const QString &plan);

    static const QStringList &plans();

    // Pipeline positions of two stage groups (see stageGroups in DemoSeeder.cpp).
    static constexpr int groupHired = 6;
    static constexpr int groupArchived = 7;

private:
    struct PlanInfo
    {
        QString id;
        QString name;
        QList<QJsonObject> stages; // in order
    };

    void seedOrganization(const QString &name);
    void seedDepartments();
    void seedUsers();
    void seedStageGroups();
    void seedInterviewPlans();
    void seedJobs();
    void seedMoreJobs(int total);
    void seedCustomFields();
    void seedArchiveReasons();
    void seedCandidates(int count);
    void seedApplication(const QJsonObject &candidate, qint64 createdMs);
    void seedOffer(const QString &applicationId, const QJsonObject &job, qint64 offerMs,
                   const QString &outcome);
    QJsonObject interviewActivity(const QString &title, int minutes);

    Store &m_store;
    SeedRandom m_random;
    QHash<QString, QString> m_departmentIds;     // name -> id
    QList<QJsonObject> m_users;
    QHash<QString, QString> m_groupIds;          // group title -> id
    QHash<QString, int> m_groupOrder;            // group id -> pipeline position
    QHash<QString, PlanInfo> m_plans;            // plan name -> plan
    QList<QJsonObject> m_jobs;
    QList<QJsonObject> m_archiveReasons;
    QList<QJsonObject> m_candidateFields;
    QJsonObject m_signingBonusField;
};

} // namespace Tessera::Sandbox
