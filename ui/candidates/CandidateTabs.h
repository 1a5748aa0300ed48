#pragma once

#include <QTabWidget>

class QTableView;
class QTreeView;

namespace Tessera {

class CandidateDetail;
class EmptyState;
class NotesTab;

// The detail pane's tabs over one CandidateDetail: Applications (each with its stage history
// as a timeline), Notes (with the editor) and Offers. Titles carry the counts.
class CandidateTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateTabs)
public:
    explicit CandidateTabs(CandidateDetail *detail, QWidget *parent = nullptr);

    NotesTab *notesTab() const { return m_notes; }
    QTreeView *applicationsView() const { return m_applications; }
    QTableView *offersView() const { return m_offers; }

private:
    void refresh();

    CandidateDetail *m_detail;
    QTreeView *m_applications;
    NotesTab *m_notes;
    QTableView *m_offers;
    EmptyState *m_offersEmpty;
    EmptyState *m_applicationsEmpty;
};

} // namespace Tessera
