#pragma once

#include "DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Tessera {

// Who uses a key (apiKey.list `usedBy`), e.g. an enabled integration.
struct ApiKeyUser
{
    QString kind; // "integration"
    QString id;
    QString name;
};

struct ApiKey
{
    QString id;
    QString title;
    QString integrationPartner;
    QStringList scopes;
    QDateTime createdAt;
    QDateTime lastUsedAt; // invalid: never used or not reported
    bool lastUsedKnown = false; // the backend sent `lastUsedAt` (null included)
    bool isRevoked = false;
    QDateTime revokedAt;
    std::optional<QList<ApiKeyUser>> usedBy; // nullopt: the backend does not report it

    static std::variant<ApiKey, DecodeError> fromJson(const QJsonObject &object);
};

} // namespace Tessera
