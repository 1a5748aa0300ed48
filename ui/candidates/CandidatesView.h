#pragma once

#include <QTimer>
#include <QWidget>

class QLineEdit;
class QSplitter;

namespace Tessera {

class ApiError;
class ApplicationActivities;
class CandidateDetail;
class CandidateDetailPane;
class CandidateDirectory;
class ReferenceData;
class CandidateFilterModel;
class CandidateListPane;
class CandidateTable;
class MessageBanner;
class PageHeader;
class SyncFreshness;

// The Candidates view (UX.md "Candidates"): a searchable list of every synced candidate beside
// the selected candidate's detail. Typing filters the list at once; Enter also asks the server
// for candidates the sync has not brought yet. The view reflects CandidateDirectory's sync
// (progress, errors with Retry) but does not start it: the application does.
class CandidatesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidatesView)
public:
    // Takes ownership of `detail` and `activities` (null: no Activities tab).
    CandidatesView(CandidateDirectory *directory, CandidateDetail *detail, ReferenceData *reference,
                   ApplicationActivities *activities = nullptr, QWidget *parent = nullptr);

    QString currentCandidateId() const;
    // Selects the candidate's row (clearing a filter that hides it) and shows their detail.
    // False if the list does not have them (yet).
    bool selectCandidate(const QString &candidateId);
    // As selectCandidate, and shows their detail even while the list does not have them yet
    // (the Dashboard's Fix for a stuck run opens the candidate while the list still syncs).
    void openCandidate(const QString &candidateId);
    CandidateDetail *detail() const;
    CandidateDetailPane *detailPane() const { return m_detail; }
    CandidateFilterModel *filterModel() const { return m_filter; }
    PageHeader *header() const { return m_header; }

Q_SIGNALS:
    void currentCandidateChanged(const QString &candidateId);
    // F5 or the Refresh button: the candidates sync again; the rest of the connection's data
    // (stages, jobs …) should be asked what changed too.
    void refreshRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onDirectoryStateChanged();
    void searchOnServer();
    void onSearchFinished(int found, const ApiError &error);

    enum class Retry { Sync, Search };

    CandidateDirectory *m_directory;
    CandidateFilterModel *m_filter;
    PageHeader *m_header;
    SyncFreshness *m_refresh;
    QLineEdit *m_search;
    MessageBanner *m_banner;
    CandidateListPane *m_list;
    CandidateDetailPane *m_detail;
    QSplitter *m_splitter;
    QTimer m_selectionDelay; // arrowing through the list loads only where it stops
    Retry m_retry = Retry::Sync;
    QString m_serverQuery;
};

} // namespace Tessera
