#include "CandidateSuggestions.h"

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

constexpr int maxSuggestions = 12;
constexpr int minQueryLength = 2;

} // namespace

CandidateSuggestions::CandidateSuggestions(ApiClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &CandidateSuggestions::searchNow);
}

int CandidateSuggestions::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_suggestions.size());
}

QVariant CandidateSuggestions::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Suggestion &suggestion = m_suggestions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 · %2").arg(suggestion.name, suggestion.email);
    case Qt::EditRole:
        return suggestion.email;
    default:
        return {};
    }
}

void CandidateSuggestions::search(const QString &text)
{
    m_query = text.trimmed();
    delete m_call; // an answer to older text is of no use
    m_debounce.start();
}

void CandidateSuggestions::searchNow()
{
    m_debounce.stop();
    delete m_call;
    if (!m_client || m_query.size() < minQueryLength || m_query.contains(u'@')) {
        if (!m_suggestions.isEmpty()) {
            beginResetModel();
            m_suggestions.clear();
            endResetModel();
        }
        // Nothing to look up: that is the answer, at once (a caller may be waiting for it).
        m_answeredQuery = m_query;
        Q_EMIT suggestionsReady();
        return;
    }
    m_call = m_client->call(u"candidate.search"_s, {{u"name"_s, m_query}}, this);
    connect(m_call, &ApiCall::finished, this, [this, call = m_call.data(), query = m_query] {
        QList<Suggestion> suggestions;
        // A failed search offers nothing; the admin can still type an email.
        if (!call->error().isError()) {
            for (const QJsonValue value : call->results().toArray()) {
                const QJsonObject candidate = value.toObject();
                const QString email = candidate.value(u"primaryEmailAddress"_s)
                                          .toObject().value(u"value"_s).toString();
                if (email.isEmpty())
                    continue;
                suggestions.append({candidate.value(u"name"_s).toString(), email});
                if (suggestions.size() == maxSuggestions)
                    break;
            }
        }
        beginResetModel();
        m_suggestions = std::move(suggestions);
        m_answeredQuery = query;
        endResetModel();
        Q_EMIT suggestionsReady();
    });
}

} // namespace Tessera
