#include "QuickSearch.h"

#include "models/candidates/CandidateDirectory.h"
#include "models/candidates/CandidatesModel.h"
#include "models/reference/ReferenceData.h"

#include <algorithm>

namespace Tessera {

namespace {

bool ranksBefore(const QuickTarget &left, const QuickTarget &right)
{
    if (left.score != right.score)
        return left.score > right.score;
    if (left.kind != right.kind)
        return left.kind < right.kind; // views, then integrations, candidates
    return QString::localeAwareCompare(left.title, right.title) < 0;
}

} // namespace

QuickSearch::QuickSearch(ReferenceData *reference, CandidateDirectory *candidates,
                         QObject *parent)
    : QObject(parent)
    , m_reference(reference)
    , m_candidates(candidates)
{
}

void QuickSearch::setViews(const QList<std::pair<QString, QString>> &views)
{
    m_views = views;
}

void QuickSearch::prepare()
{
    // A backend without Tessera's extensions has no integration.list: do not ask it.
    if (m_reference && m_withIntegrations)
        m_reference->integrations()->ensureLoaded();
}

int QuickSearch::score(QStringView haystack, QStringView text)
{
    if (text.isEmpty())
        return 0;
    const qsizetype at = haystack.indexOf(text, 0, Qt::CaseInsensitive);
    if (at < 0)
        return 0;
    if (at == 0)
        return haystack.size() == text.size() ? 100 : 80;
    for (qsizetype from = at; from >= 0 && from < haystack.size();
         from = haystack.indexOf(text, from + 1, Qt::CaseInsensitive)) {
        const QChar before = haystack.at(from - 1);
        if (!before.isLetterOrNumber())
            return 60;
    }
    return 40;
}

void QuickSearch::scoreCandidates(const CandidatesModel &list, const QString &text,
                                  QList<QuickTarget> &found)
{
    // The index narrows 100,000 rows to the ones that contain the text at all; only those
    // are scored, on their name first, then a little lower on their email.
    for (const int row : list.searchIndex().find(text.toLower())) {
        const CandidateSummary &candidate = list.at(row);
        int points = score(candidate.name, text);
        if (points == 0)
            points = score(candidate.email, text) / 2;
        if (points > 0)
            found.append({QuickTarget::Kind::Candidate, candidate.id, candidate.name,
                          candidate.email, points});
    }
}

QList<QuickTarget> QuickSearch::find(const QString &typed, int limit) const
{
    const QString text = typed.trimmed();
    QList<QuickTarget> found;
    if (text.isEmpty())
        return found;
    const auto consider = [&found, &text](QuickTarget::Kind kind, const QString &id,
                                          const QString &title, const QString &detail) {
        if (const int points = score(title, text))
            found.append({kind, id, title, detail, points});
    };
    for (const auto &[name, title] : m_views)
        consider(QuickTarget::Kind::View, name, title, tr("View"));
    if (m_reference && m_withIntegrations) {
        for (const Integration &integration : m_reference->integrations()->records())
            consider(QuickTarget::Kind::Integration, integration.id, integration.name,
                     tr("Integration"));
    }
    if (m_candidates)
        scoreCandidates(*m_candidates->model(), text, found);
    keepBest(found, limit);
    return found;
}

void QuickSearch::keepBest(QList<QuickTarget> &found, int limit)
{
    const qsizetype kept = std::min<qsizetype>(limit, found.size());
    std::partial_sort(found.begin(), found.begin() + kept, found.end(), ranksBefore);
    found.resize(kept);
}

} // namespace Tessera
