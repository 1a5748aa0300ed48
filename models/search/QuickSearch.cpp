#include "QuickSearch.h"

#include "models/candidates/CandidateDirectory.h"
#include "models/candidates/CandidatesModel.h"
#include "models/reference/ReferenceData.h"

#include <algorithm>
#include <vector>

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
    if (m_reference)
        m_reference->jobs()->ensureLoaded();
}

namespace {

int scoreWith(QStringView haystack, QStringView text, Qt::CaseSensitivity cs)
{
    if (text.isEmpty())
        return 0;
    const qsizetype at = haystack.indexOf(text, 0, cs);
    if (at < 0)
        return 0;
    if (at == 0)
        return haystack.size() == text.size() ? 100 : 80;
    for (qsizetype from = at; from >= 0 && from < haystack.size();
         from = haystack.indexOf(text, from + 1, cs)) {
        const QChar before = haystack.at(from - 1);
        if (!before.isLetterOrNumber())
            return 60;
    }
    return 40;
}

} // namespace

int QuickSearch::score(QStringView haystack, QStringView text)
{
    return scoreWith(haystack, text, Qt::CaseInsensitive);
}

int QuickSearch::scoreLower(QStringView haystack, QStringView text)
{
    return scoreWith(haystack, text, Qt::CaseSensitive);
}

void QuickSearch::scoreCandidates(const CandidatesModel &list, const QString &text, int limit,
                                  QList<QuickTarget> &found)
{
    // The index narrows 100,000 rows to the ones that contain the text at all; only those
    // are scored, on their name first, then a little lower on their email. Scores and rows
    // are plain numbers until the best `limit` are known: a one-letter search matches almost
    // every row, and building (and sorting by name) a target for each would cost a frame.
    struct Scored
    {
        int points;
        int row;
    };
    std::vector<Scored> scored;
    const QString lower = text.toLower();
    const SearchIndex &index = list.searchIndex();
    const std::vector<int> rows = index.find(lower);
    scored.reserve(rows.size());
    for (const int row : rows) {
        // The key is lower-case "name email": compare it case-sensitively, which is several
        // times faster than folding case per row.
        const QStringView key = index.keyOf(row);
        const qsizetype nameLength = list.at(row).name.size();
        int points = 0;
        if (key.size() > nameLength && key.at(nameLength) == u' ') {
            points = scoreLower(key.first(nameLength), lower);
            if (points == 0)
                points = scoreLower(key.sliced(nameLength + 1), lower) / 2;
        } else { // lower-casing changed the name's length: compare the slow way
            const CandidateSummary &candidate = list.at(row);
            points = score(candidate.name, text);
            if (points == 0)
                points = score(candidate.email, text) / 2;
        }
        if (points > 0)
            scored.push_back({points, row});
    }
    const auto better = [](const Scored &left, const Scored &right) {
        return left.points != right.points ? left.points > right.points : left.row < right.row;
    };
    const auto kept = scored.begin() + std::min<std::ptrdiff_t>(limit, std::ssize(scored));
    std::partial_sort(scored.begin(), kept, scored.end(), better);
    for (auto it = scored.begin(); it != kept; ++it) {
        const CandidateSummary &candidate = list.at(it->row);
        found.append({QuickTarget::Kind::Candidate, candidate.id, candidate.name,
                      candidate.email, it->points});
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
        // A job jumps to its interview plan in the designer.
        for (const Job &job : m_reference->jobs()->records())
            if (!job.defaultInterviewPlanId.isEmpty())
                consider(QuickTarget::Kind::Job, job.id, job.title, tr("Job · interview plan"));
    }
    if (m_candidates)
        scoreCandidates(*m_candidates->model(), text, limit, found);
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
