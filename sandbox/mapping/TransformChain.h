#pragma once

#include "MappingData.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace Tessera::Sandbox {

// The transforms of one mapping row, applied in order. Each transform is an object with a
// "type" (valueMap, splitName, join, trim, case, dateFormat, constant, default, number,
// currency) and its parameters; docs/API.md §3.11 describes them. Running a chain never throws:
// bad data gives an error sentence.
class TransformChain final
{
public:
    struct Result
    {
        QJsonValue value; // null when empty or failed
        QString error;
    };

    explicit TransformChain(QJsonArray transforms) : m_transforms(std::move(transforms)) {}

    static const QStringList &types();
    // Empty when the transform is well formed, else a sentence naming the bad parameter.
    // `isSource` says whether a source field id exists (for join).
    static QString validate(const QJsonValue &transform,
                            const std::function<bool(const QString &)> &isSource);

    Result run(const QJsonValue &input, const SourceValues &sources) const;

private:
    QJsonArray m_transforms;
};

} // namespace Tessera::Sandbox
