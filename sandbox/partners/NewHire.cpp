#include "partners/NewHire.h"

#include "partners/PartnerHttp.h"
#include "partners/StandIn.h"
#include "store/Records.h"

#include <QDateTime>
#include <QJsonArray>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

struct Fetch
{
    PartnerEnvironment *env = nullptr;
    QObject *context = nullptr;
    QString apiKey;
    QJsonObject application;
    QJsonObject candidate;
    QJsonObject job;
    QString department;
    QJsonObject offerVersion;
    std::function<void(const QJsonObject &)> done;
};

QJsonObject resultsOf(const PartnerReply &reply)
{
    return reply.isSuccess() ? reply.json().value(u"results"_s).toObject() : QJsonObject{};
}

QString socialLink(const QJsonObject &candidate, const QString &type)
{
    for (const QJsonValue link : candidate.value(u"socialLinks"_s).toArray())
        if (link.toObject().value(u"type"_s).toString() == type)
            return link.toObject().value(u"url"_s).toString();
    return {};
}

// Every field of a New hire is present; what the ATS did not give is null.
QJsonValue orNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

QJsonObject hireOf(const Fetch &fetch)
{
    const QStringList names = fetch.candidate.value(u"name"_s).toString()
                                  .split(u' ', Qt::SkipEmptyParts);
    const QJsonObject salary = fetch.offerVersion.value(u"salary"_s).toObject();
    const QString startDate = fetch.offerVersion.value(u"startDate"_s).toString().left(10);
    return QJsonObject{
        {u"id"_s, Records::newId()},
        {u"firstName"_s, names.value(0)},
        {u"middleName"_s, names.size() > 2 ? names.mid(1, names.size() - 2).join(u' ')
                                           : QString()},
        {u"lastName"_s, names.size() > 1 ? names.last() : QString()},
        {u"personalEmail"_s,
         orNull(fetch.candidate.value(u"primaryEmailAddress"_s).toObject().value(u"value"_s))},
        {u"personalPhone"_s,
         orNull(fetch.candidate.value(u"primaryPhoneNumber"_s).toObject().value(u"value"_s))},
        {u"jobTitle"_s, orNull(fetch.job.value(u"title"_s))},
        {u"department"_s, fetch.department},
        {u"linkedIn"_s, socialLink(fetch.candidate, u"LinkedIn"_s)},
        {u"twitter"_s, socialLink(fetch.candidate, u"Twitter"_s)},
        {u"employmentStartDate"_s, startDate.isEmpty() ? QJsonValue() : QJsonValue(startDate)},
        {u"salaryAmount"_s, orNull(salary.value(u"value"_s))},
        {u"salaryCurrency"_s, orNull(salary.value(u"currencyCode"_s))},
        {u"candidateId"_s, orNull(fetch.candidate.value(u"id"_s))},
        {u"applicationId"_s, orNull(fetch.application.value(u"id"_s))},
        {u"receivedAt"_s, Records::isoTime(QDateTime::currentMSecsSinceEpoch())}};
}

void fetchOffer(const std::shared_ptr<Fetch> &fetch)
{
    fetch->env->http.callAts(fetch->apiKey, u"offer.list"_s,
                             {{u"applicationId"_s, fetch->application.value(u"id"_s)}},
                             fetch->context, [fetch](const PartnerReply &reply) {
        if (reply.isSuccess())
            for (const QJsonValue offer : reply.json().value(u"results"_s).toArray())
                if (offer.toObject().value(u"acceptanceStatus"_s) == u"Accepted"_s)
                    fetch->offerVersion = offer.toObject().value(u"latestVersion"_s).toObject();
        fetch->done(hireOf(*fetch));
    });
}

void fetchJob(const std::shared_ptr<Fetch> &fetch)
{
    const QString jobId = fetch->application.value(u"job"_s).toObject().value(u"id"_s).toString();
    fetch->env->http.callAts(fetch->apiKey, u"job.info"_s, {{u"id"_s, jobId}}, fetch->context,
                             [fetch](const PartnerReply &reply) {
        fetch->job = resultsOf(reply);
        const QString departmentId = fetch->job.value(u"departmentId"_s).toString();
        if (departmentId.isEmpty()) {
            fetchOffer(fetch);
            return;
        }
        fetch->env->http.callAts(fetch->apiKey, u"department.info"_s,
                                 {{u"departmentId"_s, departmentId}}, fetch->context,
                                 [fetch](const PartnerReply &department) {
            fetch->department = resultsOf(department).value(u"name"_s).toString();
            fetchOffer(fetch);
        });
    });
}

} // namespace

void fetchNewHire(PartnerEnvironment &environment, QObject *context, const QString &apiKey,
                  const QJsonObject &application, std::function<void(const QJsonObject &)> done)
{
    auto fetch = std::make_shared<Fetch>();
    fetch->env = &environment;
    fetch->context = context;
    fetch->apiKey = apiKey;
    fetch->application = application;
    fetch->done = std::move(done);
    const QString candidateId =
        application.value(u"candidate"_s).toObject().value(u"id"_s).toString();
    environment.http.callAts(apiKey, u"candidate.info"_s, {{u"id"_s, candidateId}}, context,
                             [fetch](const PartnerReply &reply) {
        fetch->candidate = resultsOf(reply);
        fetchJob(fetch);
    });
}

} // namespace Tessera::Sandbox
