#pragma once

#include <QPointer>
#include <QWidget>

class QPushButton;
class QStackedWidget;

namespace Tessera {

class ApiError;
class ApplicationActivities;
class CandidateDetail;
class CandidateHeader;
class CandidateTabs;
class CandidatesModel;
class LoadingState;
class ReferenceData;
class MessageBanner;
class MoveStageDialog;
class StageMoveFlow;

// The right side of the Candidates view: header, "Move to stage…", and the Applications (stage
// history), Notes and Offers tabs of one candidate, with loading and error states. Errors of
// loads and actions show in its banner.
class CandidateDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateDetailPane)
public:
    // `list` gives the header something to show while loading and learns about stage moves.
    // Takes ownership of `detail`, the model of the candidate shown.
    // Takes ownership of `activities` too (null: no Activities tab).
    CandidateDetailPane(CandidateDetail *detail, ReferenceData *reference, CandidatesModel *list,
                        ApplicationActivities *activities = nullptr, QWidget *parent = nullptr);

    void showCandidate(const QString &candidateId);
    CandidateDetail *detail() const { return m_detail; }
    MoveStageDialog *moveDialog() const; // the open Move to stage dialog, or nullptr
    CandidateTabs *tabs() const { return m_tabs; }
    // What the Move to stage button does: opens the dialog (non-blocking) when possible.
    void openMoveDialog();

private:
    void onStateChanged();
    void showStage();
    void showHeaderFromList();
    void updateActions();

    QPointer<CandidatesModel> m_list;
    CandidateDetail *m_detail;
    QStackedWidget *m_pages;
    CandidateHeader *m_header;
    QPushButton *m_moveButton;
    MessageBanner *m_banner;
    LoadingState *m_loading;
    CandidateTabs *m_tabs;
    StageMoveFlow *m_moves;
};

} // namespace Tessera
