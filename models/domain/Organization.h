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
    // Answers Tessera's extension methods (docs/API.md); false for a backend that speaks only
    // Ashby's public API, where the marketplace, mappings and the other extension views are off.
    bool hasExtensions = true;
    qint64 candidateCount = -1; // -1: the backend does not say (only tessera backends do)

    static std::variant<Organization, DecodeError> fromJson(const QJsonObject &object);
};

} // namespace Tessera
