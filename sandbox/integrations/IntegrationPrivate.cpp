#include "IntegrationPrivate.h"

#include "sandbox/server/ApiFailure.h"
#include "sandbox/store/Store.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox::IntegrationPrivate {

namespace {

QJsonObject load(const Store &store, const QString &id)
{
    return store.integrationPrivate.find(id).value_or(QJsonObject{{u"id"_s, id}});
}

void save(Store &store, const QString &id, const QJsonObject &doc)
{
    if (store.integrationPrivate.contains(id))
        store.integrationPrivate.update(id, doc);
    else
        store.integrationPrivate.insert(id, QDateTime::currentMSecsSinceEpoch(), doc);
}

} // namespace

QJsonObject credentials(const Store &store, const QString &integrationId)
{
    return load(store, integrationId).value(u"credentials"_s).toObject();
}

QStringList credentialNames(const Store &store, const QString &integrationId)
{
    QStringList names = credentials(store, integrationId).keys();
    names.sort();
    return names;
}

void applyCredentials(Store &store, const QString &integrationId, const QJsonObject &changes,
                      qint64 nowMs)
{
    QJsonObject doc = load(store, integrationId);
    QJsonObject stored = doc.value(u"credentials"_s).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!it.value().isString())
            throw ApiFailure::invalidInput(
                u"Credential \"%1\" must be a string (\"\" removes it)."_s.arg(it.key()));
        if (it.value().toString().isEmpty())
            stored.remove(it.key());
        else
            stored.insert(it.key(), it.value());
    }
    doc.insert(u"credentials"_s, stored);
    doc.insert(u"credentialsChangedMs"_s, nowMs);
    save(store, integrationId, doc);
}

QJsonObject inbound(const Store &store, const QString &integrationId)
{
    return load(store, integrationId).value(u"inbound"_s).toObject();
}

void setInbound(Store &store, const QString &integrationId, const QJsonObject &inbound)
{
    QJsonObject doc = load(store, integrationId);
    doc.insert(u"inbound"_s, inbound);
    save(store, integrationId, doc);
}

} // namespace Tessera::Sandbox::IntegrationPrivate
