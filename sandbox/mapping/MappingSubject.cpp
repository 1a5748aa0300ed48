#include "MappingSubject.h"

#include "models/api/ApiProtocol.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/store/Store.h"


using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

// The application's current offer: the newest one that is accepted or whose latest version is
// approved (a contract workflow runs on an approved offer before the candidate accepts).
std::optional<QJsonObject> currentOffer(const Store &store, const QString &applicationId)
{
    for (const StoredDocument &row :
         store.offers.select(u"application_id = ?"_s, {applicationId}, u"rid DESC"_s))
        if (MappingSubject::isCurrentOffer(row.doc))
            return row.doc;
    return std::nullopt;
}

QString offerStatus(const Store &store, const QString &applicationId)
{
    const auto rows =
        store.offers.select(u"application_id = ?"_s, {applicationId}, u"rid DESC"_s, 1);
    return rows.isEmpty() ? QString() : rows.first().doc.value(u"offerStatus"_s).toString();
}

QJsonObject requireDoc(const DocumentTable &table, const QString &id, const char *code,
                       const QString &what)
{
    if (auto doc = table.find(id))
        return *doc;
    throw ApiFailure::notFound(QString::fromLatin1(code), what, id);
}

} // namespace

MappingSubject MappingSubject::of(const Store &store, const QJsonObject &candidate,
                                  const std::optional<QJsonObject> &application)
{
    MappingSubject subject;
    subject.candidate = candidate;
    subject.application = application;
    if (!application) {
        subject.noApplication = u"this candidate has no application"_s;
        subject.noOffer = u"this candidate has no application, so no offer"_s;
        return subject;
    }
    subject.job = store.jobs.find(application->value(u"jobId"_s).toString());
    if (subject.job)
        subject.department =
            store.departments.find(subject.job->value(u"departmentId"_s).toString());
    subject.stage =
        store.interviewStages.find(application->value(u"currentInterviewStageId"_s).toString());

    const QString applicationId = application->value(u"id"_s).toString();
    if (const auto offer = currentOffer(store, applicationId)) {
        subject.useOffer(*offer);
    } else {
        const QString status = offerStatus(store, applicationId);
        subject.noOffer = status.isEmpty()
            ? u"this candidate has no approved or accepted offer"_s
            : u"this candidate has no approved or accepted offer (the offer is %1)"_s.arg(status);
    }
    return subject;
}

bool MappingSubject::isCurrentOffer(const QJsonObject &offer)
{
    return offer.value(u"acceptanceStatus"_s).toString() == u"Accepted"_s
        || offer.value(u"latestVersion"_s).toObject().value(u"approvalStatus"_s).toString()
               == u"Approved"_s;
}

void MappingSubject::useOffer(const QJsonObject &chosen)
{
    QJsonObject version = chosen.value(u"latestVersion"_s).toObject();
    version.insert(u"offerStatus"_s, chosen.value(u"offerStatus"_s));
    offer = version;
    noOffer.clear();
}

MappingSubject MappingSubject::forCandidate(const Store &store, const QString &candidateId)
{
    const QJsonObject candidate = requireDoc(store.candidates, candidateId,
                                             Protocol::ErrorCode::candidateNotFound,
                                             u"candidate"_s);
    const auto applications =
        store.applications.select(u"candidate_id = ?"_s, {candidateId}, u"rid DESC"_s);
    std::optional<QJsonObject> chosen;
    for (const StoredDocument &row : applications)
        if (currentOffer(store, row.doc.value(u"id"_s).toString())) {
            chosen = row.doc;
            break;
        }
    for (const StoredDocument &row : applications)
        if (!chosen && row.doc.value(u"status"_s).toString() == u"Hired"_s)
            chosen = row.doc;
    if (!chosen && !applications.isEmpty())
        chosen = applications.first().doc;
    return of(store, candidate, chosen);
}

MappingSubject MappingSubject::forApplication(const Store &store, const QString &applicationId)
{
    const QJsonObject application = requireDoc(store.applications, applicationId,
                                               Protocol::ErrorCode::applicationNotFound,
                                               u"application"_s);
    const QJsonObject candidate =
        requireDoc(store.candidates, application.value(u"candidateId"_s).toString(),
                   Protocol::ErrorCode::candidateNotFound, u"candidate"_s);
    return of(store, candidate, application);
}

} // namespace Tessera::Sandbox
