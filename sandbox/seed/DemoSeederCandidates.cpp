// The candidate pool of DemoSeeder: candidates, applications, stage history and offers.
#include "DemoSeeder.h"

#include "DemoData.h"
#include "sandbox/store/Records.h"
#include "sandbox/store/Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

constexpr qint64 dayMs = 24LL * 3600 * 1000;
const qint64 poolStartMs =
    QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
const qint64 poolEndMs =
    QDateTime(QDate(2026, 11, 16), QTime(17, 0), Qt::UTC).toMSecsSinceEpoch();

const QStringList emailDomains{u"gmail.com"_s, u"outlook.com"_s, u"proton.me"_s,
                               u"yahoo.com"_s, u"icloud.com"_s, u"fastmail.com"_s};
const QStringList companies{u"Initech"_s, u"Globex"_s, u"Hooli"_s, u"Umbrella Health"_s,
                            u"Stark Logistics"_s, u"Wayne Fintech"_s, u"Acme Cloud"_s,
                            u"Soylent Foods"_s, u"Vandelay Imports"_s, u"Pied Piper"_s};

// Share of applications whose current stage is in each group, in pipeline order:
// Lead, Application Review, Phone Screen, Onsite, Background Check, Offer, Hired, Archived.
const QList<int> stageGroupWeights{8, 26, 18, 12, 5, 5, 6, 20};

QJsonObject contact(const QString &value, const QString &type)
{
    return {{u"value"_s, value}, {u"type"_s, type}, {u"isPrimary"_s, true}};
}

} // namespace

void DemoSeeder::seedCandidates(int count)
{
    const auto &firstNames = DemoData::firstNames();
    const auto &lastNames = DemoData::lastNames();
    for (int i = 0; i < count; ++i) {
        const QString first = m_random.pick(firstNames);
        const QString last = m_random.pick(lastNames);
        const QString name = first + u' ' + last;
        const QString id = m_random.uuid();
        const qint64 createdMs = poolStartMs + qint64(m_random.unit() * double(poolEndMs - poolStartMs - 40 * dayMs));
        const DemoData::Place &place = m_random.pick(DemoData::places());
        const QString email = first.toLower() + u'.' + last.toLower() + QString::number(i + 1)
            + u'@' + m_random.pick(emailDomains);
        const QString phone = u"+1 (555) %1-%2"_s.arg(m_random.between(200, 989))
                                  .arg(m_random.between(0, 9999), 4, 10, QChar(u'0'));
        const QString handle = (first + u'-' + last).toLower() + u'-' + QString::number(i + 1);

        QJsonArray socialLinks{QJsonObject{{u"type"_s, u"LinkedIn"_s},
                                           {u"url"_s, QString(u"https://www.linkedin.com/in/"_s + handle)}}};
        if (m_random.chance(0.35))
            socialLinks << QJsonObject{{u"type"_s, u"Twitter"_s},
                                       {u"url"_s, QString(u"https://twitter.com/"_s + first.toLower()
                                                              + last.left(1).toLower()
                                                              + QString::number(i + 1))}};
        if (m_random.chance(0.2))
            socialLinks << QJsonObject{{u"type"_s, u"GitHub"_s},
                                       {u"url"_s, QString(u"https://github.com/"_s + handle)}};

        QJsonArray customFields;
        customFields << QJsonObject{{u"id"_s, m_candidateFields.at(0).value(u"id"_s)},
                                    {u"title"_s, m_candidateFields.at(0).value(u"title"_s)},
                                    {u"isPrivate"_s, false},
                                    {u"value"_s, m_random.chance(0.4)}}
                     << QJsonObject{{u"id"_s, m_candidateFields.at(1).value(u"id"_s)},
                                    {u"title"_s, m_candidateFields.at(1).value(u"title"_s)},
                                    {u"isPrivate"_s, false},
                                    {u"value"_s, m_random.between(0, 25)}};
        if (m_random.chance(0.3))
            customFields << QJsonObject{{u"id"_s, m_candidateFields.at(2).value(u"id"_s)},
                                        {u"title"_s, m_candidateFields.at(2).value(u"title"_s)},
                                        {u"isPrivate"_s, false},
                                        {u"value"_s, QJsonArray{u"English"_s, u"Spanish"_s}}};

        const int applicationCount = m_random.chance(0.12) ? 2 : 1;
        QJsonArray applicationIds;
        for (int a = 0; a < applicationCount; ++a)
            applicationIds << m_random.uuid();

        const QString time = Records::isoTime(createdMs);
        const QJsonObject candidate{
            {u"id"_s, id},
            {u"createdAt"_s, time},
            {u"updatedAt"_s, time},
            {u"name"_s, name},
            {u"primaryEmailAddress"_s, contact(email, u"Personal"_s)},
            {u"emailAddresses"_s, QJsonArray{contact(email, u"Personal"_s)}},
            {u"primaryPhoneNumber"_s, contact(phone, u"Personal"_s)},
            {u"phoneNumbers"_s, QJsonArray{contact(phone, u"Personal"_s)}},
            {u"socialLinks"_s, socialLinks},
            {u"tags"_s, QJsonArray{}},
            {u"position"_s, m_random.pick(DemoData::jobs()).title},
            {u"company"_s, m_random.pick(companies)},
            {u"applicationIds"_s, applicationIds},
            {u"fileHandles"_s, QJsonArray{}},
            {u"customFields"_s, customFields},
            {u"profileUrl"_s, QString(u"https://sandbox.tessera.invalid/candidates/"_s + id)},
            {u"timezone"_s, place.timezone},
            {u"location"_s,
             QJsonObject{{u"id"_s, m_random.uuid()},
                         {u"locationSummary"_s,
                          QString(place.city + u", "_s + place.region + u", United States"_s)},
                         {u"locationComponents"_s,
                          QJsonArray{QJsonObject{{u"type"_s, u"Country"_s},
                                                 {u"name"_s, u"United States"_s}},
                                     QJsonObject{{u"type"_s, u"Region"_s},
                                                 {u"name"_s, place.region}},
                                     QJsonObject{{u"type"_s, u"City"_s},
                                                 {u"name"_s, place.city}}}}}},
        };
        Records::insertCandidate(m_store, candidate, createdMs);
        for (const QJsonValue applicationId : applicationIds) {
            QJsonObject withId = candidate;
            withId.insert(u"applicationId"_s, applicationId);
            seedApplication(withId, createdMs + m_random.between(0, 3) * dayMs);
        }
    }
}

void DemoSeeder::seedApplication(const QJsonObject &candidate, qint64 createdMs)
{
    const QString id = candidate.value(u"applicationId"_s).toString();
    // Most applications go to open jobs; one in ten to a job that has since closed.
    QJsonObject job;
    do {
        job = m_random.pick(m_jobs);
    } while (job.value(u"status"_s) == u"Draft"_s
             || (job.value(u"status"_s) != u"Open"_s && !m_random.chance(0.1)));
    const QList<QJsonObject> &stages = m_plans.value(job.value(u"planName"_s).toString()).stages;
    auto groupOf = [this, &stages](qsizetype index) {
        return m_groupOrder.value(stages.at(index).value(u"interviewStageGroupId"_s).toString());
    };
    const qsizetype offerIndex = stages.size() - 3; // plans end with Offer, Hired, Archived
    const qsizetype archivedIndex = stages.size() - 1;

    const int targetGroup = m_random.weighted(stageGroupWeights);
    qsizetype first = (targetGroup == 0 || m_random.chance(0.2)) ? 0 : 1; // sourced or applied
    QList<qsizetype> path;
    if (targetGroup == groupArchived) {
        const qsizetype last = first + m_random.bounded(int(offerIndex - first + 1));
        for (qsizetype s = first; s <= last; ++s)
            path << s;
        path << archivedIndex;
    } else {
        QList<qsizetype> matches;
        for (qsizetype s = 0; s < stages.size(); ++s)
            if (groupOf(s) == targetGroup)
                matches << s;
        const qsizetype target = m_random.pick(matches);
        for (qsizetype s = std::min(first, target); s <= target; ++s)
            path << s;
    }

    QList<qint64> entered;
    qint64 time = createdMs;
    for (qsizetype step = 0; step < path.size(); ++step) {
        entered << std::min(time, poolEndMs);
        time += m_random.between(1, 8) * dayMs + m_random.between(0, 8) * 3600 * 1000;
    }
    const QJsonObject &current = stages.at(path.last());
    const QString status = targetGroup == 0 ? u"Lead"_s
        : targetGroup == groupHired         ? u"Hired"_s
        : targetGroup == groupArchived      ? u"Archived"_s
                                            : u"Active"_s;
    const QJsonObject &recruiter = m_users.at(2 + m_random.bounded(3));

    QJsonObject application{
        {u"id"_s, id},
        {u"createdAt"_s, Records::isoTime(createdMs)},
        {u"updatedAt"_s, Records::isoTime(entered.last())},
        {u"status"_s, status},
        {u"candidateId"_s, candidate.value(u"id"_s)},
        {u"jobId"_s, job.value(u"id"_s)},
        {u"interviewPlanId"_s, current.value(u"interviewPlanId"_s)},
        {u"currentInterviewStageId"_s, current.value(u"id"_s)},
        {u"customFields"_s, QJsonArray{}},
        {u"hiringTeam"_s, job.value(u"hiringTeam"_s)},
        {u"source"_s, first == 0 ? u"Sourced"_s : u"Applied"_s},
    };
    if (targetGroup == groupArchived) {
        const QJsonObject &reason = m_random.pick(m_archiveReasons);
        application.insert(u"archiveReasonId"_s, reason.value(u"id"_s));
        application.insert(u"archivedAt"_s, Records::isoTime(entered.last()));
    }
    Records::insertApplication(m_store, application, createdMs);

    for (qsizetype step = 0; step < path.size(); ++step) {
        const QString historyId = m_random.uuid();
        Records::insertHistory(m_store, historyId, id, stages.at(path.at(step)), int(step),
                               entered.at(step),
                               recruiter.value(u"id"_s).toString(),
                               step + 1 < path.size() ? entered.at(step + 1) : 0);
    }

    if (path.contains(offerIndex)) {
        const qint64 offerMs = entered.at(path.indexOf(offerIndex));
        const QString outcome = targetGroup == groupHired ? u"accepted"_s
            : targetGroup == groupArchived               ? u"declined"_s
                                                         : u"open"_s;
        seedOffer(id, job, offerMs, outcome);
    }
}

void DemoSeeder::seedOffer(const QString &applicationId, const QJsonObject &job, qint64 offerMs,
                           const QString &outcome)
{
    const int base = job.value(u"baseSalary"_s).toInt();
    const int salary = (base + m_random.between(-base / 10, base / 10)) / 1000 * 1000;
    const int currencyDraw = m_random.bounded(20);
    const QString currency = currencyDraw == 0 ? u"CAD"_s : currencyDraw == 1 ? u"EUR"_s : u"USD"_s;
    const QDate startDate = QDateTime::fromMSecsSinceEpoch(offerMs, Qt::UTC).date()
                                .addDays(m_random.between(14, 45));
    const bool approved = outcome != u"open"_s || m_random.chance(0.7);

    QJsonObject version{
        {u"id"_s, m_random.uuid()},
        {u"startDate"_s, QDateTime(startDate, QTime(0, 0), Qt::UTC)
                             .toString(Qt::ISODateWithMs)},
        {u"salary"_s, QJsonObject{{u"currencyCode"_s, currency}, {u"value"_s, salary}}},
        {u"createdAt"_s, Records::isoTime(offerMs)},
        {u"approvalStatus"_s, approved ? u"Approved"_s : u"WaitingOnApprovals"_s},
        {u"customFields"_s, QJsonArray{}},
        {u"fileHandles"_s, QJsonArray{}},
    };
    if (m_random.chance(0.4))
        version.insert(u"customFields"_s,
                       QJsonArray{QJsonObject{
                           {u"id"_s, m_signingBonusField.value(u"id"_s)},
                           {u"title"_s, m_signingBonusField.value(u"title"_s)},
                           {u"isPrivate"_s, false},
                           {u"value"_s, QJsonObject{{u"value"_s, m_random.between(2, 20) * 1000},
                                                    {u"currencyCode"_s, currency}}}}});

    QJsonObject offer{{u"id"_s, m_random.uuid()},
                      {u"applicationId"_s, applicationId},
                      {u"latestVersion"_s, version},
                      {u"versions"_s, QJsonArray{version}}};
    const QString decided = Records::isoTime(offerMs + m_random.between(1, 6) * dayMs);
    if (outcome == u"accepted"_s) {
        offer.insert(u"acceptanceStatus"_s, u"Accepted"_s);
        offer.insert(u"offerStatus"_s, u"CandidateAccepted"_s);
        offer.insert(u"decidedAt"_s, decided);
    } else if (outcome == u"declined"_s) {
        offer.insert(u"acceptanceStatus"_s, u"Declined"_s);
        offer.insert(u"offerStatus"_s, u"CandidateRejected"_s);
        offer.insert(u"decidedAt"_s, decided);
    } else {
        offer.insert(u"acceptanceStatus"_s, approved ? u"WaitingOnResponse"_s : u"Pending"_s);
        offer.insert(u"offerStatus"_s, approved ? u"WaitingOnCandidateResponse"_s
                                                : u"WaitingOnOfferApproval"_s);
    }
    m_store.offers.insert(offer.value(u"id"_s).toString(), offerMs, offer,
                          {{u"application_id"_s, applicationId}});
}

} // namespace Tessera::Sandbox
