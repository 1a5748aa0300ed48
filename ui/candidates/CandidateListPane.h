#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Tessera {

class CandidateDirectory;
class CandidateFilterModel;

// The left side of the Candidates view: the count line ("1,234 candidates", "12 of 1,234
// match"), the sync progress, and the table, or instead of it the loading or empty state.
class CandidateListPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateListPane)
public:
    CandidateListPane(CandidateDirectory *directory, CandidateFilterModel *filter,
                      QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QString countText() const;
    // A sentence after the count, e.g. the outcome of a server search; empty removes it.
    void setSearchNote(const QString &note);

private:
    void refresh();

    CandidateDirectory *m_directory;
    CandidateFilterModel *m_filter;
    QLabel *m_count;
    QLabel *m_sync;
    QProgressBar *m_syncBar;
    QStackedWidget *m_pages;
    QTableView *m_table;
    QLabel *m_loadingText;
    QProgressBar *m_loadingBar;
    QLabel *m_emptyText;
    QPushButton *m_checkAgain;
    QString m_searchNote;
};

} // namespace Tessera
