#include "CandidateDetailPane.h"

#include "CandidateHeader.h"
#include "CandidateTabs.h"
#include "models/api/ApiError.h"
#include "models/candidates/ApplicationsModel.h"
#include "models/candidates/CandidateDetail.h"
#include "models/candidates/CandidatesModel.h"
#include "NotesTab.h"
#include "StageMoveFlow.h"
#include "ui/common/EmptyState.h"
#include "ui/common/LoadingState.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"

#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

CandidateDetailPane::CandidateDetailPane(CandidateDetail *detail, ReferenceData *reference,
                                         CandidatesModel *list,
                                         ApplicationActivities *activities, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
    , m_detail(detail)
    , m_pages(new QStackedWidget(this))
    , m_header(new CandidateHeader(this))
    , m_moveButton(new QPushButton(this))
    , m_banner(new MessageBanner(this))
    , m_loading(new LoadingState(this))
    , m_tabs(new CandidateTabs(m_detail, activities, this))
    , m_moves(new StageMoveFlow(reference, m_detail, m_banner, this))
{
    setObjectName(u"candidateDetail"_s);
    m_detail->setParent(this);
    m_detail->setCandidatesModel(list);
    m_moveButton->setObjectName(u"moveToStageButton"_s);
    m_banner->setObjectName(u"candidateDetailBanner"_s);
    m_loading->setObjectName(u"candidateLoading"_s);

    auto *placeholder = new EmptyState(this);
    placeholder->setObjectName(u"candidatePlaceholder"_s);
    Retranslator::follow(this, [this, placeholder] {
        setAccessibleName(tr("Candidate details"));
        m_moveButton->setText(tr("&Move to stage…"));
        m_moveButton->setAccessibleName(tr("Move to stage"));
        m_moveButton->setToolTip(
            tr("Move an application of this candidate to another stage (Alt+M)"));
        placeholder->setText(
            tr("Select a candidate to see their applications, notes and offers."));
    });
    placeholder->setAction({});
    auto *content = new QWidget(this);
    m_header->addAction(m_moveButton);
    auto *layout = new QVBoxLayout(content);
    Spacing::setGroupMargins(layout);
    layout->setContentsMargins(Spacing::Normal, 0, 0, 0); // apart from the splitter handle
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(m_loading, 1);
    layout->addWidget(m_tabs, 1);
    layout->addStretch(0); // takes the room while the tabs are hidden (failed load)
    m_pages->addWidget(placeholder);
    m_pages->addWidget(content);
    auto *outer = new QVBoxLayout(this);
    Spacing::setGroupMargins(outer);
    outer->addWidget(m_pages);

    connect(m_moveButton, &QPushButton::clicked, this, &CandidateDetailPane::openMoveDialog);
    connect(m_banner, &MessageBanner::retryRequested, this, [this] {
        if (m_detail->state() != LoadState::Failed && m_moves->canRetry())
            m_moves->retry();
        else
            m_detail->reload();
    });
    connect(m_detail, &CandidateDetail::stateChanged, this, &CandidateDetailPane::onStateChanged);
    connect(m_moves, &StageMoveFlow::changed, this, [this] {
        showStage();
        updateActions();
    });
    connect(m_detail, &CandidateDetail::refreshFailed, this,
            [this](const QString &, const ApiError &error) { m_banner->showError(error, false); });
    connect(m_detail, &CandidateDetail::applicationRefreshed, this,
            &CandidateDetailPane::updateActions);
    connect(m_tabs->notesTab(), &NotesTab::noteFailed, this, [this](const ApiError &error) {
        m_banner->showMessage(StatusPalette::Status::Failing,
                              tr("The note was not saved. %1 Your text is still in the editor.")
                                  .arg(error.userMessage()),
                              error.details());
    });
    connect(m_tabs->notesTab(), &NotesTab::noteSaved, m_banner, &MessageBanner::clear);
    onStateChanged();
}

void CandidateDetailPane::showCandidate(const QString &candidateId)
{
    if (candidateId == m_detail->candidateId() && m_detail->state() != LoadState::Failed)
        return;
    m_moves->reset();
    m_detail->load(candidateId);
}

void CandidateDetailPane::onStateChanged()
{
    const LoadState state = m_detail->state();
    m_pages->setCurrentIndex(m_detail->candidateId().isEmpty() ? 0 : 1);
    m_loading->setVisible(state == LoadState::Loading);
    if (state == LoadState::Loading) {
        m_banner->clear();
        showHeaderFromList();
    } else if (state == LoadState::Ready) {
        m_banner->clear();
        m_header->setCandidate(m_detail->candidate());
        showStage();
    } else if (state == LoadState::Failed) {
        const ApiError &error = m_detail->lastError();
        const QString who = m_header->name();
        const bool retry = error.isTransient() || error.kind() == ApiError::Kind::Transport
            || error.kind() == ApiError::Kind::MalformedBody;
        m_banner->showMessage(StatusPalette::Status::Failing,
                              who.isEmpty() ? tr("The candidate could not be loaded. %1")
                                                  .arg(error.userMessage())
                                            : tr("%1 could not be loaded. %2")
                                                  .arg(who, error.userMessage()),
                              error.details(), retry);
    }
    // Empty tabs would look like "no data": while loading the loading state stands in for them.
    m_tabs->setVisible(state == LoadState::Ready || state == LoadState::Idle);
    updateActions();
}

void CandidateDetailPane::showHeaderFromList()
{
    const CandidateSummary *known = m_list ? m_list->candidate(m_detail->candidateId()) : nullptr;
    if (!known) {
        m_header->clear();
        m_loading->setText(tr("Loading the candidate…"));
        return;
    }
    Candidate partial; // what the list knows; the rest comes with candidate.info
    partial.id = known->id;
    partial.name = known->name;
    partial.email = known->email;
    m_header->setCandidate(partial);
    if (known->stage.isEmpty())
        m_header->clearStage();
    else
        m_header->setStage(known->stage, known->stageType, known->job);
    m_loading->setText(tr("Loading applications, notes and offers of %1…").arg(known->name));
}

void CandidateDetailPane::updateActions()
{
    const bool ready = m_detail->state() == LoadState::Ready;
    m_moveButton->setEnabled(ready && m_detail->applications()->rowCount() > 0
                             && !m_detail->isMoving());
}

MoveStageDialog *CandidateDetailPane::moveDialog() const
{
    return m_moves->dialog();
}

void CandidateDetailPane::openMoveDialog()
{
    m_moves->open();
}

void CandidateDetailPane::showStage()
{
    const Application *current = m_detail->applications()->mostRecent();
    if (current)
        m_header->setStage(current->currentStage.title, current->currentStage.type,
                           current->jobTitle);
    else
        m_header->setNoApplications();
}

} // namespace Tessera
