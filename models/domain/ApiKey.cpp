#include "ApiKey.h"

#include "JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

std::variant<ApiKey, DecodeError> ApiKey::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"apiKey"_s);
    ApiKey key;
    key.id = reader.requiredString(u"id"_s);
    key.title = reader.optionalString(u"title"_s);
    key.integrationPartner = reader.optionalString(u"integrationPartner"_s);
    for (const QJsonValue scope : reader.optionalArray(u"scopes"_s))
        if (scope.isString())
            key.scopes << scope.toString();
    key.createdAt = QDateTime::fromString(reader.optionalString(u"createdAt"_s), Qt::ISODateWithMs);
    key.lastUsedKnown = object.contains(u"lastUsedAt"_s);
    key.lastUsedAt =
        QDateTime::fromString(reader.optionalString(u"lastUsedAt"_s), Qt::ISODateWithMs);
    key.isRevoked = reader.optionalBool(u"isRevoked"_s);
    key.revokedAt = QDateTime::fromString(reader.optionalString(u"revokedAt"_s), Qt::ISODateWithMs);
    if (object.contains(u"usedBy"_s)) {
        QList<ApiKeyUser> users;
        for (const QJsonValue value : reader.optionalArray(u"usedBy"_s)) {
            JsonReader user(value.toObject(), reader.pathOf(u"usedBy"_s));
            users.append({user.optionalString(u"kind"_s), user.optionalString(u"id"_s),
                          user.optionalString(u"name"_s)});
        }
        key.usedBy = std::move(users);
    }
    if (!reader.ok())
        return *reader.error();
    return key;
}

} // namespace Tessera
