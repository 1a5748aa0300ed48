#include "IntegrationUsage.h"

#include "IntegrationCatalog.h"
#include "sandbox/partners/PartnerHub.h"
#include "sandbox/store/Store.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox::IntegrationUsage {

namespace {

QJsonObject settingsOf(const Store &store, const QString &id)
{
    return store.integrations.find(id).value_or(QJsonObject{}).value(u"settings"_s).toObject();
}

QString revokedKeyReason(const Store &store, const QString &keyId, const QString &whose,
                         const QString &fix)
{
    if (keyId.isEmpty())
        return {};
    const auto key = store.apiKeys.find(keyId);
    if (!key)
        return u"The Ashby API key %1 no longer exists. %2"_s.arg(whose, fix);
    if (key->isRevoked())
        return u"The Ashby API key %1 (\"%2\") was revoked. %3"_s.arg(whose, key->title, fix);
    return {};
}

} // namespace

QString keyIdOf(Store &store, const QString &secret)
{
    if (secret.isEmpty())
        return {};
    const auto key = store.apiKeys.findBySecret(secret);
    return key ? key->id : QString();
}

QStringList usesApiKeyIds(Store &store, PartnerHub &partners, const IntegrationEntry &entry,
                          const QJsonObject &settings)
{
    QStringList ids;
    if (StandIn *standIn = partners.find(entry.id))
        ids << keyIdOf(store, standIn->heldAtsKey());
    ids << settings.value(u"atsApiKeyId"_s).toString();
    for (const ApiKeyRecord &key : store.apiKeys.list())
        if (key.integrationPartner.compare(entry.name, Qt::CaseInsensitive) == 0)
            ids << key.id;
    ids.removeAll(QString());
    ids.removeDuplicates();
    return ids;
}

QString attentionReason(Store &store, PartnerHub &partners, const IntegrationEntry &entry,
                        const QJsonObject &settings)
{
    if (StandIn *standIn = partners.find(entry.id)) {
        const QString reason = revokedKeyReason(
            store, keyIdOf(store, standIn->heldAtsKey()), u"that %1 uses"_s.arg(entry.name),
            u"Create a new key and connect %1 again with it."_s.arg(entry.name));
        if (!reason.isEmpty())
            return reason;
    }
    const QString reason = revokedKeyReason(
        store, settings.value(u"atsApiKeyId"_s).toString(), u"selected for %1"_s.arg(entry.name),
        u"Create a new key, select it in the %1 settings and share it with %1."_s.arg(entry.name));
    if (!reason.isEmpty())
        return reason;

    const QString marker = u"/partners/%1/"_s.arg(entry.id);
    for (const StoredDocument &row : store.webhooks.select(u"is_deleted = 0"_s)) {
        const QString url = row.doc.value(u"requestUrl"_s).toString();
        if (!url.contains(marker))
            continue;
        const QString id = row.doc.value(u"id"_s).toString();
        if (!row.doc.value(u"enabled"_s).toBool())
            return u"The %1 webhook to %2 is disabled%3. Check the URL and secret token, then "
                   "enable the webhook again."_s
                .arg(row.doc.value(u"webhookType"_s).toString(), entry.name,
                     row.doc.contains(u"lastError"_s)
                         ? u" (%1)"_s.arg(row.doc.value(u"lastError"_s).toString())
                         : QString());
        const auto last = store.webhookDeliveries.select(u"webhook_id = ?"_s, {id}, u"rid DESC"_s, 1);
        if (!last.isEmpty() && !last.first().doc.value(u"success"_s).toBool())
            return u"The last delivery of the %1 webhook to %2 failed (%3). Check that %2 is "
                   "reachable and that the secret token matches, then redeliver it."_s
                .arg(row.doc.value(u"webhookType"_s).toString(), entry.name,
                     last.first().doc.value(u"error"_s).toString());
    }

    bool anyPartnerKey = false;
    bool activePartnerKey = false;
    for (const ApiKeyRecord &key : store.apiKeys.list()) {
        if (key.integrationPartner.compare(entry.name, Qt::CaseInsensitive) != 0)
            continue;
        anyPartnerKey = true;
        activePartnerKey = activePartnerKey || !key.isRevoked();
    }
    if (anyPartnerKey && !activePartnerKey)
        return u"Every Ashby API key made for %1 is revoked; create a new one and give it to "
               "%1."_s.arg(entry.name);
    return {};
}

QJsonArray usedBy(Store &store, PartnerHub &partners, const QString &apiKeyId)
{
    QJsonArray users;
    for (const IntegrationEntry &entry : IntegrationCatalog::all())
        if (usesApiKeyIds(store, partners, entry, settingsOf(store, entry.id)).contains(apiKeyId))
            users << QJsonObject{{u"kind"_s, u"integration"_s},
                                 {u"id"_s, entry.id},
                                 {u"name"_s, entry.name}};
    return users;
}

} // namespace Tessera::Sandbox::IntegrationUsage
