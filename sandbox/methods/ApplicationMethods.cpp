#include "MethodContext.h"

#include "models/api/ApiProtocol.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/server/MethodRegistry.h"
#include "sandbox/server/Pager.h"
#include "sandbox/store/Records.h"
#include "sandbox/store/Store.h"
#include "sandbox/webhooks/WebhookDispatcher.h"
#include "Views.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

namespace Code = Protocol::ErrorCode;

const QStringList applicationStatuses{u"Hired"_s, u"Archived"_s, u"Active"_s, u"Lead"_s};

QString statusForStageType(const QString &type)
{
    if (type == u"Lead"_s || type == u"Hired"_s || type == u"Archived"_s)
        return type;
    return u"Active"_s;
}

// Validates a stage change and returns the archive reason (empty unless archiving).
QString checkedArchiveReason(const MethodCall &call, Store &store, bool archiving)
{
    const auto reasonId = call.optionalString(u"archiveReasonId"_s);
    const bool hasEmail = call.has(u"archiveEmail"_s);
    if (!archiving) {
        if (reasonId || hasEmail)
            throw ApiFailure::invalidInput(u"\"archiveReasonId\" and \"archiveEmail\" are only "
                                           "allowed when moving to an Archived stage."_s);
        return {};
    }
    if (!reasonId || reasonId->isEmpty())
        throw ApiFailure::invalidInput(
            u"Moving to an Archived stage needs \"archiveReasonId\" (see archiveReason.list)."_s);
    const auto reason = store.archiveReasons.find(*reasonId);
    if (!reason || reason->value(u"isArchived"_s).toBool())
        throw ApiFailure::notFound(QString::fromLatin1(Code::archiveReasonNotFound),
                                   u"active archive reason"_s, *reasonId);
    if (const auto email = call.optionalObject(u"archiveEmail"_s)) {
        // The sandbox has no communication templates, so any template id is unknown.
        throw ApiFailure(Code::communicationTemplateNotFound,
                         u"No communication template with id \"%1\" exists."_s.arg(
                             email->value(u"communicationTemplateId"_s).toString()));
    }
    return *reasonId;
}

// `moved` tells whether the application entered a new stage (not a repeat of the current one).
QJsonObject changeStage(const MethodCall &call, Store &store, bool &moved)
{
    moved = false;
    const Views views(store);
    QJsonObject application = views.requireApplication(call.requiredString(u"applicationId"_s));
    const QString stageId = call.requiredString(u"interviewStageId"_s);
    const QJsonObject stage = views.requireStage(stageId);
    if (stage.value(u"interviewPlanId"_s) != application.value(u"interviewPlanId"_s))
        throw ApiFailure(QString::fromLatin1(Code::interviewStageNotFound),
                         u"The stage \"%1\" is not part of this application's interview plan."_s
                             .arg(stage.value(u"title"_s).toString()));
    const QString type = stage.value(u"type"_s).toString();
    const QString reasonId = checkedArchiveReason(call, store, type == u"Archived"_s);
    if (application.value(u"currentInterviewStageId"_s).toString() == stageId) {
        // Already there: only a new archive reason changes anything.
        if (!reasonId.isEmpty() && application.value(u"archiveReasonId"_s).toString() != reasonId) {
            application.insert(u"archiveReasonId"_s, reasonId);
            application.insert(u"updatedAt"_s, Records::isoTime(call.nowMs()));
            Records::updateApplication(store, application);
        }
        return views.application(application);
    }

    const QString now = Records::isoTime(call.nowMs());
    application.insert(u"currentInterviewStageId"_s, stageId);
    application.insert(u"status"_s, statusForStageType(type));
    application.insert(u"updatedAt"_s, now);
    if (reasonId.isEmpty()) {
        application.remove(u"archiveReasonId"_s);
        application.remove(u"archivedAt"_s);
    } else {
        application.insert(u"archiveReasonId"_s, reasonId);
        application.insert(u"archivedAt"_s, now);
    }

    const QString applicationId = application.value(u"id"_s).toString();
    const auto history = store.applicationHistory.select(u"application_id = ?"_s, {applicationId},
                                                         u"rid DESC"_s, 1);
    int stageNumber = 0;
    if (!history.isEmpty()) {
        QJsonObject last = history.first().doc;
        stageNumber = last.value(u"stageNumber"_s).toInt() + 1;
        last.insert(u"leftStageAt"_s, now);
        store.applicationHistory.update(last.value(u"id"_s).toString(), last);
    }
    Records::updateApplication(store, application);
    Records::insertHistory(store, Records::newId(), applicationId, stage, stageNumber,
                           call.nowMs(), {});
    moved = true;
    return views.application(application);
}

// The application's most recent accepted offer as offer.info returns it, or null.
QJsonValue acceptedOffer(Store &store, const QString &applicationId)
{
    const auto offers = store.offers.select(
        u"application_id = ? AND json_extract(doc, '$.acceptanceStatus') = 'Accepted'"_s,
        {applicationId}, u"created_ms DESC, rid DESC"_s, 1);
    return offers.isEmpty() ? QJsonValue() : QJsonValue(offers.first().doc);
}

// Related events of one stage change share a webhookActionId (ashby-api-reference.md §6.3).
void publishStageChange(Store &store, WebhookDispatcher &webhooks, const QJsonObject &view)
{
    const QString actionId = Records::newId();
    const QJsonObject data{{u"application"_s, view}};
    webhooks.publish(actionId, u"candidateStageChange"_s, data);
    webhooks.publish(actionId, u"applicationUpdate"_s, data);
    if (view.value(u"status"_s).toString() == u"Hired"_s)
        webhooks.publish(actionId, u"candidateHire"_s,
                         QJsonObject{{u"application"_s, view},
                                     {u"offer"_s,
                                      acceptedOffer(store, view.value(u"id"_s).toString())}});
}

} // namespace

void registerApplicationMethods(MethodRegistry &registry, MethodContext &context)
{
    Store &store = context.store;
    const Pager &pager = context.pager;
    WebhookDispatcher &webhooks = context.webhooks;

    registry.add(u"application.list"_s, u"candidatesRead"_s,
                 [&store, &pager](const MethodCall &call) {
        ListQuery query{&store.applications};
        QStringList conditions;
        if (const auto status = call.optionalString(u"status"_s)) {
            if (!applicationStatuses.contains(*status))
                throw ApiFailure::invalidInput(
                    u"Field \"status\" must be one of Hired, Archived, Active, Lead."_s);
            conditions << u"status = ?"_s;
            query.binds << *status;
        }
        if (const auto jobId = call.optionalString(u"jobId"_s)) {
            conditions << u"job_id = ?"_s;
            query.binds << *jobId;
        }
        if (const auto after = call.optionalInteger(u"createdAfter"_s)) {
            conditions << u"created_ms > ?"_s;
            query.binds << *after;
        }
        query.where = conditions.join(u" AND "_s);
        const Views views(store);
        return pager.page(call, query,
                          [&views](const QJsonObject &doc) { return views.application(doc); });
    });

    registry.add(u"application.info"_s, u"candidatesRead"_s, [&store](const MethodCall &call) {
        const Views views(store);
        if (const auto formId = call.optionalString(u"submittedFormInstanceId"_s);
            formId && !call.has(u"applicationId"_s))
            throw ApiFailure::notFound(QString::fromLatin1(Code::applicationNotFound),
                                       u"application with submitted form instance"_s, *formId);
        const QJsonObject doc = views.requireApplication(call.requiredString(u"applicationId"_s));
        QJsonObject view = views.application(doc);
        QJsonArray history;
        for (const StoredDocument &row : store.applicationHistory.select(
                 u"application_id = ?"_s, {doc.value(u"id"_s).toString()}, u"rid"_s))
            history << row.doc;
        view.insert(u"applicationHistory"_s, history);
        return Protocol::successEnvelope(view);
    });

    registry.add(u"application.changeStage"_s, u"candidatesWrite"_s,
                 [&store, &webhooks](const MethodCall &call) {
        Transaction transaction(store.database);
        bool moved = false;
        const QJsonObject view = changeStage(call, store, moved);
        transaction.commit();
        if (moved)
            publishStageChange(store, webhooks, view);
        return Protocol::successEnvelope(view);
    });

    registry.add(u"application.listHistory"_s, u"candidatesRead"_s,
                 [&store, &pager](const MethodCall &call) {
        const Views views(store);
        const QString applicationId = call.requiredString(u"applicationId"_s);
        views.requireApplication(applicationId);
        ListQuery query{&store.applicationHistory, u"application_id = ?"_s, {applicationId}};
        query.supportsSyncToken = false;
        return pager.page(call, query);
    });
}

} // namespace Tessera::Sandbox
