#include "MethodContext.h"

#include "CandidateFields.h"
#include "models/api/ApiProtocol.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/server/MethodRegistry.h"
#include "sandbox/server/Pager.h"
#include "sandbox/store/Records.h"
#include "sandbox/store/Store.h"
#include "Views.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

void requireKnownUser(const Store &store, const MethodCall &call)
{
    const auto userId = call.optionalString(u"creditedToUserId"_s);
    if (userId && !store.users.contains(*userId))
        throw ApiFailure::notFound(QString::fromLatin1(Protocol::ErrorCode::userNotFound),
                                   u"user"_s, *userId);
}

} // namespace

void registerCandidateMethods(MethodRegistry &registry, MethodContext &context)
{
    Store &store = context.store;
    const Pager &pager = context.pager;

    registry.add(u"candidate.list"_s, u"candidatesRead"_s, [&store, &pager](const MethodCall &call) {
        ListQuery query{&store.candidates};
        if (const auto after = call.optionalInteger(u"createdAfter"_s)) {
            query.where = u"created_ms > ?"_s;
            query.binds << *after;
        }
        return pager.page(call, query);
    });

    registry.add(u"candidate.info"_s, u"candidatesRead"_s, [&store](const MethodCall &call) {
        const Views views(store);
        if (const auto external = call.optionalString(u"externalMappingId"_s);
            external && !call.has(u"id"_s)) {
            throw ApiFailure(QString::fromLatin1(Protocol::ErrorCode::candidateNotFound),
                             u"No candidate is mapped to the external id \"%1\"."_s.arg(*external));
        }
        return Protocol::successEnvelope(views.requireCandidate(call.requiredString(u"id"_s)));
    });

    registry.add(u"candidate.search"_s, u"candidatesRead"_s, [&store](const MethodCall &call) {
        const auto email = call.optionalString(u"email"_s);
        const auto name = call.optionalString(u"name"_s);
        if ((!email || email->trimmed().isEmpty()) && (!name || name->trimmed().isEmpty()))
            throw ApiFailure::invalidInput(u"Give \"email\", \"name\" or both to search."_s);
        QStringList conditions;
        QVariantList binds;
        if (email && !email->trimmed().isEmpty()) {
            conditions << u"email = ?"_s;
            binds << email->trimmed().toLower();
        }
        if (name && !name->trimmed().isEmpty()) {
            conditions << u"name LIKE ? ESCAPE '\\'"_s;
            binds << likePattern(name->trimmed());
        }
        QJsonArray results;
        for (const StoredDocument &row :
             store.candidates.select(conditions.join(u" AND "_s), binds, u"rid"_s, 100))
            results << row.doc;
        return Protocol::successEnvelope(results);
    });

    registry.add(u"candidate.create"_s, u"candidatesWrite"_s, [&store](const MethodCall &call) {
        requireKnownUser(store, call);
        const QJsonObject candidate = CandidateFields::create(call);
        Records::insertCandidate(store, candidate, call.nowMs());
        return Protocol::successEnvelope(candidate);
    });

    registry.add(u"candidate.update"_s, u"candidatesWrite"_s, [&store](const MethodCall &call) {
        const Views views(store);
        QJsonObject candidate = views.requireCandidate(call.requiredString(u"candidateId"_s));
        requireKnownUser(store, call);
        CandidateFields::update(call, candidate);
        Transaction transaction(store.database); // the candidate and its applications' stamps
        Records::updateCandidate(store, candidate);
        transaction.commit();
        return Protocol::successEnvelope(candidate);
    });

    registry.add(u"candidate.createNote"_s, u"candidatesWrite"_s, [&store](const MethodCall &call) {
        const Views views(store);
        const QString candidateId = call.requiredString(u"candidateId"_s);
        views.requireCandidate(candidateId);
        const QJsonObject note = CandidateFields::note(call, store);
        store.notes.insert(note.value(u"id"_s).toString(), call.nowMs(), note,
                           {{u"candidate_id"_s, candidateId}});
        return Protocol::successEnvelope(note);
    });

    registry.add(u"candidate.listNotes"_s, u"candidatesRead"_s,
                 [&store, &pager](const MethodCall &call) {
        const Views views(store);
        const QString candidateId = call.requiredString(u"candidateId"_s);
        views.requireCandidate(candidateId);
        return pager.page(call, ListQuery{&store.notes, u"candidate_id = ?"_s, {candidateId}});
    });
}

} // namespace Tessera::Sandbox
