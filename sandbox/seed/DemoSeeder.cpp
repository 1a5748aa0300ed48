#include "DemoSeeder.h"

#include "DemoData.h"
#include "sandbox/store/Records.h"
#include "sandbox/store/Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QScopeGuard>
#include <QTimeZone>

#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

constexpr quint64 seedValue = 20261123;
constexpr qint64 dayMs = 24LL * 3600 * 1000;
const qint64 companyStartMs =
    QDateTime(QDate(2025, 6, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

// Stage groups in pipeline order with their Ashby stage type.
const QList<std::pair<QString, QString>> stageGroups{
    {u"Lead"_s, u"Lead"_s},
    {u"Application Review"_s, u"PreInterviewScreen"_s},
    {u"Phone Screen"_s, u"Active"_s},
    {u"Onsite"_s, u"Active"_s},
    {u"Background Check"_s, u"Active"_s},
    {u"Offer"_s, u"Offer"_s},
    {u"Hired"_s, u"Hired"_s},
    {u"Archived"_s, u"Archived"_s},
};

// Plan name -> stages as (title, group title).
const QList<std::pair<QString, QList<std::pair<QString, QString>>>> planLayouts{
    {u"Engineering"_s,
     {{u"New Lead"_s, u"Lead"_s}, {u"Application Review"_s, u"Application Review"_s},
      {u"Recruiter Screen"_s, u"Phone Screen"_s}, {u"Technical Screen"_s, u"Phone Screen"_s},
      {u"Onsite Loop"_s, u"Onsite"_s}, {u"Background Check"_s, u"Background Check"_s},
      {u"Offer"_s, u"Offer"_s}, {u"Hired"_s, u"Hired"_s}, {u"Archived"_s, u"Archived"_s}}},
    {u"Go-to-market"_s,
     {{u"New Lead"_s, u"Lead"_s}, {u"Application Review"_s, u"Application Review"_s},
      {u"Recruiter Screen"_s, u"Phone Screen"_s},
      {u"Hiring Manager Interview"_s, u"Phone Screen"_s}, {u"Panel Interview"_s, u"Onsite"_s},
      {u"Background Check"_s, u"Background Check"_s}, {u"Offer"_s, u"Offer"_s},
      {u"Hired"_s, u"Hired"_s}, {u"Archived"_s, u"Archived"_s}}},
    {u"General"_s,
     {{u"New Lead"_s, u"Lead"_s}, {u"Application Review"_s, u"Application Review"_s},
      {u"Recruiter Screen"_s, u"Phone Screen"_s}, {u"Team Interviews"_s, u"Onsite"_s},
      {u"Background Check"_s, u"Background Check"_s}, {u"Offer"_s, u"Offer"_s},
      {u"Hired"_s, u"Hired"_s}, {u"Archived"_s, u"Archived"_s}}},
};

} // namespace

DemoSeeder::DemoSeeder(Store &store)
    : m_store(store)
    , m_random(seedValue)
{
}

const QStringList &DemoSeeder::plans()
{
    static const QStringList all{u"Foundations"_s, u"Plus"_s, u"Enterprise"_s, u"Legacy Plus"_s};
    return all;
}

void DemoSeeder::seedOrganizationOnly()
{
    m_store.database.transaction();
    seedOrganization(u"Sandbox organization"_s);
    seedStageGroups();
    m_store.database.commit();
}

void DemoSeeder::seedDemo(int candidateCount, int jobCount)
{
    // A fresh store: skip the WAL for the bulk load (a failed seed leaves an empty store
    // behind because nothing commits until the end), then return to WAL for serving.
    m_store.database.setBulkLoading(true);
    const auto restore = qScopeGuard([this] { m_store.database.setBulkLoading(false); });
    m_store.database.transaction();
    seedOrganization(u"Northwind Robotics"_s);
    seedDepartments();
    seedUsers();
    seedStageGroups();
    seedInterviewPlans();
    seedJobs();
    seedCustomFields();
    seedArchiveReasons();
    seedCandidates(candidateCount);
    seedMoreJobs(jobCount);
    if (!m_store.database.commit())
        throw std::runtime_error("committing the demo seed failed");
}

bool DemoSeeder::setPlan(const QString &plan)
{
    if (!plans().contains(plan))
        return false;
    const auto rows = m_store.organization.select();
    if (rows.isEmpty())
        return false;
    QJsonObject organization = rows.first().doc;
    if (organization.value(u"plan"_s).toString() != plan) {
        organization.insert(u"plan"_s, plan);
        m_store.organization.update(organization.value(u"id"_s).toString(), organization);
    }
    return true;
}

void DemoSeeder::seedOrganization(const QString &name)
{
    const QString id = m_random.uuid();
    m_store.organization.insert(id, companyStartMs,
                                {{u"id"_s, id},
                                 {u"name"_s, name},
                                 {u"plan"_s, u"Plus"_s},
                                 {u"isSandbox"_s, true},
                                 {u"createdAt"_s, Records::isoTime(companyStartMs)}});
}

void DemoSeeder::seedDepartments()
{
    for (const QString &name : DemoData::departments()) {
        const QString id = m_random.uuid();
        m_departmentIds.insert(name, id);
        const QString time = Records::isoTime(companyStartMs);
        m_store.departments.insert(id, companyStartMs,
                                   {{u"id"_s, id}, {u"name"_s, name}, {u"externalName"_s, name},
                                    {u"isArchived"_s, false}, {u"createdAt"_s, time},
                                    {u"updatedAt"_s, time}});
    }
    const QString id = m_random.uuid();
    const QString time = Records::isoTime(companyStartMs);
    m_store.departments.insert(id, companyStartMs,
                               {{u"id"_s, id}, {u"name"_s, u"Hardware Lab"_s},
                                {u"isArchived"_s, true}, {u"createdAt"_s, time},
                                {u"updatedAt"_s, time}},
                               {{u"is_archived"_s, 1}});
}

void DemoSeeder::seedUsers()
{
    const QList<std::tuple<QString, QString, QString>> people{
        {u"Morgan"_s, u"Reyes"_s, u"Organization Admin"_s},
        {u"Priya"_s, u"Natarajan"_s, u"Organization Admin"_s},
        {u"Sam"_s, u"Okafor"_s, u"Elevated Access"_s},
        {u"Jordan"_s, u"Lee"_s, u"Elevated Access"_s},
        {u"Casey"_s, u"Nguyen"_s, u"Elevated Access"_s},
        {u"Alex"_s, u"Fischer"_s, u"Limited Access"_s},
        {u"Taylor"_s, u"Brooks"_s, u"Limited Access"_s},
        {u"Riley"_s, u"Sato"_s, u"Limited Access"_s},
        {u"Jamie"_s, u"Alvarez"_s, u"Limited Access"_s},
        {u"Drew"_s, u"Kowalski"_s, u"Limited Access"_s},
        {u"Avery"_s, u"Chen"_s, u"Limited Access"_s},
        {u"Quinn"_s, u"Harper"_s, u"External Recruiter"_s},
        {u"Robin"_s, u"Schmidt"_s, u"Limited Access"_s},
        {u"Skyler"_s, u"Patel"_s, u"Limited Access"_s},
    };
    for (const auto &[first, last, role] : people) {
        const QString id = m_random.uuid();
        const QString email = first.toLower() + u'.' + last.toLower() + u"@northwind.example"_s;
        const QJsonObject user{{u"id"_s, id}, {u"firstName"_s, first}, {u"lastName"_s, last},
                               {u"email"_s, email}, {u"globalRole"_s, role},
                               {u"isEnabled"_s, true},
                               {u"updatedAt"_s, Records::isoTime(companyStartMs)}};
        m_users << user;
        m_store.users.insert(id, companyStartMs, user, {{u"email"_s, email}});
    }
}

void DemoSeeder::seedStageGroups()
{
    int order = 0;
    for (const auto &[title, type] : stageGroups) {
        const QString id = m_random.uuid();
        m_groupIds.insert(title, id);
        m_groupOrder.insert(id, order);
        m_store.stageGroups.insert(id, companyStartMs,
                                   {{u"id"_s, id}, {u"title"_s, title}, {u"order"_s, order},
                                    {u"stageType"_s, type}},
                                   {{u"ord"_s, order}});
        ++order;
    }
}

QJsonObject DemoSeeder::interviewActivity(const QString &title, int minutes)
{
    return {{u"id"_s, m_random.uuid()},
            {u"title"_s, title},
            {u"interviews"_s,
             QJsonArray{QJsonObject{{u"id"_s, m_random.uuid()},
                                    {u"title"_s, title},
                                    {u"interviewId"_s, m_random.uuid()},
                                    {u"interviewDurationMinutes"_s, minutes},
                                    {u"isSchedulable"_s, true}}}}};
}

void DemoSeeder::seedInterviewPlans()
{
    QHash<QString, QString> groupTypes;
    for (const auto &[title, type] : stageGroups)
        groupTypes.insert(title, type);

    auto addPlan = [this, &groupTypes](const QString &name, const QString &title,
                                       const QList<std::pair<QString, QString>> &layout,
                                       bool archived) {
        PlanInfo plan{m_random.uuid(), name, {}};
        const QString time = Records::isoTime(companyStartMs);
        m_store.interviewPlans.insert(plan.id, companyStartMs,
                                      {{u"id"_s, plan.id}, {u"title"_s, title},
                                       {u"isArchived"_s, archived}, {u"createdAt"_s, time},
                                       {u"updatedAt"_s, time}},
                                      {{u"is_archived"_s, archived ? 1 : 0}});
        int order = 0;
        for (const auto &[stageTitle, group] : layout) {
            QJsonArray activities;
            if (group == u"Phone Screen"_s)
                activities << interviewActivity(stageTitle, 30);
            else if (group == u"Onsite"_s)
                activities << interviewActivity(u"Skills interview"_s, 60)
                           << interviewActivity(u"Values interview"_s, 45);
            const QJsonObject stage{{u"id"_s, m_random.uuid()},
                                    {u"title"_s, stageTitle},
                                    {u"type"_s, groupTypes.value(group)},
                                    {u"orderInInterviewPlan"_s, order},
                                    {u"interviewStageGroupId"_s, m_groupIds.value(group)},
                                    {u"interviewPlanId"_s, plan.id},
                                    {u"activities"_s, activities}};
            m_store.interviewStages.insert(stage.value(u"id"_s).toString(), companyStartMs, stage,
                                           {{u"plan_id"_s, plan.id}, {u"ord"_s, order}});
            plan.stages << stage;
            ++order;
        }
        m_plans.insert(name, plan);
    };

    for (const auto &[name, layout] : planLayouts)
        addPlan(name, name + u" interview plan"_s, layout, false);
    addPlan(u"Legacy"_s, u"Legacy hiring process (2024)"_s,
            {{u"Screen"_s, u"Phone Screen"_s}, {u"Offer"_s, u"Offer"_s},
             {u"Hired"_s, u"Hired"_s}, {u"Archived"_s, u"Archived"_s}},
            true);
}

void DemoSeeder::seedJobs()
{
    const QList<QString> statuses{u"Closed"_s, u"Draft"_s, u"Archived"_s};
    int index = 0;
    for (const DemoData::JobTemplate &job : DemoData::jobs()) {
        const QString id = m_random.uuid();
        const qint64 createdMs = companyStartMs + m_random.between(10, 200) * dayMs;
        // Mostly open; a few closed, one draft and one archived so filters have something to do.
        const QString status = index % 9 == 4 ? statuses.at(0)
            : index == 12                     ? statuses.at(1)
            : index == 24                     ? statuses.at(2)
                                              : u"Open"_s;
        const QJsonObject &recruiter = m_users.at(2 + index % 3);
        const QJsonObject &manager = m_users.at(5 + index % 9);
        auto member = [](const QJsonObject &user, const QString &role) {
            return QJsonObject{{u"userId"_s, user.value(u"id"_s)},
                               {u"email"_s, user.value(u"email"_s)},
                               {u"firstName"_s, user.value(u"firstName"_s)},
                               {u"lastName"_s, user.value(u"lastName"_s)},
                               {u"role"_s, role}};
        };
        const PlanInfo &plan = m_plans.value(job.plan);
        QJsonObject doc{{u"id"_s, id},
                        {u"title"_s, job.title},
                        {u"confidential"_s, false},
                        {u"status"_s, status},
                        {u"employmentType"_s, job.employmentType},
                        {u"departmentId"_s, m_departmentIds.value(job.department)},
                        {u"defaultInterviewPlanId"_s, plan.id},
                        {u"interviewPlanIds"_s, QJsonArray{plan.id}},
                        {u"customFields"_s, QJsonArray{}},
                        {u"jobPostingIds"_s, QJsonArray{}},
                        {u"hiringTeam"_s, QJsonArray{member(recruiter, u"Recruiter"_s),
                                                     member(manager, u"Hiring Manager"_s)}},
                        {u"createdAt"_s, Records::isoTime(createdMs)},
                        {u"updatedAt"_s, Records::isoTime(createdMs)},
                        {u"planName"_s, job.plan},
                        {u"baseSalary"_s, job.baseSalary}};
        if (status != u"Draft"_s)
            doc.insert(u"openedAt"_s, Records::isoTime(createdMs + dayMs));
        if (status == u"Closed"_s || status == u"Archived"_s)
            doc.insert(u"closedAt"_s, Records::isoTime(createdMs + 90 * dayMs));
        m_store.jobs.insert(id, createdMs, doc, {{u"status"_s, status}});
        m_jobs << doc;
        ++index;
    }
}

void DemoSeeder::seedMoreJobs(int total)
{
    SeedRandom random(0x10b5);
    const qint64 createdMs = companyStartMs + 220 * dayMs;
    const qsizetype own = m_jobs.size();
    for (qsizetype index = own; own > 0 && index < total; ++index) {
        QJsonObject doc = m_jobs.at(index % own);
        const QString id = random.uuid();
        doc.insert(u"id"_s, id);
        doc.insert(u"title"_s, u"%1 %2"_s.arg(doc.value(u"title"_s).toString())
                                   .arg(index / own + 1));
        doc.insert(u"status"_s, u"Open"_s);
        doc.insert(u"createdAt"_s, Records::isoTime(createdMs));
        doc.insert(u"updatedAt"_s, Records::isoTime(createdMs));
        doc.insert(u"openedAt"_s, Records::isoTime(createdMs + dayMs));
        doc.remove(u"closedAt"_s);
        m_store.jobs.insert(id, createdMs, doc, {{u"status"_s, u"Open"_s}});
    }
}

void DemoSeeder::seedCustomFields()
{
    auto field = [this](const QString &title, const QString &objectType, const QString &type,
                        const QStringList &values = {}, bool archived = false) {
        QJsonObject doc{{u"id"_s, m_random.uuid()}, {u"isPrivate"_s, false},
                        {u"title"_s, title}, {u"objectType"_s, objectType},
                        {u"isArchived"_s, archived}, {u"fieldType"_s, type},
                        {u"isRequired"_s, false}};
        if (!values.isEmpty()) {
            QJsonArray selectable;
            for (const QString &value : values)
                selectable << QJsonObject{{u"label"_s, value}, {u"value"_s, value},
                                          {u"isArchived"_s, false}};
            doc.insert(u"selectableValues"_s, selectable);
        }
        m_store.customFields.insert(doc.value(u"id"_s).toString(), companyStartMs, doc,
                                    {{u"is_archived"_s, archived ? 1 : 0}});
        return doc;
    };
    m_candidateFields << field(u"Open to relocation"_s, u"Candidate"_s, u"Boolean"_s)
                      << field(u"Years of experience"_s, u"Candidate"_s, u"Number"_s)
                      << field(u"Languages spoken"_s, u"Candidate"_s, u"MultiValueSelect"_s,
                               {u"English"_s, u"Spanish"_s, u"Mandarin"_s, u"Hindi"_s,
                                u"French"_s, u"German"_s, u"Portuguese"_s});
    m_signingBonusField = field(u"Signing bonus"_s, u"Offer"_s, u"Currency"_s);
    field(u"Work authorization"_s, u"Candidate"_s, u"ValueSelect"_s,
          {u"US citizen"_s, u"Green card"_s, u"Visa sponsorship needed"_s});
    field(u"Headcount budget"_s, u"Job"_s, u"Number"_s);
    field(u"Start date (preferred)"_s, u"Application"_s, u"Date"_s);
    field(u"Legacy ATS id"_s, u"Candidate"_s, u"String"_s, {}, true);
}

void DemoSeeder::seedArchiveReasons()
{
    const QList<std::pair<QString, QString>> reasons{
        {u"Not a fit for the role"_s, u"RejectedByOrg"_s},
        {u"Insufficient experience"_s, u"RejectedByOrg"_s},
        {u"Position filled"_s, u"RejectedByOrg"_s},
        {u"Accepted another offer"_s, u"RejectedByCandidate"_s},
        {u"Compensation expectations"_s, u"RejectedByCandidate"_s},
        {u"Unresponsive"_s, u"Other"_s},
        {u"Duplicate application"_s, u"Other"_s},
    };
    for (const auto &[text, type] : reasons) {
        const QJsonObject doc{{u"id"_s, m_random.uuid()}, {u"text"_s, text},
                              {u"reasonType"_s, type}, {u"isArchived"_s, false}};
        m_store.archiveReasons.insert(doc.value(u"id"_s).toString(), companyStartMs, doc);
        m_archiveReasons << doc;
    }
    const QJsonObject old{{u"id"_s, m_random.uuid()}, {u"text"_s, u"Hiring freeze (2024)"_s},
                          {u"reasonType"_s, u"Other"_s}, {u"isArchived"_s, true}};
    m_store.archiveReasons.insert(old.value(u"id"_s).toString(), companyStartMs, old,
                                  {{u"is_archived"_s, 1}});
}

} // namespace Tessera::Sandbox
