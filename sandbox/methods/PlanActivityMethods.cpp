// Interview-plan activities (issue 12, docs/API.md §3.14): partner activities placed on a plan's
// stages, validated on write, with their problems computed on read; and assessmentType.list, the
// partner's packages as the ATS reads them over HTTP.
#include "MethodContext.h"

#include "models/api/ApiProtocol.h"
#include "sandbox/integrations/IntegrationCatalog.h"
#include "sandbox/plans/ActivityInput.h"
#include "sandbox/plans/ActivityProblems.h"
#include "sandbox/plans/AssessmentPackages.h"
#include "sandbox/plans/PlanActivities.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/server/DeferredAnswer.h"
#include "sandbox/server/MethodRegistry.h"
#include "sandbox/store/Records.h"
#include "sandbox/store/Store.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Code = Tessera::Protocol::ErrorCode;

Q_LOGGING_CATEGORY(lcPlans, "tessera.sandbox.plans")

namespace Tessera::Sandbox {

namespace {

const QString readScope = u"interviewsRead"_s;
const QString writeScope = u"interviewsWrite"_s;
const QString assessmentKind = u"assessment"_s;

using Work = std::function<QJsonObject(const PackageList &)>;

// Runs `work` with Justifacts' current packages when `needed` (asking over HTTP, so the answer
// is deferred), else at once with an unknown list. Reads and writes happen inside `work`, after
// the partner answered, so a write sees the newest version.
MethodResult withPackages(const MethodCall &call, Store &store, PartnerHub &partners, bool needed,
                          Work work)
{
    if (!needed)
        return Protocol::successEnvelope(work(PackageList{}));
    const Deferred answer = DeferredAnswer::create(call.requestId());
    const QString requestId = call.requestId();
    AssessmentPackages::fetch(store, partners,
                              [answer, requestId, work = std::move(work)](const PackageList &list) {
        try {
            answer->succeed(work(list));
        } catch (const ApiFailure &failure) {
            answer->fail(failure);
        } catch (const std::exception &error) {
            qCWarning(lcPlans).noquote() << "request" << requestId << "failed:" << error.what();
            answer->fail(QString::fromLatin1(Code::internalError),
                         u"The sandbox failed to answer; see its log for request %1."_s.arg(
                             requestId),
                         500);
        }
    });
    return answer;
}

qint64 requiredVersion(const MethodCall &call)
{
    const auto version = call.optionalInteger(u"version"_s);
    if (!version)
        throw ApiFailure::invalidInput(u"Missing required field \"version\"."_s);
    return *version;
}

std::optional<qint64> checkedOrder(const MethodCall &call, bool required)
{
    const auto order = call.optionalInteger(u"order"_s);
    if (!order && required)
        throw ApiFailure::invalidInput(u"Missing required field \"order\"."_s);
    if (order && *order < 0)
        throw ApiFailure::invalidInput(
            u"Field \"order\" must be 0 or more (0 is the first place on the stage)."_s);
    return order;
}

// The activities with `activity` placed on its stage at `order` (clamped; none = last).
QJsonArray placed(const QJsonArray &others, const QJsonObject &activity,
                  std::optional<qint64> order)
{
    const QString stageId = activity.value(u"interviewStageId"_s).toString();
    QJsonArray result;
    QJsonArray onStage;
    for (const QJsonValue value : others) {
        if (value.toObject().value(u"interviewStageId"_s).toString() == stageId)
            onStage << value;
        else
            result << value;
    }
    const qsizetype at = order ? std::min<qint64>(*order, onStage.size()) : onStage.size();
    onStage.insert(at, activity);
    for (const QJsonValue value : onStage)
        result << value;
    return result;
}

QJsonArray without(const QJsonArray &activities, const QString &activityId)
{
    QJsonArray result;
    for (const QJsonValue value : activities)
        if (value.toObject().value(u"id"_s).toString() != activityId)
            result << value;
    return result;
}

// The stored activity with `id` as the API shows it, with its problems.
QJsonObject shown(const Store &store, const PlanActivities &plan, const QString &id,
                  const PackageList &packages)
{
    for (const QJsonValue value : ActivityProblems::withProblems(store, plan.activities(), packages))
        if (value.toObject().value(u"id"_s).toString() == id)
            return value.toObject();
    return {};
}

QJsonObject activityResult(const Store &store, const PlanActivities &plan, const QString &id,
                           const PackageList &packages)
{
    return {{u"activity"_s, shown(store, plan, id, packages)}, {u"version"_s, plan.version()}};
}

// A title the admin did not change follows the package or workflow; their own title stays.
bool keepsDefaultTitle(const QJsonObject &stored)
{
    return stored.value(u"title"_s).toString()
        == stored.value(u"hidden"_s).toObject().value(u"defaultTitle"_s).toString();
}

bool sameConfig(const QJsonObject &stored, const QJsonObject &entry)
{
    return stored.value(u"kind"_s) == entry.value(u"kind"_s)
        && stored.value(u"integrationId"_s) == entry.value(u"integrationId"_s)
        && stored.value(u"config"_s) == entry.value(u"config"_s);
}

bool hasAssessment(const QJsonArray &activities)
{
    for (const QJsonValue value : activities)
        if (value.toObject().value(u"kind"_s).toString() == assessmentKind)
            return true;
    return false;
}

// interviewPlanActivity.set checks only what an entry changes: an unchanged activity keeps what
// it has (even a withdrawn package or an archived stage), so saving other changes never fails
// on it; those show as problems instead.
QJsonArray checkedSetEntries(const Store &store, const PlanActivities &plan,
                             const QJsonArray &entries, const PackageList &packages, qint64 nowMs)
{
    const ActivityInput input(store, plan.planId(), packages);
    const QString now = Records::isoTime(nowMs);
    QSet<QString> seenIds;
    QJsonArray result;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString prefix = u"activities[%1]."_s.arg(i);
        if (!entries.at(i).isObject())
            throw ApiFailure::invalidInput(
                u"Field \"activities[%1]\" must be an object."_s.arg(i));
        const QJsonObject entry = entries.at(i).toObject();
        std::optional<QJsonObject> stored;
        if (entry.contains(u"id"_s) && !entry.value(u"id"_s).isNull()) {
            const QString id = ActivityInput::requiredString(entry, u"id"_s, prefix);
            stored = plan.find(id);
            if (!stored)
                throw ApiFailure::invalidInput(
                    u"Field \"%1id\" names no activity of this interview plan (\"%2\"); leave "
                    "\"id\" out for a new activity."_s.arg(prefix, id));
            if (seenIds.contains(id))
                throw ApiFailure::invalidInput(
                    u"Field \"%1id\": the activity \"%2\" is listed twice."_s.arg(prefix, id));
            seenIds.insert(id);
        }
        const QString stageId = ActivityInput::requiredString(entry, u"interviewStageId"_s, prefix);
        const QString kind = ActivityInput::requiredString(entry, u"kind"_s, prefix);
        const QString integrationId =
            ActivityInput::requiredString(entry, u"integrationId"_s, prefix);
        const bool stageChanged =
            !stored || stored->value(u"interviewStageId"_s).toString() != stageId;
        input.stage(stageId, prefix + u"interviewStageId"_s, stageChanged);
        QJsonObject activity;
        QString title;
        if (stored && sameConfig(*stored, entry)) {
            activity = *stored;
            title = stored->value(u"title"_s).toString();
        } else {
            input.checkKind(kind, integrationId, prefix);
            QJsonObject hidden;
            const QJsonObject config = input.checkedConfig(
                kind, integrationId, entry.value(u"config"_s), prefix, title, hidden);
            activity = stored.value_or(QJsonObject{{u"id"_s, QString(u"act_"_s + Records::newId())},
                                                   {u"interviewPlanId"_s, plan.planId()},
                                                   {u"createdAt"_s, now}});
            activity.insert(u"kind"_s, kind);
            activity.insert(u"integrationId"_s, integrationId);
            activity.insert(u"config"_s, config);
            activity.insert(u"hidden"_s, hidden);
            activity.insert(u"updatedAt"_s, now);
        }
        if (stored && !sameConfig(*stored, entry) && !keepsDefaultTitle(*stored))
            title = stored->value(u"title"_s).toString();
        if (entry.contains(u"title"_s) && !entry.value(u"title"_s).isNull())
            title = ActivityInput::checkedTitle(entry.value(u"title"_s), prefix + u"title"_s);
        if (stored && (title != stored->value(u"title"_s).toString() || stageChanged))
            activity.insert(u"updatedAt"_s, now);
        activity.insert(u"title"_s, title);
        activity.insert(u"interviewStageId"_s, stageId);
        result << activity;
    }
    return result;
}

void registerAssessmentTypes(MethodRegistry &registry, MethodContext &context)
{
    Store &store = context.store;
    PartnerHub &partners = context.partners;
    registry.add(u"assessmentType.list"_s, readScope, [&store, &partners](const MethodCall &call) {
        const QString id = call.requiredString(u"integrationId"_s);
        const IntegrationEntry *entry = IntegrationCatalog::find(id);
        if (!entry)
            throw ApiFailure::notFound(Code::integrationNotFound, u"integration"_s, id);
        if (!entry->activityKinds.contains(assessmentKind))
            throw ApiFailure::invalidInput(
                u"%1 offers no assessment packages; only Justifacts does."_s.arg(entry->name));
        const Deferred answer = DeferredAnswer::create(call.requestId());
        AssessmentPackages::fetch(store, partners, [answer](const PackageList &list) {
            if (!list.known) {
                answer->fail(QString::fromLatin1(Code::partnerUnavailable), list.failure);
                return;
            }
            QJsonArray types;
            for (const AssessmentPackage &package : list.packages)
                types << QJsonObject{{u"id"_s, package.id},
                                     {u"name"_s, package.name},
                                     {u"description"_s, package.description}};
            answer->succeed(QJsonObject{{u"assessmentTypes"_s, types}});
        });
        return MethodResult(answer);
    });
}

} // namespace

void registerPlanActivityMethods(MethodRegistry &registry, MethodContext &context)
{
    // The context itself is gone after registration; handlers keep what it refers to.
    Store &store = context.store;
    PartnerHub &partners = context.partners;

    registry.add(u"interviewPlanActivity.list"_s, readScope,
                 [&store, &partners](const MethodCall &call) {
        const QString planId = call.requiredString(u"interviewPlanId"_s);
        const PlanActivities plan = PlanActivities::load(store, planId);
        // When Justifacts cannot be asked the list still answers; package_withdrawn is then
        // not decided.
        return withPackages(call, store, partners, hasAssessment(plan.activities()),
                            [&store, planId](const PackageList &packages) {
            const PlanActivities current = PlanActivities::load(store, planId);
            return QJsonObject{
                {u"activities"_s,
                 ActivityProblems::withProblems(store, current.activities(), packages)},
                {u"version"_s, current.version()}};
        });
    });

    registry.add(u"interviewPlanActivity.add"_s, writeScope,
                 [&store, &partners](const MethodCall &call) {
        const QString planId = call.requiredString(u"interviewPlanId"_s);
        const PlanActivities before = PlanActivities::load(store, planId);
        const QString stageId = call.requiredString(u"interviewStageId"_s);
        const QString kind = call.requiredString(u"kind"_s);
        const QString integrationId = call.requiredString(u"integrationId"_s);
        const auto order = checkedOrder(call, false);
        const qint64 version = requiredVersion(call);
        return withPackages(call, store, partners,
                            kind == assessmentKind || hasAssessment(before.activities()),
                            [&store, call, planId, stageId, kind, integrationId, order,
                             version](const PackageList &packages) {
            PlanActivities plan = PlanActivities::load(store, planId);
            const ActivityInput input(store, planId, packages);
            input.stage(stageId, u"interviewStageId"_s, true);
            input.checkKind(kind, integrationId, {});
            QString title;
            QJsonObject hidden;
            const QJsonObject config = input.checkedConfig(
                kind, integrationId, call.body().value(u"config"_s), {}, title, hidden);
            if (call.has(u"title"_s))
                title = ActivityInput::checkedTitle(call.body().value(u"title"_s), u"title"_s);
            plan.requireVersion(version);
            const QString now = Records::isoTime(call.nowMs());
            const QString id = u"act_"_s + Records::newId();
            const QJsonObject activity{{u"id"_s, id},
                                       {u"interviewPlanId"_s, planId},
                                       {u"interviewStageId"_s, stageId},
                                       {u"kind"_s, kind},
                                       {u"integrationId"_s, integrationId},
                                       {u"title"_s, title},
                                       {u"config"_s, config},
                                       {u"hidden"_s, hidden},
                                       {u"createdAt"_s, now},
                                       {u"updatedAt"_s, now}};
            plan.save(store, placed(plan.activities(), activity, order), call.nowMs());
            return activityResult(store, plan, id, packages);
        });
    });

    registry.add(u"interviewPlanActivity.update"_s, writeScope,
                 [&store, &partners](const MethodCall &call) {
        const QString activityId = call.requiredString(u"activityId"_s);
        const PlanActivities before = PlanActivities::loadHolding(store, activityId);
        const qint64 version = requiredVersion(call);
        const bool configGiven = call.has(u"config"_s);
        return withPackages(call, store, partners, hasAssessment(before.activities()),
                            [&store, call, activityId, version,
                             configGiven](const PackageList &packages) {
            PlanActivities plan = PlanActivities::loadHolding(store, activityId);
            QJsonObject activity = *plan.find(activityId);
            const ActivityInput input(store, plan.planId(), packages);
            if (configGiven) {
                QString title;
                QJsonObject hidden;
                const QString kind = activity.value(u"kind"_s).toString();
                const QString integrationId = activity.value(u"integrationId"_s).toString();
                const QJsonObject config = input.checkedConfig(
                    kind, integrationId, call.body().value(u"config"_s), {}, title, hidden);
                if (config != activity.value(u"config"_s).toObject()) {
                    if (keepsDefaultTitle(activity))
                        activity.insert(u"title"_s, title);
                    activity.insert(u"config"_s, config);
                    activity.insert(u"hidden"_s, hidden);
                }
            }
            if (call.has(u"title"_s))
                activity.insert(u"title"_s, ActivityInput::checkedTitle(
                                                call.body().value(u"title"_s), u"title"_s));
            plan.requireVersion(version);
            activity.insert(u"updatedAt"_s, Records::isoTime(call.nowMs()));
            QJsonArray activities = plan.activities();
            for (qsizetype i = 0; i < activities.size(); ++i)
                if (activities.at(i).toObject().value(u"id"_s).toString() == activityId)
                    activities.replace(i, activity);
            plan.save(store, activities, call.nowMs());
            return activityResult(store, plan, activityId, packages);
        });
    });

    registry.add(u"interviewPlanActivity.move"_s, writeScope,
                 [&store, &partners](const MethodCall &call) {
        const QString activityId = call.requiredString(u"activityId"_s);
        const PlanActivities before = PlanActivities::loadHolding(store, activityId);
        const QString stageId = call.requiredString(u"interviewStageId"_s);
        const auto order = checkedOrder(call, true);
        const qint64 version = requiredVersion(call);
        return withPackages(call, store, partners, hasAssessment(before.activities()),
                            [&store, call, activityId, stageId, order,
                             version](const PackageList &packages) {
            PlanActivities plan = PlanActivities::loadHolding(store, activityId);
            QJsonObject activity = *plan.find(activityId);
            const bool otherStage =
                activity.value(u"interviewStageId"_s).toString() != stageId;
            ActivityInput(store, plan.planId(), packages)
                .stage(stageId, u"interviewStageId"_s, otherStage);
            plan.requireVersion(version);
            activity.insert(u"interviewStageId"_s, stageId);
            activity.insert(u"updatedAt"_s, Records::isoTime(call.nowMs()));
            plan.save(store, placed(without(plan.activities(), activityId), activity, order),
                      call.nowMs());
            return activityResult(store, plan, activityId, packages);
        });
    });

    registry.add(u"interviewPlanActivity.remove"_s, writeScope, [&store](const MethodCall &call) {
        const QString activityId = call.requiredString(u"activityId"_s);
        PlanActivities plan = PlanActivities::loadHolding(store, activityId);
        plan.requireVersion(requiredVersion(call));
        plan.save(store, without(plan.activities(), activityId), call.nowMs());
        return Protocol::successEnvelope(
            QJsonObject{{u"activityId"_s, activityId}, {u"version"_s, plan.version()}});
    });

    registry.add(u"interviewPlanActivity.set"_s, writeScope,
                 [&store, &partners](const MethodCall &call) {
        const QString planId = call.requiredString(u"interviewPlanId"_s);
        const PlanActivities before = PlanActivities::load(store, planId);
        const qint64 version = requiredVersion(call);
        const auto entries = call.optionalArray(u"activities"_s);
        if (!entries)
            throw ApiFailure::invalidInput(u"Missing required field \"activities\"."_s);
        return withPackages(call, store, partners,
                            hasAssessment(before.activities()) || hasAssessment(*entries),
                            [&store, call, planId, version,
                             entries = *entries](const PackageList &packages) {
            PlanActivities plan = PlanActivities::load(store, planId);
            const QJsonArray activities =
                checkedSetEntries(store, plan, entries, packages, call.nowMs());
            plan.requireVersion(version);
            plan.save(store, activities, call.nowMs());
            return QJsonObject{
                {u"activities"_s,
                 ActivityProblems::withProblems(store, plan.activities(), packages)},
                {u"version"_s, plan.version()}};
        });
    });

    registerAssessmentTypes(registry, context);
}

} // namespace Tessera::Sandbox
