#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace Tessera {

class ApiCall;
class ApiClient;

// Candidates whose name contains what the admin typed (candidate.search, debounced), for the
// preview's candidate picker: DisplayRole "Name · email", EditRole the email. Answers to an
// older text are dropped; text with an "@" is taken as an email and searches nothing.
class CandidateSuggestions final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateSuggestions)
public:
    explicit CandidateSuggestions(ApiClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Searches `text` after a short pause; a newer call replaces an older one.
    void search(const QString &text);
    // Searches now (tests, and callers that debounce themselves).
    void searchNow();
    QString query() const { return m_query; }
    // The text the rows shown belong to (empty before the first answer).
    QString answeredQuery() const { return m_answeredQuery; }

Q_SIGNALS:
    // After each answer (also an empty one) for the current text.
    void suggestionsReady();

private:
    struct Suggestion
    {
        QString name;
        QString email;
    };

    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_call;
    QTimer m_debounce;
    QString m_query;
    QString m_answeredQuery;
    QList<Suggestion> m_suggestions;
};

} // namespace Tessera
