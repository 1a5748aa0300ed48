#include "JuroRuns.h"

#include "ActivityCodes.h"
#include "WorkflowForm.h"
#include "models/api/ApiProtocol.h"
#include "sandbox/integrations/IntegrationPrivate.h"
#include "sandbox/partners/PartnerHttp.h"
#include "sandbox/partners/PartnerHub.h"
#include "sandbox/partners/StandIn.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Records.h"
#include "sandbox/store/Store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Code = Tessera::Protocol::ErrorCode;

namespace Tessera::Sandbox {

namespace {

const QString juro = u"juro"_s;

QString juroApiKey(const Store &store)
{
    const QString key = IntegrationPrivate::credentials(store, juro)
                            .value(u"juroApiKey"_s).toString();
    if (key.isEmpty())
        throw ApiFailure(Code::partnerUnavailable,
                         u"Juro is not set up yet: paste the Juro API key into the Juro "
                         "integration and click Update, then try again."_s);
    return key;
}

// Juro's read-only page of a contract (the stand-in serves it; JuroContracts::page()).
QString contractPage(const PartnerHub &partners, const QString &contractId)
{
    return partners.publicBaseUrl() + u"/partners/juro/contracts/"_s
        + QString::fromLatin1(QUrl::toPercentEncoding(contractId));
}

QUrl contractsUrl(const PartnerHub &partners, const QString &path = {})
{
    return QUrl(partners.publicBaseUrl() + u"/partners/juro/v3/contracts"_s + path);
}

PartnerHttp::Headers juroHeaders(const QString &key)
{
    return {{"x-api-key", key.toUtf8()}, {"Content-Type", "application/json"}};
}

// Juro's 409/422 sentence verbatim, or what went wrong in words an admin can act on.
void failFromReply(const PartnerReply &reply, const CandidateActivities::Failed &failed)
{
    const QString sentence = reply.json().value(u"errorInfo"_s).toObject()
                                 .value(u"message"_s).toString();
    if (reply.status == 409 || reply.status == 422) {
        failed(QString::fromLatin1(ActivityCodes::partnerRefused),
               !sentence.isEmpty()
                   ? sentence
                   : u"Juro refused the request (HTTP %1) without saying why."_s.arg(reply.status));
        return;
    }
    if (reply.status == 0 || reply.status == 503) {
        failed(QString::fromLatin1(Code::partnerUnavailable),
               u"Juro could not be reached (%1). Try again later."_s.arg(reply.errorMessage()));
        return;
    }
    if (reply.status == 401) {
        failed(QString::fromLatin1(Code::partnerError),
               u"Juro refused the Juro API key (HTTP 401). Copy the current key from Juro "
               "Settings > Integrations > API and update it in the Juro integration."_s);
        return;
    }
    failed(QString::fromLatin1(Code::partnerError),
           u"Juro answered HTTP %1: %2"_s.arg(QString::number(reply.status),
                                              sentence.isEmpty() ? reply.errorMessage()
                                                                 : sentence));
}

bool hasLiveRun(const Store &store, const QString &column, const QString &id,
                const QString &workflowField, const QString &workflowValue)
{
    return !store.candidateActivities
                .select(u"json_extract(doc, '$.%1') = ? AND json_extract(doc, '$.%2') = ? AND "
                        "json_extract(doc, '$.status') NOT IN ('cancelled', 'failed')"_s
                            .arg(column, workflowField),
                        {id, workflowValue}, {}, 1)
                .isEmpty();
}

// Starts sent to Juro and not answered yet, by what they start (per store): the run is stored
// only once Juro answers, so a second start of the same workflow in that window is refused
// as if the first were stored already. The sandbox answers on one thread.
QSet<QString> &startsInFlight()
{
    static QSet<QString> starts;
    return starts;
}

void acceptOffer(Store &store, const QString &offerId, qint64 atMs)
{
    auto offer = store.offers.find(offerId);
    if (!offer)
        return;
    offer->insert(u"offerStatus"_s, u"CandidateAccepted"_s);
    offer->insert(u"acceptanceStatus"_s, u"Accepted"_s);
    offer->insert(u"decidedAt"_s, Records::isoTime(atMs));
    store.offers.update(offerId, *offer);
}

} // namespace

void JuroRuns::start(Store &store, PartnerHub &partners, const WorkflowForm &form,
                     const QJsonObject &values, CandidateActivities::Done done,
                     CandidateActivities::Failed failed)
{
    const QJsonObject workflow = form.workflow();
    const QString title = workflow.value(u"title"_s).toString();
    const QString startKey =
        QString::number(quintptr(&store), 16) + u':'
        + (form.offerId().isEmpty()
               ? u"plan:"_s + form.applicationId() + u':' + form.planActivityId()
               : u"offer:"_s + form.offerId() + u':' + workflow.value(u"id"_s).toString());
    const bool starting = startsInFlight().contains(startKey);
    if (!form.offerId().isEmpty()) {
        const QJsonObject offer = store.offers.find(form.offerId()).value_or(QJsonObject{});
        const QString approval = offer.value(u"latestVersion"_s).toObject()
                                     .value(u"approvalStatus"_s).toString();
        if (approval != u"Approved"_s)
            throw ApiFailure::invalidInput(
                u"The offer is not approved yet (its latest version is %1); approve it before "
                "starting \"%2\"."_s.arg(approval, title));
        if (starting
            || hasLiveRun(store, u"offerId"_s, form.offerId(), u"config.externalWorkflowId"_s,
                          workflow.value(u"id"_s).toString()))
            throw ApiFailure::invalidInput(
                u"\"%1\" has already been started on this offer; cancel it before starting it "
                "again."_s.arg(title));
    } else if (starting
               || !store.candidateActivities
                    .select(u"application_id = ? AND json_extract(doc, '$.planActivityId') = ? "
                            "AND json_extract(doc, '$.status') NOT IN "
                            "('completed', 'cancelled', 'failed')"_s,
                            {form.applicationId(), form.planActivityId()}, {}, 1)
                    .isEmpty()) {
        throw ApiFailure::invalidInput(
            u"This activity is already running for the application; cancel it before starting "
            "it again."_s);
    }
    const QJsonObject sent = form.valuesToSend(values);
    const QString key = juroApiKey(store);
    QJsonArray fields;
    for (auto it = sent.begin(); it != sent.end(); ++it)
        fields << QJsonObject{{u"uid"_s, it.key()}, {u"value"_s, it.value()}};
    const QJsonObject request{
        {u"templateId"_s, workflow.value(u"templateId"_s)},
        {u"name"_s, u"%1 – %2"_s.arg(title, form.candidateName())},
        {u"fields"_s, fields},
        {u"reference"_s,
         QJsonObject{{u"ashbyApplicationId"_s, form.applicationId()},
                     {u"ashbyOfferId"_s, form.offerId().isEmpty() ? QJsonValue()
                                                                  : QJsonValue(form.offerId())}}}};
    Store *stored = &store;
    QJsonObject activity{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                         {u"applicationId"_s, form.applicationId()},
                         {u"candidateId"_s, form.candidateId()},
                         {u"kind"_s, u"externalWorkflow"_s},
                         {u"integrationId"_s, juro},
                         {u"title"_s, title},
                         {u"config"_s, QJsonObject{{u"externalWorkflowId"_s, workflow.value(u"id"_s)}}},
                         {u"planActivityId"_s, form.planActivityId().isEmpty()
                                                   ? QJsonValue() : QJsonValue(form.planActivityId())},
                         {u"offerId"_s, form.offerId().isEmpty() ? QJsonValue()
                                                                 : QJsonValue(form.offerId())},
                         {u"values"_s, sent},
                         {u"status"_s, u"not_started"_s},
                         {u"statusLabel"_s, QString()},
                         {u"statusHistory"_s, QJsonArray{}},
                         {u"result"_s, QJsonValue()},
                         {u"resultUrl"_s, QJsonValue()}};
    // The integration's limit when the run started (as for assessments); default one day.
    const QJsonValue stuckAfter = store.integrations.find(juro).value_or(QJsonObject{})
                                      .value(u"settings"_s).toObject()
                                      .value(u"stuckAfterMinutes"_s);
    if (stuckAfter.isDouble())
        activity.insert(u"stuckAfterMinutes"_s, stuckAfter);
    startsInFlight().insert(startKey);
    partners.http().send(
        "POST", contractsUrl(partners), QJsonDocument(request).toJson(QJsonDocument::Compact),
        juroHeaders(key), &partners,
        [stored, activity, startKey, done = std::move(done),
         failed = std::move(failed)](const PartnerReply &reply) mutable {
            startsInFlight().remove(startKey);
            const QJsonObject contract = reply.json().value(u"contract"_s).toObject();
            const QString contractId = contract.value(u"id"_s).toString();
            if (!reply.isHttpOk() || contractId.isEmpty()) {
                failFromReply(reply, failed);
                return;
            }
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            activity.insert(u"partnerRunId"_s, contractId);
            activity.insert(u"createdAt"_s, Records::isoTime(now));
            CandidateActivities::moveActivity(activity, u"started"_s, u"Started"_s, now);
            CandidateActivities::saveActivity(*stored, activity, now);
            done(CandidateActivities::view(activity, now));
        });
}

void JuroRuns::cancel(Store &store, PartnerHub &partners, const QJsonObject &activity,
                      const QString &reason, CandidateActivities::Done done,
                      CandidateActivities::Failed failed)
{
    const QString key = juroApiKey(store);
    const QString contractId = activity.value(u"partnerRunId"_s).toString();
    const QString activityId = activity.value(u"id"_s).toString();
    Store *stored = &store;
    partners.http().send(
        "POST", contractsUrl(partners, u"/"_s + contractId + u"/cancel"_s),
        QJsonDocument(QJsonObject{{u"reason"_s, reason.trimmed()}}).toJson(QJsonDocument::Compact),
        juroHeaders(key), &partners,
        [stored, activityId, contractId, reason, page = contractPage(partners, contractId),
         done = std::move(done), failed = std::move(failed)](const PartnerReply &reply) {
            if (reply.status == 409 && reply.errorCode() == u"contract_completed"_s) {
                // Juro's completion won the race; its webhook may still be on the way. The run
                // ends completed as Juro has it, and the cancel is refused in Juro's words.
                apply(*stored, {{u"event"_s, u"contract.completed"_s},
                                {u"contract"_s, QJsonObject{{u"id"_s, contractId},
                                                            {u"url"_s, page}}}});
                failFromReply(reply, failed);
                return;
            }
            if (!reply.isHttpOk()) {
                failFromReply(reply, failed);
                return;
            }
            QJsonObject run = stored->candidateActivities.find(activityId).value_or(QJsonObject{});
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (!CandidateActivities::isFinal(run.value(u"status"_s).toString())) {
                CandidateActivities::moveActivity(run, u"cancelled"_s, u"Cancelled"_s, now);
                run.insert(u"cancelledReason"_s, reason.trimmed());
                CandidateActivities::saveActivity(*stored, run, now);
            }
            done(CandidateActivities::view(run, now));
        });
}

std::optional<HttpAnswer> JuroRuns::apply(Store &store, const QJsonObject &event)
{
    const QString type = event.value(u"event"_s).toString();
    const QString contractId = event.value(u"contract"_s).toObject().value(u"id"_s).toString();
    if (contractId.isEmpty())
        return std::nullopt;
    const auto rows = store.candidateActivities.select(
        u"json_extract(doc, '$.partnerRunId') = ? AND json_extract(doc, '$.integrationId') = ?"_s,
        {contractId, juro}, {}, 1);
    if (rows.isEmpty())
        return StandIn::errorAnswer(404, ActivityCodes::activityNotFound,
                                    u"No Juro workflow run has the contract \"%1\"."_s.arg(
                                        contractId));
    QJsonObject run = rows.first().doc;
    if (CandidateActivities::isFinal(run.value(u"status"_s).toString()))
        return std::nullopt;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QDateTime occurred = QDateTime::fromString(event.value(u"occurredAt"_s).toString(),
                                                     Qt::ISODateWithMs);
    const qint64 at = occurred.isValid() ? occurred.toMSecsSinceEpoch() : now;
    if (type == u"contract.active"_s)
        CandidateActivities::moveActivity(run, u"in_progress"_s, u"Active"_s, at);
    else if (type == u"contract.completed"_s)
        CandidateActivities::moveActivity(run, u"completed"_s, u"Completed"_s, at);
    else
        return std::nullopt;
    // Juro's page of the signed contract ("View result"), only as an http(s) address.
    const QUrl page(event.value(u"contract"_s).toObject().value(u"url"_s).toString());
    if (type == u"contract.completed"_s && page.isValid()
        && (page.scheme() == u"http"_s || page.scheme() == u"https"_s))
        run.insert(u"resultUrl"_s, page.toString());
    // One transaction: a run completed on an offer and the offer accepted, or neither (a later
    // event is ignored once the run is final, so a half-written pair would never heal).
    Transaction transaction(store.database);
    CandidateActivities::saveActivity(store, run, now);
    const QString offerId = run.value(u"offerId"_s).toString();
    if (type == u"contract.completed"_s && !offerId.isEmpty())
        acceptOffer(store, offerId, at);
    transaction.commit();
    return std::nullopt;
}

QJsonArray JuroRuns::listForOffer(const Store &store, const QString &offerId, qint64 nowMs)
{
    const auto offer = store.offers.find(offerId);
    if (!offer)
        throw ApiFailure::notFound(Code::offerNotFound, u"offer"_s, offerId);
    QJsonArray activities;
    const bool approved = offer->value(u"latestVersion"_s).toObject()
                              .value(u"approvalStatus"_s).toString() == u"Approved"_s;
    if (approved)
        for (const StoredDocument &row : store.externalWorkflows.select(
                 u"is_deleted = 0 AND integration_id = ? AND json_extract(doc, '$.entryPoint') = "
                 "'offer'"_s, {juro}, u"rid"_s)) {
            const QString workflowId = row.doc.value(u"id"_s).toString();
            if (hasLiveRun(store, u"offerId"_s, offerId, u"config.externalWorkflowId"_s,
                           workflowId))
                continue;
            activities << CandidateActivities::notStartedView(
                {{u"planActivityId"_s, QJsonValue()},
                 {u"externalWorkflowId"_s, workflowId},
                 {u"offerId"_s, offerId},
                 {u"kind"_s, u"externalWorkflow"_s},
                 {u"integrationId"_s, juro},
                 {u"title"_s, row.doc.value(u"title"_s)}});
        }
    for (const StoredDocument &row : store.candidateActivities.select(
             u"json_extract(doc, '$.offerId') = ?"_s, {offerId}, u"rid"_s))
        activities << CandidateActivities::view(row.doc, nowMs);
    return activities;
}

} // namespace Tessera::Sandbox
