#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Tessera::Sandbox {

class PartnerHub;
class Store;
struct IntegrationEntry;

// Which ATS keys and webhooks an integration uses, and what needs an admin's attention.
namespace IntegrationUsage {

// The key the partner's stand-in holds, settings.atsApiKeyId and keys made for the partner.
QStringList usesApiKeyIds(Store &store, PartnerHub &partners, const IntegrationEntry &entry,
                          const QJsonObject &settings);
// What is wrong with an enabled integration and what fixes it; empty when nothing is.
QString attentionReason(Store &store, PartnerHub &partners, const IntegrationEntry &entry,
                        const QJsonObject &settings);
// [{kind: "integration", id, name}] for apiKey.list/info.
QJsonArray usedBy(Store &store, PartnerHub &partners, const QString &apiKeyId);
// The id of the active-or-revoked key with this secret, empty when unknown.
QString keyIdOf(Store &store, const QString &secret);

} // namespace IntegrationUsage
} // namespace Tessera::Sandbox
