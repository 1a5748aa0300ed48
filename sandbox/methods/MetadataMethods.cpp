#include "MethodContext.h"

#include "models/api/ApiProtocol.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/server/MethodRegistry.h"
#include "sandbox/server/Pager.h"
#include "sandbox/store/Store.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Code = Tessera::Protocol::ErrorCode;

namespace Tessera::Sandbox {

namespace {

QJsonObject infoOrThrow(const DocumentTable &table, const QString &id, const char *code,
                        const QString &what)
{
    const auto doc = table.find(id);
    if (!doc)
        throw ApiFailure::notFound(QString::fromLatin1(code), what, id);
    return Protocol::successEnvelope(*doc);
}

} // namespace

// Departments, users, custom fields and archive reasons.
void registerMetadataMethods(MethodRegistry &registry, MethodContext &context)
{
    Store &store = context.store;
    const Pager &pager = context.pager;

    registry.add(u"department.list"_s, u"organizationRead"_s,
                 [&store, &pager](const MethodCall &call) {
        ListQuery query{&store.departments};
        if (!call.optionalBool(u"includeArchived"_s).value_or(false))
            query.where = u"is_archived = 0"_s;
        return pager.page(call, query);
    });

    registry.add(u"department.info"_s, u"organizationRead"_s, [&store](const MethodCall &call) {
        return infoOrThrow(store.departments, call.requiredString(u"departmentId"_s),
                           Protocol::ErrorCode::departmentNotFound, u"department"_s);
    });

    registry.add(u"user.list"_s, u"organizationRead"_s,
                 [&store, &pager](const MethodCall &call) {
        ListQuery query{&store.users};
        if (!call.optionalBool(u"includeDeactivated"_s).value_or(false))
            query.where = u"is_enabled = 1"_s;
        return pager.page(call, query);
    });

    registry.add(u"user.info"_s, u"organizationRead"_s, [&store](const MethodCall &call) {
        return infoOrThrow(store.users, call.requiredString(u"userId"_s),
                           Protocol::ErrorCode::userNotFound, u"user"_s);
    });

    registry.add(u"customField.list"_s, u"hiringProcessMetadataRead"_s,
                 [&store, &pager](const MethodCall &call) {
        ListQuery query{&store.customFields};
        if (!call.optionalBool(u"includeArchived"_s).value_or(false))
            query.where = u"is_archived = 0"_s;
        return pager.page(call, query);
    });

    // Extension: archive or retype a custom field, so field mappings can see drift.
    registry.add(u"customField.update"_s, u"hiringProcessMetadataWrite"_s,
                 [&store](const MethodCall &call) {
        const QString id = call.requiredString(u"customFieldId"_s);
        const auto archived = call.optionalBool(u"isArchived"_s);
        const auto fieldType = call.optionalString(u"fieldType"_s);
        auto doc = store.customFields.find(id);
        if (!doc)
            throw ApiFailure::notFound(Code::customFieldNotFound, u"custom field"_s, id);
        if (fieldType && fieldType->trimmed().isEmpty())
            throw ApiFailure::invalidInput(u"Field \"fieldType\" must not be empty."_s);
        if (archived)
            doc->insert(u"isArchived"_s, *archived);
        if (fieldType)
            doc->insert(u"fieldType"_s, *fieldType);
        store.customFields.update(id, *doc,
                                  {{u"is_archived"_s, doc->value(u"isArchived"_s).toBool() ? 1 : 0}});
        return Protocol::successEnvelope(*doc);
    });

    registry.add(u"archiveReason.list"_s, u"hiringProcessMetadataRead"_s,
                 [&store](const MethodCall &call) {
        const bool includeArchived = call.optionalBool(u"includeArchived"_s).value_or(false);
        QJsonArray reasons;
        for (const StoredDocument &row :
             store.archiveReasons.select(includeArchived ? QString() : u"is_archived = 0"_s))
            reasons << row.doc;
        return Protocol::successEnvelope(reasons);
    });
}

} // namespace Tessera::Sandbox
