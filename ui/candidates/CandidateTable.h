#pragma once

#include <QSet>
#include <QTableView>

namespace Tessera {

class CandidateFilterModel;

// The candidate list: name, email, current stage (as a pill), job and updated, one row per
// candidate, sortable by clicking a column header (CandidateFilterModel sorts).
class CandidateTable final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateTable)
public:
    explicit CandidateTable(CandidateFilterModel *filter, QWidget *parent = nullptr);

    // The candidate of the current row, or empty.
    QString currentCandidateId() const;

Q_SIGNALS:
    void currentCandidateChanged(const QString &candidateId);

private:
    // Widens the stage column to the longest stage title among `first`..`last` of the list's
    // source rows; each distinct title is measured once (titles are few, rows many).
    void fitStages(int first, int last);

    CandidateFilterModel *m_filter;
    QSet<QString> m_stagesSeen;
    int m_stageWidth = 0;
};

} // namespace Tessera
