#include "MethodContext.h"

#include "models/api/ApiProtocol.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/server/MethodRegistry.h"
#include "sandbox/server/Pager.h"
#include "sandbox/store/Store.h"
#include "Views.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

// Adds "<column> IN (...)" on a JSON field of the document for a filter array of the request.
void filterOn(const MethodCall &call, const QString &field, const QString &jsonPath,
              QStringList &conditions, QVariantList &binds)
{
    const auto values = call.optionalStringList(field);
    if (!values)
        return;
    if (values->isEmpty())
        throw ApiFailure::invalidInput(u"Field \"%1\" must list at least one value."_s.arg(field));
    QStringList marks;
    marks.fill(u"?"_s, values->size());
    conditions << u"json_extract(doc, '%1') IN (%2)"_s.arg(jsonPath, marks.join(u','));
    for (const QString &value : *values)
        binds << value;
}

QJsonObject requireOffer(const Store &store, const QString &id)
{
    const auto offer = store.offers.find(id);
    if (!offer)
        throw ApiFailure::notFound(QString::fromLatin1(Protocol::ErrorCode::offerNotFound),
                                   u"offer"_s, id);
    return *offer;
}

// Ashby's offer.approve ("Force Approve"): the sandbox's offers have no approval steps, so the
// whole approval is given; a step id is refused with a sentence.
QJsonObject approve(Store &store, const MethodCall &call)
{
    const QString versionId = call.requiredString(u"offerVersionId"_s);
    const auto stepId = call.optionalString(u"approvalStepId"_s);
    const auto userId = call.optionalString(u"userId"_s);
    if (stepId && !userId)
        throw ApiFailure::invalidInput(
            u"Field \"userId\" is required with \"approvalStepId\": name the approver of the "
            "step."_s);
    if (userId && !store.users.find(*userId))
        throw ApiFailure::notFound(QString::fromLatin1(Protocol::ErrorCode::userNotFound),
                                   u"user"_s, *userId);
    const auto rows = store.offers.select(
        u"json_extract(doc, '$.latestVersion.id') = ?"_s, {versionId}, {}, 1);
    if (rows.isEmpty()) {
        const auto older = store.offers.select(
            u"EXISTS (SELECT 1 FROM json_each(doc, '$.versions') WHERE "
            "json_extract(value, '$.id') = ?)"_s, {versionId}, {}, 1);
        if (!older.isEmpty())
            throw ApiFailure::invalidInput(
                u"The offer version \"%1\" is not the offer's latest version; approve the latest "
                "one (%2)."_s.arg(versionId, older.first().doc.value(u"latestVersion"_s).toObject()
                                                .value(u"id"_s).toString()));
        throw ApiFailure(QString::fromLatin1(Protocol::ErrorCode::offerNotFound),
                         u"No offer version with id \"%1\" exists."_s.arg(versionId));
    }
    if (stepId)
        throw ApiFailure::invalidInput(
            u"The offer has no approval step \"%1\": offers here have no approval steps. Leave "
            "out approvalStepId and userId to approve the whole offer."_s.arg(*stepId));
    QJsonObject offer = rows.first().doc;
    QJsonObject version = offer.value(u"latestVersion"_s).toObject();
    if (version.value(u"approvalStatus"_s).toString() == u"Approved"_s)
        return offer; // already approved: nothing changes
    version.insert(u"approvalStatus"_s, u"Approved"_s);
    offer.insert(u"latestVersion"_s, version);
    QJsonArray versions = offer.value(u"versions"_s).toArray();
    for (qsizetype i = 0; i < versions.size(); ++i)
        if (versions.at(i).toObject().value(u"id"_s) == version.value(u"id"_s))
            versions.replace(i, version);
    offer.insert(u"versions"_s, versions);
    if (offer.value(u"offerStatus"_s).toString() == u"WaitingOnOfferApproval"_s)
        offer.insert(u"offerStatus"_s, u"WaitingOnCandidateResponse"_s);
    if (offer.value(u"acceptanceStatus"_s).toString() == u"Pending"_s)
        offer.insert(u"acceptanceStatus"_s, u"WaitingOnResponse"_s);
    store.offers.update(offer.value(u"id"_s).toString(), offer);
    return offer;
}

} // namespace

void registerOfferMethods(MethodRegistry &registry, MethodContext &context)
{
    Store &store = context.store;
    const Pager &pager = context.pager;

    registry.add(u"offer.list"_s, u"offersRead"_s, [&store, &pager](const MethodCall &call) {
        ListQuery query{&store.offers};
        QStringList conditions;
        if (const auto applicationId = call.optionalString(u"applicationId"_s)) {
            conditions << u"application_id = ?"_s;
            query.binds << *applicationId;
        }
        if (const auto after = call.optionalInteger(u"createdAfter"_s)) {
            conditions << u"created_ms > ?"_s;
            query.binds << *after;
        }
        filterOn(call, u"offerStatus"_s, u"$.offerStatus"_s, conditions, query.binds);
        filterOn(call, u"acceptanceStatus"_s, u"$.acceptanceStatus"_s, conditions, query.binds);
        filterOn(call, u"approvalStatus"_s, u"$.latestVersion.approvalStatus"_s, conditions,
                 query.binds);
        query.where = conditions.join(u" AND "_s);
        const Views views(store);
        return pager.page(call, query,
                          [&views](const QJsonObject &doc) { return views.offerSummary(doc); });
    });

    registry.add(u"offer.info"_s, u"offersRead"_s, [&store](const MethodCall &call) {
        return Protocol::successEnvelope(requireOffer(store, call.requiredString(u"offerId"_s)));
    });

    registry.add(u"offer.approve"_s, u"offersWrite"_s, [&store](const MethodCall &call) {
        return Protocol::successEnvelope(approve(store, call));
    });
}

} // namespace Tessera::Sandbox
