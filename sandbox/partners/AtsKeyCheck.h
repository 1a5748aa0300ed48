#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Tessera::Sandbox {

struct PartnerEnvironment;

// How a partner checks the Ashby key an admin pasted: apiKey.info over HTTP for its scopes;
// when the key may not read its own info (no apiKeysRead), one probe per needed permission
// (an API method that requires it, sent a non-object body: the permission check answers 403
// before anything runs).
struct AtsKeyCheck
{
    bool ok = false;
    QString code;    // invalid_api_key, missing_scopes, partner_error
    QString message; // for an admin: what is wrong and what fixes it
    QStringList missingScopes;
};

void checkAtsKey(PartnerEnvironment &environment, QObject *context, const QString &partnerName,
                 const QString &apiKey, const QStringList &requiredScopes,
                 std::function<void(const AtsKeyCheck &)> done);

} // namespace Tessera::Sandbox
