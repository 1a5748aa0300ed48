#pragma once

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
    CandidateFilterModel *m_filter;
};

} // namespace Tessera
