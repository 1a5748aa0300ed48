#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Tessera::Sandbox {

class Store;

// What the ATS keeps per integration but never shows: credentials (write-only; views list their
// names) and the last webhook the partner sent to the ATS receiver.
namespace IntegrationPrivate {

QJsonObject credentials(const Store &store, const QString &integrationId);
QStringList credentialNames(const Store &store, const QString &integrationId);
// Merges `changes` (string values; "" removes one). Throws ApiFailure(invalid_input).
void applyCredentials(Store &store, const QString &integrationId, const QJsonObject &changes,
                      qint64 nowMs);
// null when nothing arrived yet.
QJsonObject inbound(const Store &store, const QString &integrationId);
void setInbound(Store &store, const QString &integrationId, const QJsonObject &inbound);

} // namespace IntegrationPrivate
} // namespace Tessera::Sandbox
