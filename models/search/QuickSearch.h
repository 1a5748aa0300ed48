#pragma once

#include "QuickTarget.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Tessera {

class ApiKeysModel;
class CandidateDirectory;
class CandidatesModel;
class ReferenceData;
class WebhooksModel;

// Ranks what the admin can jump to by what they typed: the views, the integrations, the jobs,
// the webhooks (by URL or event), the API keys (by title or partner; never a secret: the
// models hold none) and every candidate in the connection's in-memory list. Exact and prefix matches rank above
// a match at a word's start, which ranks above one inside a word; a candidate's email counts
// a little less than their name. Instant over 100,000 candidates: one pass over the list's
// search index, no allocation per row.
class QuickSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickSearch)
public:
    QuickSearch(ReferenceData *reference, CandidateDirectory *candidates,
                QObject *parent = nullptr);

    // The views, by stable name and translated title.
    void setViews(const QList<std::pair<QString, QString>> &views);
    // Asks for what is not loaded yet, so it is there by the next keystrokes.
    void prepare();
    // Whether the backend has integrations to find (Tessera's extensions).
    void setIntegrationsAvailable(bool available) { m_withIntegrations = available; }
    // The webhooks and API keys the admin views have loaded (null: none to find).
    void setAdminModels(WebhooksModel *webhooks, ApiKeysModel *keys);
    QList<QuickTarget> find(const QString &text, int limit = 30) const;

    // 0 when `text` (lower case) is not in `haystack`; else 100 exact, 80 prefix, 60 at a
    // word's start, 40 inside a word.
    static int score(QStringView haystack, QStringView text);
    // The same for a haystack and text that are both lower case already.
    static int scoreLower(QStringView haystack, QStringView text);
    // The best `limit` candidates of `list` that match `text`, scored (unsorted), appended to
    // `found`: only those can make the top `limit` of all.
    static void scoreCandidates(const CandidatesModel &list, const QString &text, int limit,
                                QList<QuickTarget> &found);
    // Sorts the best `limit` first and drops the rest.
    static void keepBest(QList<QuickTarget> &found, int limit);

private:
    void considerAdmin(const QString &text, QList<QuickTarget> &found) const;

    QPointer<ReferenceData> m_reference;
    QPointer<WebhooksModel> m_webhooks;
    QPointer<ApiKeysModel> m_keys;
    QPointer<CandidateDirectory> m_candidates;
    QList<std::pair<QString, QString>> m_views;
    bool m_withIntegrations = false;
};

} // namespace Tessera
