#pragma once

#include <QString>

namespace Tessera {

// Why a JSON object could not become a domain value: the field and what was wrong with it.
struct DecodeError
{
    QString field;
    QString problem;

    QString toString() const { return field + QStringLiteral(": ") + problem; }
};

} // namespace Tessera
