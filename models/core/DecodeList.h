#pragma once

#include "models/domain/DecodeError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <variant>

namespace Tessera {

// Decodes every object of a `results` array with T::fromJson and appends the good ones to
// `out`. A record that does not decode is skipped: returns how many were, and leaves the first
// problem in `firstError`.
template<typename T>
int decodeList(const QJsonArray &results, QList<T> &out, QString *firstError = nullptr)
{
    int failures = 0;
    for (const QJsonValue value : results) {
        auto decoded = T::fromJson(value.toObject());
        if (auto *error = std::get_if<DecodeError>(&decoded)) {
            if (failures++ == 0 && firstError)
                *firstError = error->toString();
            continue;
        }
        out.append(std::move(std::get<T>(decoded)));
    }
    return failures;
}

// The position of the record with this id, or -1.
template<typename T>
int indexOfId(const QList<T> &records, const QString &id)
{
    if (id.isEmpty())
        return -1;
    for (qsizetype row = 0; row < records.size(); ++row)
        if (records.at(row).id == id)
            return int(row);
    return -1;
}

} // namespace Tessera
