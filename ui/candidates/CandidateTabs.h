#pragma once

#include <QTabWidget>

class QScrollArea;
class QTableView;
class QTreeView;

namespace Tessera {

class ActivitiesTab;
class ApplicationActivities;
class CandidateDetail;
class EmptyState;
class NotesTab;
class OfferWorkflowPanel;

// The detail pane's tabs over one CandidateDetail: Applications (each with its stage history
// as a timeline), Notes (with the editor), Offers and, given their model, Activities (what
// partners run for the current application). Titles carry the counts.
class CandidateTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateTabs)
public:
    // Takes ownership of `activities` (may be null: no Activities tab).
    explicit CandidateTabs(CandidateDetail *detail, ApplicationActivities *activities = nullptr,
                           QWidget *parent = nullptr);

    NotesTab *notesTab() const { return m_notes; }
    QTreeView *applicationsView() const { return m_applications; }
    QTableView *offersView() const { return m_offers; }
    ActivitiesTab *activitiesTab() const { return m_activities; }
    // The selected offer's workflows (with the Activities tab only).
    OfferWorkflowPanel *offerWorkflows() const { return m_offerWorkflows; }

private:
    void refresh();
    void showSelectedOffer();
    void fitOffersTable();

    CandidateDetail *m_detail;
    QTreeView *m_applications;
    NotesTab *m_notes;
    QTableView *m_offers;
    ActivitiesTab *m_activities = nullptr;
    OfferWorkflowPanel *m_offerWorkflows = nullptr;
    QScrollArea *m_offerScroll = nullptr;
    EmptyState *m_offersEmpty;
    EmptyState *m_applicationsEmpty;
};

} // namespace Tessera
