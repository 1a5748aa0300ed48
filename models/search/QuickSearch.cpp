#include "QuickSearch.h"

#include "models/admin/ApiKeysModel.h"
#include "models/admin/WebhookEventTypes.h"
#include "models/admin/WebhooksModel.h"
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
        return left.kind < right.kind; // views, integrations, candidates, jobs, webhooks, keys
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

void QuickSearch::setAdminModels(WebhooksModel *webhooks, ApiKeysModel *keys)
{
    m_webhooks = webhooks;
    m_keys = keys;
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
    considerAdmin(text, found);
    if (m_candidates)
        scoreCandidates(*m_candidates->model(), text, limit, found);
    keepBest(found, limit);
    return found;
}

// A webhook by its address or its event, an API key by its title or its partner: the second
// a little lower, as a candidate's email is.
void QuickSearch::considerAdmin(const QString &text, QList<QuickTarget> &found) const
{
    const auto best = [&text](const QString &first, const QString &second) {
        return std::max(score(first, text), score(second, text) / 2);
    };
    if (m_webhooks) {
        for (int row = 0; row < m_webhooks->rowCount(); ++row) {
            const Webhook *webhook = m_webhooks->webhook(row);
            if (!webhook)
                continue;
            const QString event = WebhookEventTypes::label(webhook->webhookType);
            if (const int points = best(webhook->requestUrl, event))
                found.append({QuickTarget::Kind::Webhook, webhook->id, webhook->requestUrl,
                              tr("Webhook · %1").arg(event), points});
        }
    }
    if (m_keys) {
        for (int row = 0; row < m_keys->rowCount(); ++row) {
            const ApiKey *key = m_keys->key(row);
            if (!key)
                continue;
            if (const int points = best(key->title, key->integrationPartner)) {
                const QString detail = key->isRevoked ? tr("API key · revoked")
                    : key->integrationPartner.isEmpty()
                    ? tr("API key")
                    : tr("API key · %1").arg(key->integrationPartner);
                found.append({QuickTarget::Kind::ApiKey, key->id, key->title, detail, points});
            }
        }
    }
}

void QuickSearch::keepBest(QList<QuickTarget> &found, int limit)
{
    const qsizetype kept = std::min<qsizetype>(limit, found.size());
    std::partial_sort(found.begin(), found.begin() + kept, found.end(), ranksBefore);
    found.resize(kept);
}

} // namespace Tessera
