#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QTableView;

namespace Tessera {

class CandidateDirectory;
class CandidateFilterModel;
class StateStack;

// The left side of the Candidates view: the count line ("1,234 candidates", "12 of 1,234
// match") with the progress of a sync that runs while rows are shown, and the table, or
// instead of it the loading state (with counts) or the empty state (why, and what to do).
class CandidateListPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateListPane)
public:
    CandidateListPane(CandidateDirectory *directory, CandidateFilterModel *filter,
                      QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    StateStack *states() const { return m_states; }
    QString countText() const;
    // A sentence after the count, e.g. the outcome of a server search; empty removes it.
    void setSearchNote(const QString &note);

Q_SIGNALS:
    // The empty state's "Clear filter": nothing matched the search text.
    void clearFilterRequested();

private:
    void refresh();
    void onEmptyAction();

    CandidateDirectory *m_directory;
    CandidateFilterModel *m_filter;
    QLabel *m_count;
    QLabel *m_sync;
    QProgressBar *m_syncBar;
    QTableView *m_table;
    StateStack *m_states;
    QString m_searchNote;
    enum class EmptyAction { None, CheckAgain, ClearFilter };
    EmptyAction m_emptyAction = EmptyAction::None;
};

} // namespace Tessera
