#include "MethodContext.h"

#include "models/api/ApiProtocol.h"
#include "sandbox/integrations/IntegrationCatalog.h"
#include "sandbox/integrations/IntegrationUsage.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/server/MethodRegistry.h"
#include "sandbox/server/Scopes.h"
#include "sandbox/store/Records.h"
#include "sandbox/store/Store.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

QJsonObject keyView(const ApiKeyRecord &key, const QJsonArray &usedBy = {})
{
    QJsonObject view{{u"id"_s, key.id},
                     {u"title"_s, key.title},
                     {u"scopes"_s, QJsonArray::fromStringList(key.scopes)},
                     {u"createdAt"_s, Records::isoTime(key.createdMs)},
                     {u"isRevoked"_s, key.isRevoked()}};
    if (!key.integrationPartner.isEmpty())
        view.insert(u"integrationPartner"_s, key.integrationPartner);
    view.insert(u"lastUsedAt"_s,
                key.lastUsedMs ? QJsonValue(Records::isoTime(key.lastUsedMs)) : QJsonValue());
    view.insert(u"usedBy"_s, usedBy);
    if (key.revokedMs)
        view.insert(u"revokedAt"_s, Records::isoTime(key.revokedMs));
    return view;
}

// "readAll", "writeAll", "readWriteAll" or "integration:<id>" (the catalog's scopes).
std::optional<QStringList> presetScopes(const MethodCall &call)
{
    const auto preset = call.optionalString(u"scopePreset"_s);
    if (!preset)
        return std::nullopt;
    if (call.has(u"scopes"_s))
        throw ApiFailure::invalidInput(u"Send either \"scopes\" or \"scopePreset\", not both."_s);
    const auto ending = [](const QString &suffix) {
        QStringList scopes;
        for (const QString &scope : Scopes::all())
            if (scope.endsWith(suffix))
                scopes << scope;
        return scopes;
    };
    if (*preset == u"readAll"_s)
        return ending(u"Read"_s);
    if (*preset == u"writeAll"_s)
        return ending(u"Write"_s);
    if (*preset == u"readWriteAll"_s)
        return ending(u"Read"_s) + ending(u"Write"_s);
    if (preset->startsWith(u"integration:"_s))
        if (const IntegrationEntry *entry =
                IntegrationCatalog::find(preset->mid(QStringLiteral("integration:").size())))
            return entry->scopes;
    throw ApiFailure::invalidInput(
        u"Unknown \"scopePreset\" \"%1\"; use readAll, writeAll, readWriteAll or "
        "integration:<id> (e.g. integration:willo)."_s.arg(*preset));
}

// The catalog entry named by "integrationPartner" (its id or name, ignoring case), nullptr for
// none; any other value is refused, so a key names only a partner the console can show.
const IntegrationEntry *validatedPartner(const MethodCall &call)
{
    const QString given = call.optionalString(u"integrationPartner"_s).value_or(QString()).trimmed();
    if (given.isEmpty())
        return nullptr;
    QStringList allowed;
    for (const IntegrationEntry &entry : IntegrationCatalog::all()) {
        if (entry.id.compare(given, Qt::CaseInsensitive) == 0
            || entry.name.compare(given, Qt::CaseInsensitive) == 0)
            return &entry;
        allowed << entry.id;
    }
    throw ApiFailure::invalidInput(
        u"Field \"integrationPartner\" must be one of %1, or left out; \"%2\" is not a partner "
        "of the integration catalog."_s.arg(allowed.join(u", "_s), given));
}

QStringList validatedScopes(const MethodCall &call)
{
    auto scopes = presetScopes(call);
    if (!scopes)
        scopes = call.optionalStringList(u"scopes"_s);
    if (!scopes || scopes->isEmpty())
        throw ApiFailure::invalidInput(
            u"Field \"scopes\" must list at least one permission, e.g. [\"candidatesRead\"]."_s);
    for (const QString &scope : *scopes) {
        if (!Scopes::all().contains(scope))
            throw ApiFailure::invalidInput(
                u"Field \"scopes\" contains the unknown permission \"%1\"."_s.arg(scope));
        // A key can hand out only what it holds itself.
        if (!call.key().hasScope(scope))
            throw ApiFailure(QString::fromLatin1(Protocol::ErrorCode::missingPermission),
                             u"This API key cannot grant \"%1\", which it does not hold."_s.arg(
                                 scope),
                             403);
    }
    QStringList unique = *scopes;
    unique.removeDuplicates();
    return unique;
}

} // namespace

void registerApiKeyMethods(MethodRegistry &registry, MethodContext &context)
{
    Store &store = context.store;
    PartnerHub &partners = context.partners;
    const auto usedBy = [&store, &partners](const QString &keyId) {
        return IntegrationUsage::usedBy(store, partners, keyId);
    };

    // The dispatcher read the key before this call marked it used: read it again.
    registry.add(u"apiKey.info"_s, u"apiKeysRead"_s, [&store, usedBy](const MethodCall &call) {
        const ApiKeyRecord key = store.apiKeys.find(call.key().id).value_or(call.key());
        return Protocol::successEnvelope(keyView(key, usedBy(key.id)));
    });

    // Extension: the secret is in "key" of this answer only; the store keeps its hash.
    registry.add(u"apiKey.create"_s, u"apiKeysWrite"_s, [&store](const MethodCall &call) {
        const IntegrationEntry *entry = validatedPartner(call);
        const QString partner = entry ? entry->name : QString();
        QString title = call.optionalString(u"title"_s).value_or(QString()).trimmed();
        if (title.isEmpty())
            title = partner;
        if (title.isEmpty())
            throw ApiFailure::invalidInput(
                u"Missing required field \"title\" (or an \"integrationPartner\" to name the key)."_s);
        const CreatedApiKey created =
            store.apiKeys.create(title, partner, validatedScopes(call), call.nowMs());
        QJsonObject view = keyView(created.record);
        view.insert(u"key"_s, created.secret);
        return Protocol::successEnvelope(view);
    });

    registry.add(u"apiKey.list"_s, u"apiKeysRead"_s, [&store, usedBy](const MethodCall &call) {
        const bool includeRevoked = call.optionalBool(u"includeRevoked"_s).value_or(true);
        QJsonArray keys;
        for (const ApiKeyRecord &key : store.apiKeys.list())
            if (includeRevoked || !key.isRevoked())
                keys << keyView(key, usedBy(key.id));
        QJsonObject envelope = Protocol::successEnvelope(keys);
        envelope.insert(u"moreDataAvailable"_s, false);
        return envelope;
    });

    registry.add(u"apiKey.revoke"_s, u"apiKeysWrite"_s,
                 [&store, usedBy](const MethodCall &call) {
        const QString id = call.requiredString(u"apiKeyId"_s);
        const auto key = store.apiKeys.find(id);
        if (!key)
            throw ApiFailure::notFound(QString::fromLatin1(Protocol::ErrorCode::apiKeyNotFound),
                                       u"API key"_s, id);
        if (!key->isRevoked())
            store.apiKeys.revoke(id, call.nowMs());
        return Protocol::successEnvelope(keyView(*store.apiKeys.find(id), usedBy(id)));
    });
}

} // namespace Tessera::Sandbox
