#pragma once

#include "DecodeError.h"

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
    bool hasPartnerConsole = false; // sandbox-only partner-console methods (simulated partners)
    qint64 candidateCount = -1; // -1: the backend does not say (only tessera backends do)

    static std::variant<Organization, DecodeError> fromJson(const QJsonObject &object);
};

} // namespace Tessera
