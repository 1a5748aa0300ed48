#include "CandidateActivities.h"

#include "ActivityCodes.h"
#include "models/api/ApiProtocol.h"
#include "sandbox/integrations/IntegrationCatalog.h"
#include "sandbox/integrations/IntegrationPrivate.h"
#include "sandbox/partners/PartnerHttp.h"
#include "sandbox/partners/PartnerHub.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/store/Records.h"
#include "sandbox/store/Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Code = Tessera::Protocol::ErrorCode;

namespace Tessera::Sandbox {

namespace {

constexpr qint64 defaultStuckAfterMinutes = 24 * 60;

struct PartnerAddress
{
    QString base; // ends with '/'
    QString credential;
};

PartnerAddress justifactsAddress(const Store &store)
{
    PartnerAddress address;
    address.base = store.integrations.find(u"justifacts"_s)
                       .value_or(QJsonObject{})
                       .value(u"settings"_s)
                       .toObject()
                       .value(u"baseUrl"_s)
                       .toString();
    if (!address.base.isEmpty() && !address.base.endsWith(u'/'))
        address.base += u'/';
    address.credential = IntegrationPrivate::credentials(store, u"justifacts"_s)
                             .value(u"credentialKey"_s)
                             .toString();
    if (address.base.isEmpty() || address.credential.isEmpty())
        throw ApiFailure(Code::partnerUnavailable,
                         u"Justifacts is not set up yet: enter the credential verification key "
                         "and the staging base URL in its settings, then try again."_s);
    return address;
}

// The partner's 409/422 sentence, or what went wrong in words an admin can act on.
void failFromReply(const PartnerReply &reply, const CandidateActivities::Failed &failed)
{
    const QJsonObject body = reply.json();
    const QString sentence = body.value(u"message"_s).toString();
    if (reply.status == 409 || reply.status == 422) {
        failed(QString::fromLatin1(ActivityCodes::partnerRefused),
               !sentence.isEmpty() ? sentence
               : reply.status == 409
                   ? u"Justifacts is already assessing this candidate (HTTP 409)."_s
                   : u"Justifacts refused the request (HTTP 422) without saying why."_s);
        return;
    }
    if (reply.status == 0 || reply.status == 503) {
        failed(QString::fromLatin1(Code::partnerUnavailable),
               u"Justifacts could not be reached (%1). Try again later."_s.arg(
                   reply.errorMessage()));
        return;
    }
    if (reply.status == 401) {
        failed(QString::fromLatin1(Code::partnerError),
               u"Justifacts refused the credential verification key (HTTP 401). Check the key "
               "Justifacts sent you and update it in the integration's settings."_s);
        return;
    }
    failed(QString::fromLatin1(Code::partnerError),
           u"Justifacts answered HTTP %1: %2"_s.arg(QString::number(reply.status),
                                                    sentence.isEmpty() ? reply.errorMessage()
                                                                       : sentence));
}

QJsonObject historyEntry(const QString &status, const QString &label, qint64 atMs)
{
    return {{u"status"_s, status}, {u"label"_s, label}, {u"at"_s, Records::isoTime(atMs)}};
}

// Appends a status to the activity (only when status or label changed).
void moveTo(QJsonObject &activity, const QString &status, const QString &label, qint64 atMs)
{
    if (activity.value(u"status"_s).toString() == status
        && activity.value(u"statusLabel"_s).toString() == label)
        return;
    QJsonArray history = activity.value(u"statusHistory"_s).toArray();
    history << historyEntry(status, label, atMs);
    activity.insert(u"statusHistory"_s, history);
    activity.insert(u"status"_s, status);
    activity.insert(u"statusLabel"_s, label);
    activity.insert(u"statusSinceMs"_s, atMs);
}

void save(Store &store, QJsonObject activity, qint64 nowMs)
{
    const QString id = activity.value(u"id"_s).toString();
    activity.insert(u"updatedAt"_s, Records::isoTime(nowMs));
    const DocumentTable::Columns columns{{u"application_id"_s, activity.value(u"applicationId"_s)},
                                         {u"updated_ms"_s, nowMs}};
    if (store.candidateActivities.contains(id))
        store.candidateActivities.update(id, activity, columns);
    else
        store.candidateActivities.insert(id, nowMs, activity, columns);
}

// Ashby's result object: {identifier, label, type, value}.
QJsonObject resultObject(const QJsonObject &update, const QString &field, bool required)
{
    const QJsonValue value = update.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            throw ApiFailure::invalidInput(u"Field \"%1\" is required.%2"_s.arg(
                field, field == u"assessment_status"_s
                           ? u" Send it unless the update cancels the assessment "
                             "(cancelled_reason)."_s
                           : QString()));
        return {};
    }
    static const QStringList types{u"numeric_score"_s, u"numeric_duration_minutes"_s, u"url"_s,
                                   u"string"_s, u"boolean_success"_s};
    const QJsonObject object = value.toObject();
    const QJsonValue inner = object.value(u"value"_s);
    if (!value.isObject() || !object.value(u"identifier"_s).isString()
        || !object.value(u"label"_s).isString()
        || !types.contains(object.value(u"type"_s).toString())
        || !(inner.isString() || inner.isDouble() || inner.isBool()))
        throw ApiFailure::invalidInput(
            u"Field \"%1\" must be an object {identifier, label, type, value} with type one of "
            "%2 and value a string, number or boolean."_s.arg(field, types.join(u", "_s)));
    return object;
}

} // namespace

bool CandidateActivities::isFinal(const QString &status)
{
    return status == u"completed"_s || status == u"cancelled"_s || status == u"failed"_s;
}

QString CandidateActivities::statusFor(const QString &partnerLabel)
{
    const QString label = partnerLabel.trimmed().toLower();
    if (label == u"received"_s || label == u"requested"_s || label == u"pending"_s)
        return u"requested"_s;
    if (label == u"started"_s)
        return u"started"_s;
    if (label == u"complete"_s || label == u"completed"_s)
        return u"completed"_s;
    if (label == u"cancelled"_s || label == u"canceled"_s)
        return u"cancelled"_s;
    if (label == u"failed"_s || label == u"error"_s)
        return u"failed"_s;
    return u"in_progress"_s;
}

QJsonObject CandidateActivities::view(const QJsonObject &activity, qint64 nowMs)
{
    QJsonObject shown = activity;
    const QString status = activity.value(u"status"_s).toString();
    const qint64 limitMs = activity.value(u"stuckAfterMinutes"_s).toInteger(
                               defaultStuckAfterMinutes) * 60'000;
    shown.insert(u"stuck"_s, !isFinal(status) && status != u"not_started"_s
                                 && nowMs - activity.value(u"statusSinceMs"_s).toInteger() > limitMs);
    QJsonArray actions;
    if (status == u"not_started"_s)
        actions << u"start"_s;
    else if (!isFinal(status))
        actions << u"cancel"_s;
    if (!activity.value(u"resultUrl"_s).toString().isEmpty())
        actions << u"view"_s;
    shown.insert(u"allowedActions"_s, actions);
    shown.remove(u"statusSinceMs"_s);
    shown.remove(u"partnerRunId"_s);
    shown.remove(u"stuckAfterMinutes"_s);
    return shown;
}

void CandidateActivities::startAssessment(Store &store, PartnerHub &partners,
                                          const QString &applicationId,
                                          const QString &integrationId,
                                          const QString &assessmentTypeId,
                                          const QString &planActivityId, Done done, Failed failed)
{
    const IntegrationEntry *entry = IntegrationCatalog::find(integrationId);
    if (!entry)
        throw ApiFailure::notFound(Code::integrationNotFound, u"integration"_s, integrationId);
    if (!entry->activityKinds.contains(u"assessment"_s))
        throw ApiFailure::invalidInput(
            u"%1 runs no assessments; only Justifacts does."_s.arg(entry->name));
    const auto application = store.applications.find(applicationId);
    if (!application)
        throw ApiFailure::notFound(Code::applicationNotFound, u"application"_s, applicationId);
    const QString candidateId = application->value(u"candidateId"_s).toString();
    const QJsonObject candidate = store.candidates.find(candidateId).value_or(QJsonObject{});
    const QJsonObject job =
        store.jobs.find(application->value(u"jobId"_s).toString()).value_or(QJsonObject{});
    const PartnerAddress address = justifactsAddress(store);
    const QString name = candidate.value(u"name"_s).toString().trimmed();
    const qsizetype space = name.lastIndexOf(u' ');
    const QString origin = partners.publicBaseUrl();
    const QJsonObject request{
        {u"assessment_type_id"_s, assessmentTypeId},
        {u"candidate"_s,
         QJsonObject{{u"ashby_id"_s, candidateId},
                     {u"first_name"_s, space > 0 ? name.left(space) : name},
                     {u"last_name"_s, space > 0 ? name.mid(space + 1) : QString()},
                     {u"email"_s, candidate.value(u"primaryEmailAddress"_s).toObject()
                                      .value(u"value"_s).toString()},
                     {u"ashby_profile_url"_s, candidate.value(u"profileUrl"_s).toString()}}},
        {u"application"_s, QJsonObject{{u"ashby_id"_s, applicationId},
                                       {u"status"_s, application->value(u"status"_s)}}},
        {u"job"_s, QJsonObject{{u"ashby_id"_s, job.value(u"id"_s)},
                               {u"name"_s, job.value(u"title"_s)},
                               {u"ashby_job_url"_s,
                                QString(origin + u"/jobs/"_s + job.value(u"id"_s).toString())}}}};
    const qint64 stuckAfter = store.integrations.find(integrationId)
                                  .value_or(QJsonObject{})
                                  .value(u"settings"_s)
                                  .toObject()
                                  .value(u"stuckAfterMinutes"_s)
                                  .toInteger(defaultStuckAfterMinutes);
    Store *stored = &store;
    partners.http().send(
        "POST", QUrl(address.base + u"assessment.start"_s),
        QJsonDocument(request).toJson(QJsonDocument::Compact),
        {{"Authorization", PartnerHttp::basicAuthorization(address.credential)},
         {"Content-Type", "application/json"}},
        &partners,
        [stored, applicationId, candidateId, integrationId, assessmentTypeId, planActivityId,
         stuckAfter, done = std::move(done), failed = std::move(failed)](const PartnerReply &reply) {
            const QJsonObject results = reply.json().value(u"results"_s).toObject();
            const QString runId = results.value(u"assessment_id"_s).toString();
            if (!reply.isHttpOk() || !reply.isSuccess() || runId.isEmpty()) {
                failFromReply(reply, failed);
                return;
            }
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QString title = assessmentTypeId;
            // The package's name as Justifacts lists it.
            if (const auto state = stored->partnerStates.find(u"justifacts"_s))
                for (const QJsonValue check : state->value(u"checks"_s).toArray())
                    if (check.toObject().value(u"assessmentId"_s).toString() == runId)
                        title = check.toObject().value(u"packageName"_s).toString();
            QJsonObject activity{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                 {u"applicationId"_s, applicationId},
                                 {u"candidateId"_s, candidateId},
                                 {u"kind"_s, u"assessment"_s},
                                 {u"integrationId"_s, integrationId},
                                 {u"title"_s, title},
                                 {u"config"_s, QJsonObject{{u"assessmentTypeId"_s, assessmentTypeId}}},
                                 {u"partnerRunId"_s, runId},
                                 {u"status"_s, u"not_started"_s},
                                 {u"statusLabel"_s, QString()},
                                 {u"statusHistory"_s, QJsonArray{}},
                                 {u"result"_s, QJsonValue()},
                                 {u"resultUrl"_s, QJsonValue()},
                                 {u"createdAt"_s, Records::isoTime(now)}};
            activity.insert(u"planActivityId"_s, planActivityId.isEmpty()
                                                     ? QJsonValue() : QJsonValue(planActivityId));
            activity.insert(u"stuckAfterMinutes"_s, QJsonValue(stuckAfter));
            const QString label = results.value(u"update_request"_s).toObject()
                                      .value(u"assessment_status"_s).toObject()
                                      .value(u"value"_s).toVariant().toString();
            moveTo(activity, u"requested"_s, label.isEmpty() ? u"Requested"_s : label, now);
            save(*stored, activity, now);
            done(view(activity, now));
        });
}

void CandidateActivities::cancel(Store &store, PartnerHub &partners, const QString &activityId,
                                 const QString &reason, Done done, Failed failed)
{
    const auto found = store.candidateActivities.find(activityId);
    if (!found)
        throw ApiFailure::notFound(ActivityCodes::activityNotFound, u"activity"_s, activityId);
    const QString status = found->value(u"status"_s).toString();
    if (isFinal(status))
        throw ApiFailure(ActivityCodes::activityFinished,
                         u"This activity is already %1 and can no longer be cancelled."_s.arg(
                             status));
    if (reason.trimmed().isEmpty())
        throw ApiFailure::invalidInput(
            u"Field \"reason\" must say why the activity is cancelled."_s);
    const PartnerAddress address = justifactsAddress(store);
    const QString runId = found->value(u"partnerRunId"_s).toString();
    Store *stored = &store;
    partners.http().send(
        "POST", QUrl(address.base + u"assessment.cancel"_s),
        QJsonDocument(QJsonObject{{u"assessment_id"_s, runId}}).toJson(QJsonDocument::Compact),
        {{"Authorization", PartnerHttp::basicAuthorization(address.credential)},
         {"Content-Type", "application/json"}},
        &partners,
        [stored, activityId, reason, done = std::move(done),
         failed = std::move(failed)](const PartnerReply &reply) {
            if (!reply.isHttpOk() || !reply.isSuccess()) {
                failFromReply(reply, failed);
                return;
            }
            QJsonObject activity = stored->candidateActivities.find(activityId).value_or(QJsonObject{});
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (!isFinal(activity.value(u"status"_s).toString())) {
                moveTo(activity, u"cancelled"_s, u"Cancelled"_s, now);
                activity.insert(u"cancelledReason"_s, reason.trimmed());
                save(*stored, activity, now);
            }
            done(view(activity, now));
        });
}

QJsonObject CandidateActivities::apply(Store &store, const QJsonObject &update)
{
    const QJsonValue idValue = update.value(u"assessment_id"_s);
    if (!idValue.isString() || idValue.toString().isEmpty())
        throw ApiFailure::invalidInput(u"Field \"assessment_id\" is required (a string)."_s);
    const QJsonValue timestamp = update.value(u"timestamp"_s);
    if (!timestamp.isDouble() || timestamp.toDouble() != double(timestamp.toInteger())
        || timestamp.toInteger() <= 0)
        throw ApiFailure::invalidInput(u"Field \"timestamp\" is required: milliseconds since "
                                       "the Unix epoch, an integer."_s);
    const QJsonObject cancelled = resultObject(update, u"cancelled_reason"_s, false);
    const QJsonObject status = resultObject(update, u"assessment_status"_s, cancelled.isEmpty());
    const QJsonObject result = resultObject(update, u"assessment_result"_s, false);
    const QJsonObject profile = resultObject(update, u"assessment_profile_url"_s, !result.isEmpty());
    QJsonArray metadata;
    if (update.contains(u"metadata"_s)) {
        if (!update.value(u"metadata"_s).isArray())
            throw ApiFailure::invalidInput(u"Field \"metadata\" must be an array."_s);
        const QJsonArray given = update.value(u"metadata"_s).toArray();
        for (qsizetype i = 0; i < given.size(); ++i)
            metadata << resultObject(QJsonObject{{u"metadata[%1]"_s.arg(i), given.at(i)}},
                                     u"metadata[%1]"_s.arg(i), true);
    }
    const QString runId = idValue.toString();
    const auto rows = store.candidateActivities.select(
        u"json_extract(doc, '$.partnerRunId') = ?"_s, {runId}, {}, 1);
    if (rows.isEmpty())
        throw ApiFailure::notFound(ActivityCodes::assessmentNotFound, u"assessment"_s, runId);
    QJsonObject activity = rows.first().doc;
    if (isFinal(activity.value(u"status"_s).toString()))
        throw ApiFailure(ActivityCodes::activityFinished,
                         u"The assessment \"%1\" is already %2; no further updates are "
                         "accepted."_s.arg(runId, activity.value(u"status"_s).toString()));
    const qint64 at = timestamp.toInteger();
    if (!cancelled.isEmpty()) {
        moveTo(activity, u"cancelled"_s, u"Cancelled"_s, at);
        activity.insert(u"cancelledReason"_s, cancelled.value(u"value"_s).toVariant().toString());
    } else {
        const QString label = status.value(u"value"_s).toVariant().toString();
        moveTo(activity, result.isEmpty() ? statusFor(label) : u"completed"_s, label, at);
    }
    if (!result.isEmpty()) {
        activity.insert(u"result"_s, result);
        activity.insert(u"resultUrl"_s, profile.value(u"value"_s).toVariant().toString());
    }
    if (!metadata.isEmpty())
        activity.insert(u"metadata"_s, metadata);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    save(store, activity, now);
    return view(activity, now);
}

QJsonObject CandidateActivities::notStartedView(QJsonObject fields)
{
    fields.insert(u"id"_s, QJsonValue());
    fields.insert(u"status"_s, u"not_started"_s);
    fields.insert(u"statusLabel"_s, QString());
    fields.insert(u"statusHistory"_s, QJsonArray{});
    fields.insert(u"result"_s, QJsonValue());
    fields.insert(u"resultUrl"_s, QJsonValue());
    fields.insert(u"stuck"_s, false);
    fields.insert(u"allowedActions"_s, QJsonArray{u"start"_s});
    return fields;
}

void CandidateActivities::moveActivity(QJsonObject &activity, const QString &status,
                                       const QString &label, qint64 atMs)
{
    Sandbox::moveTo(activity, status, label, atMs);
}

void CandidateActivities::saveActivity(Store &store, const QJsonObject &activity, qint64 nowMs)
{
    Sandbox::save(store, activity, nowMs);
}

} // namespace Tessera::Sandbox
