#include "MethodContext.h"

#include "models/api/ApiProtocol.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/server/MethodRegistry.h"
#include "sandbox/server/Pager.h"
#include "sandbox/store/Store.h"
#include "Views.h"

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
        const QString id = call.requiredString(u"offerId"_s);
        const auto offer = store.offers.find(id);
        if (!offer)
            throw ApiFailure::notFound(QString::fromLatin1(Protocol::ErrorCode::offerNotFound),
                                       u"offer"_s, id);
        return Protocol::successEnvelope(*offer);
    });
}

} // namespace Tessera::Sandbox
