#include "MethodContext.h"

#include "models/api/ApiProtocol.h"
#include "sandbox/integrations/IntegrationCapabilities.h"
#include "sandbox/integrations/IntegrationCatalog.h"
#include "sandbox/integrations/IntegrationPlan.h"
#include "sandbox/integrations/IntegrationPrivate.h"
#include "sandbox/integrations/IntegrationTester.h"
#include "sandbox/integrations/IntegrationUsage.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/server/DeferredAnswer.h"
#include "sandbox/server/MethodRegistry.h"
#include "sandbox/store/Records.h"
#include "sandbox/store/Store.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Code = Tessera::Protocol::ErrorCode;

namespace Tessera::Sandbox {

namespace {

const QString stateAvailable = u"available"_s;
const QString stateEnabled = u"enabled"_s;
const QString stateNeedsAttention = u"needs_attention"_s;
const QString stateNotInPlan = u"not_in_plan"_s;

// Settings keys that look like credentials; those stay in the console's keychain.
bool looksSecret(const QString &key)
{
    if (key.endsWith(u"Id"_s) || key.endsWith(u"Ids"_s))
        return false; // a reference such as atsApiKeyId, not the secret itself
    static const QStringList markers{u"key"_s, u"secret"_s, u"token"_s, u"password"_s};
    for (const QString &marker : markers)
        if (key.contains(marker, Qt::CaseInsensitive))
            return true;
    return false;
}

QJsonObject checkedSettings(const QJsonObject &settings)
{
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (looksSecret(it.key()))
            throw ApiFailure::invalidInput(
                u"Field \"settings\" contains \"%1\", which looks like a secret; secrets stay in "
                "the console's keychain, never in the sandbox."_s.arg(it.key()));
        const QJsonValue value = it.value();
        if (!value.isString() && !value.isDouble() && !value.isBool())
            throw ApiFailure::invalidInput(
                u"Setting \"%1\" must be a string, a number, true or false."_s.arg(it.key()));
    }
    return settings;
}

// Stored settings without anything secret-looking (defence in depth: writes refuse them).
QJsonObject publicSettings(const QJsonObject &settings)
{
    QJsonObject shown;
    for (auto it = settings.begin(); it != settings.end(); ++it)
        if (!looksSecret(it.key()))
            shown.insert(it.key(), it.value());
    return shown;
}

const IntegrationEntry &requireEntry(const QString &id)
{
    const IntegrationEntry *entry = IntegrationCatalog::find(id);
    if (!entry)
        throw ApiFailure::notFound(Code::integrationNotFound, u"integration"_s, id);
    return *entry;
}

// The stored state, or a fresh "available" record at version 0.
QJsonObject storedState(const Store &store, const QString &id)
{
    if (const auto doc = store.integrations.find(id))
        return *doc;
    return QJsonObject{{u"id"_s, id},
                       {u"state"_s, stateAvailable},
                       {u"settings"_s, QJsonObject{}},
                       {u"version"_s, 0}};
}

QJsonObject integrationView(Store &store, PartnerHub &partners, const MethodRegistry &methods,
                            const QString &plan, const IntegrationEntry &entry)
{
    const QJsonObject stored = storedState(store, entry.id);
    QString state = stored.value(u"state"_s).toString();
    QString reason;
    if (!entry.plans.contains(plan)) {
        state = stateNotInPlan;
        reason = u"%1 is included in the %2 plans."_s.arg(entry.name,
                                                          IntegrationPlan::joined(entry.plans));
    } else if (state == stateEnabled) {
        reason = IntegrationUsage::attentionReason(store, partners, entry,
                                                   stored.value(u"settings"_s).toObject());
        if (!reason.isEmpty())
            state = stateNeedsAttention;
    }
    QJsonObject view{{u"id"_s, entry.id},
                     {u"name"_s, entry.name},
                     {u"category"_s, entry.category},
                     {u"description"_s, entry.description},
                     {u"availableInPlans"_s, QJsonArray::fromStringList(entry.plans)},
                     {u"scopes"_s, QJsonArray::fromStringList(entry.scopes)},
                     {u"setupKind"_s, entry.setupKind},
                     {u"setupSteps"_s, QJsonArray::fromStringList(entry.setupSteps)},
                     {u"state"_s, state},
                     {u"settings"_s, publicSettings(stored.value(u"settings"_s).toObject())},
                     {u"version"_s, stored.value(u"version"_s).toInteger()},
                     {u"credentialNames"_s, QJsonArray::fromStringList(
                                                IntegrationPrivate::credentialNames(store, entry.id))},
                     {u"usesApiKeyIds"_s,
                      QJsonArray::fromStringList(IntegrationUsage::usesApiKeyIds(
                          store, partners, entry, stored.value(u"settings"_s).toObject()))},
                     {u"capabilities"_s, IntegrationCapabilities::of(entry, partners, methods)}};
    if (entry.id == u"juro"_s) {
        const QJsonObject inbound = IntegrationPrivate::inbound(store, entry.id);
        if (!inbound.isEmpty())
            view.insert(u"inbound"_s, inbound);
    }
    if (!reason.isEmpty())
        view.insert(u"stateReason"_s, reason);
    if (stored.contains(u"updatedAt"_s))
        view.insert(u"updatedAt"_s, stored.value(u"updatedAt"_s));
    return view;
}

// Writes the next version of an integration's state.
void save(Store &store, const MethodCall &call, QJsonObject doc, const QString &state)
{
    const QString id = doc.value(u"id"_s).toString();
    const qint64 version = doc.value(u"version"_s).toInteger() + 1;
    doc.insert(u"state"_s, state);
    doc.insert(u"version"_s, version);
    doc.insert(u"updatedAt"_s, Records::isoTime(call.nowMs()));
    const DocumentTable::Columns columns{
        {u"state"_s, state}, {u"version"_s, version}, {u"updated_ms"_s, call.nowMs()}};
    if (store.integrations.contains(id))
        store.integrations.update(id, doc, columns);
    else
        store.integrations.insert(id, call.nowMs(), doc, columns);
}

} // namespace

void registerIntegrationMethods(MethodRegistry &registry, MethodContext &context)
{
    Store &store = context.store;
    PartnerHub &partners = context.partners;

    registry.add(u"integration.list"_s, u"organizationRead"_s,
                 [&store, &partners, &registry](const MethodCall &) {
        const QString plan = IntegrationPlan::organizationPlan(store);
        QJsonArray integrations;
        for (const IntegrationEntry &entry : IntegrationCatalog::all())
            integrations << integrationView(store, partners, registry, plan, entry);
        QJsonObject envelope = Protocol::successEnvelope(integrations);
        envelope.insert(u"moreDataAvailable"_s, false);
        return envelope;
    });

    registry.add(u"integration.info"_s, u"organizationRead"_s,
                 [&store, &partners, &registry](const MethodCall &call) {
        const IntegrationEntry &entry = requireEntry(call.requiredString(u"integrationId"_s));
        return Protocol::successEnvelope(integrationView(
            store, partners, registry, IntegrationPlan::organizationPlan(store), entry));
    });

    registry.add(u"integration.enable"_s, u"organizationWrite"_s,
                 [&store, &partners, &registry](const MethodCall &call) {
        const IntegrationEntry &entry = requireEntry(call.requiredString(u"integrationId"_s));
        const auto settings = call.optionalObject(u"settings"_s);
        const QString plan = IntegrationPlan::organizationPlan(store);
        IntegrationPlan::requireInPlan(plan, entry);
        const auto credentials = call.optionalObject(u"credentials"_s);
        QJsonObject doc = storedState(store, entry.id);
        if (settings)
            doc.insert(u"settings"_s, checkedSettings(*settings));
        if (credentials)
            IntegrationPrivate::applyCredentials(store, entry.id, *credentials, call.nowMs());
        if (settings || credentials || doc.value(u"state"_s).toString() != stateEnabled)
            save(store, call, doc, stateEnabled);
        return Protocol::successEnvelope(integrationView(store, partners, registry, plan, entry));
    });

    registry.add(u"integration.update"_s, u"organizationWrite"_s,
                 [&store, &partners, &registry](const MethodCall &call) {
        const IntegrationEntry &entry = requireEntry(call.requiredString(u"integrationId"_s));
        const auto version = call.optionalInteger(u"version"_s);
        if (!version)
            throw ApiFailure::invalidInput(u"Missing required field \"version\"."_s);
        const auto settings = call.optionalObject(u"settings"_s);
        const auto credentials = call.optionalObject(u"credentials"_s);
        if (!settings && !credentials)
            throw ApiFailure::invalidInput(
                u"Missing required field \"settings\" (or \"credentials\")."_s);
        if (settings)
            checkedSettings(*settings);
        const QString plan = IntegrationPlan::organizationPlan(store);
        IntegrationPlan::requireInPlan(plan, entry);
        QJsonObject doc = storedState(store, entry.id);
        const qint64 current = doc.value(u"version"_s).toInteger();
        if (*version != current)
            throw ApiFailure(QString::fromLatin1(Protocol::ErrorCode::versionConflict),
                             u"%1 was changed by someone else (version %2, not %3); reload it "
                             "and apply your change again."_s.arg(entry.name, QString::number(current),
                                                     QString::number(*version)));
        if (settings)
            doc.insert(u"settings"_s, *settings);
        if (credentials)
            IntegrationPrivate::applyCredentials(store, entry.id, *credentials, call.nowMs());
        save(store, call, doc, doc.value(u"state"_s).toString());
        return Protocol::successEnvelope(integrationView(store, partners, registry, plan, entry));
    });

    registry.add(u"integration.disable"_s, u"organizationWrite"_s,
                 [&store, &partners, &registry](const MethodCall &call) {
        const IntegrationEntry &entry = requireEntry(call.requiredString(u"integrationId"_s));
        const QJsonObject doc = storedState(store, entry.id);
        if (doc.value(u"state"_s).toString() != stateAvailable)
            save(store, call, doc, stateAvailable);
        return Protocol::successEnvelope(integrationView(
            store, partners, registry, IntegrationPlan::organizationPlan(store), entry));
    });

    // Extension: checks the integration end to end; answers once the partner calls are back.
    registry.add(u"integration.test"_s, u"organizationRead"_s,
                 [&store, &partners](const MethodCall &call) {
        const IntegrationEntry &entry = requireEntry(call.requiredString(u"integrationId"_s));
        const Deferred answer = DeferredAnswer::create(call.requestId());
        runIntegrationTest(store, partners, entry, answer);
        return MethodResult(answer);
    });
}

} // namespace Tessera::Sandbox
