#pragma once

#include "domain/DecodeError.h"

#include <QJsonObject>
#include <QString>

#include <variant>

namespace Tessera {

struct Organization
{
    QString id;
    QString name;
    QString plan;       // Foundations | Plus | Enterprise | Legacy Plus
    bool isSandbox = false;

    static std::variant<Organization, DecodeError> fromJson(const QJsonObject &object);
};

} // namespace Tessera
