#include "MappingSuggester.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

enum class Tier { Exact, Synonym, Qualified, None };

// Pairs of normalised names that mean the same field (either side may be target or source).
const QList<std::pair<QString, QString>> &synonyms()
{
    static const QList<std::pair<QString, QString>> pairs{
        {u"personal email"_s, u"email"_s},
        {u"employee email"_s, u"personal email"_s},
        {u"contractor email"_s, u"personal email"_s},
        {u"counterparty email"_s, u"personal email"_s},
        {u"employee name"_s, u"name"_s},
        {u"contractor name"_s, u"name"_s},
        {u"counterparty name"_s, u"name"_s},
        {u"full name"_s, u"name"_s},
        {u"work state"_s, u"state region"_s},
        {u"state"_s, u"state region"_s},
        {u"region"_s, u"state region"_s},
        {u"start date"_s, u"offer start date"_s},
        {u"employment start date"_s, u"offer start date"_s},
        {u"salary amount"_s, u"offer compensation amount"_s},
        {u"annual salary"_s, u"offer compensation amount"_s},
        {u"salary currency"_s, u"offer currency"_s},
    };
    return pairs;
}

// Words that qualify a name without changing which field it is.
const QStringList &qualifiers()
{
    static const QStringList words{u"personal"_s, u"work"_s, u"employee"_s, u"hiring"_s,
                                   u"candidate"_s, u"primary"_s};
    return words;
}

QString withoutQualifiers(const QString &normalised)
{
    QStringList words = normalised.split(u' ', Qt::SkipEmptyParts);
    words.removeIf([](const QString &word) { return qualifiers().contains(word); });
    return words.join(u' ');
}

// The last part of a field id: "candidate.personalPhone" → "personalPhone".
QString idName(const QString &id)
{
    return id.section(u'.', -1);
}

Tier match(const TargetField &target, const SourceField &source)
{
    const QString targetLabel = MappingSuggester::normalised(target.label);
    const QString sourceLabel = MappingSuggester::normalised(source.label);
    const QString targetId = MappingSuggester::normalised(idName(target.id));
    const QString sourceId = MappingSuggester::normalised(idName(source.id));
    if (targetLabel.isEmpty() || sourceLabel.isEmpty())
        return Tier::None;
    if (targetLabel == sourceLabel || (!source.isCustom && targetId == sourceId))
        return Tier::Exact;
    for (const auto &[one, other] : synonyms())
        if ((targetLabel == one && sourceLabel == other)
            || (targetLabel == other && sourceLabel == one))
            return Tier::Synonym;
    const QString targetCore = withoutQualifiers(targetLabel);
    if (!targetCore.isEmpty() && targetCore == withoutQualifiers(sourceLabel))
        return Tier::Qualified;
    return Tier::None;
}

} // namespace

QString MappingSuggester::normalised(const QString &name)
{
    static const QRegularExpression explanation(u"\\s*\\([^)]*\\)\\s*$"_s);
    static const QRegularExpression camelHump(u"([a-z0-9])([A-Z])"_s);
    static const QRegularExpression possessive(u"['’]s\\b"_s);
    static const QRegularExpression nonWord(u"[^\\p{L}\\p{N}]+"_s);
    QString text = name;
    text.remove(explanation);
    text.replace(camelHump, u"\\1 \\2"_s);
    text = text.toLower();
    text.remove(possessive);
    text.replace(nonWord, u" "_s);
    return text.simplified();
}

QList<MappingSuggester::Suggestion> MappingSuggester::suggest(const QList<TargetField> &targets,
                                                              const QList<MappingRow> &rows,
                                                              const QList<SourceField> &sources)
{
    QList<Suggestion> suggestions;
    for (const TargetField &target : targets) {
        const bool mapped = std::any_of(rows.cbegin(), rows.cend(), [&target](const MappingRow &row) {
            return row.targetField == target.id;
        });
        if (mapped)
            continue;
        Tier best = Tier::None;
        QString bestSource;
        for (const SourceField &source : sources) {
            if (source.isArchived)
                continue;
            const Tier tier = match(target, source);
            if (tier < best) {
                best = tier;
                bestSource = source.id;
            }
        }
        if (best != Tier::None)
            suggestions.append({target.id, bestSource});
    }
    return suggestions;
}

} // namespace Tessera
