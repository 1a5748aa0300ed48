#pragma once

#include "DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <variant>

namespace Tessera {

struct Note
{
    QString id;
    QDateTime createdAt;
    QString content; // plain text or the sanitised HTML subset
    bool isPrivate = false;
    QString authorName;
    QString integrationId; // the partner whose key wrote it (extension author.integrationId)

    static std::variant<Note, DecodeError> fromJson(const QJsonObject &object);
};

} // namespace Tessera
