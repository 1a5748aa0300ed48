#pragma once

#include "MappingTypes.h"

namespace Tessera {

// "Suggest mappings": which source field each unmapped target field probably reads, by name.
// Names are compared normalised (case, spaces, punctuation and a trailing "(…)" explanation
// ignored). An exact match of label or id wins over a synonym from a small table ("Work state"
// reads "State / region"), which wins over a match once qualifiers like "personal" or "work"
// are dropped ("Personal phone" reads "Phone"). Mapped targets are never touched and archived
// sources never offered.
class MappingSuggester final
{
public:
    struct Suggestion
    {
        QString targetField;
        QString sourceField;
        friend bool operator==(const Suggestion &, const Suggestion &) = default;
    };

    MappingSuggester() = delete;

    static QList<Suggestion> suggest(const QList<TargetField> &targets,
                                     const QList<MappingRow> &rows,
                                     const QList<SourceField> &sources);
    // "Manager's email" → "manager email"; "firstName" → "first name".
    static QString normalised(const QString &name);
};

} // namespace Tessera
