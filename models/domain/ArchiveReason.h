#pragma once

#include "DecodeError.h"

#include <QJsonObject>
#include <QString>

#include <variant>

namespace Tessera {

struct ArchiveReason
{
    QString id;
    QString text;
    QString reasonType;

    static std::variant<ArchiveReason, DecodeError> fromJson(const QJsonObject &object);
};

} // namespace Tessera
