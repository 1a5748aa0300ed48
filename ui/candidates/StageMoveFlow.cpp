#include "StageMoveFlow.h"

#include "models/api/ApiError.h"
#include "models/candidates/ApplicationsModel.h"
#include "models/candidates/CandidateDetail.h"
#include "MoveStageDialog.h"
#include "ui/common/MessageBanner.h"

namespace Tessera {

StageMoveFlow::StageMoveFlow(ReferenceData *reference, CandidateDetail *detail, MessageBanner *banner,
                             QWidget *dialogParent)
    : QObject(dialogParent)
    , m_reference(reference)
    , m_detail(detail)
    , m_banner(banner)
    , m_dialogParent(dialogParent)
{
    connect(detail, &CandidateDetail::applicationMoved, this,
            [this](const QString &candidateId, const QString &applicationId) {
                onMoved(candidateId, applicationId);
            });
    connect(detail, &CandidateDetail::moveFailed, this,
            [this](const QString &, const ApiError &error) { onFailed(error); });
}

MoveStageDialog *StageMoveFlow::dialog() const
{
    return m_dialog;
}

void StageMoveFlow::open()
{
    if (m_dialog || m_detail->state() != LoadState::Ready || m_detail->isMoving()
        || m_detail->applications()->rowCount() == 0)
        return;
    const Application *current = m_detail->applications()->mostRecent();
    m_dialog = new MoveStageDialog(m_reference, m_detail->applications()->applications(),
                                   current ? current->id : QString(), m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &MoveStageDialog::moveRequested, this, &StageMoveFlow::start);
    m_dialog->open();
}

void StageMoveFlow::reset()
{
    if (m_dialog)
        m_dialog->reject(); // it was about the previous candidate's applications
    m_lastMove.clear();
}

void StageMoveFlow::retry()
{
    const QStringList move = m_lastMove; // start() replaces m_lastMove
    if (move.size() == 3)
        start(move.at(0), move.at(1), move.at(2));
}

void StageMoveFlow::start(const QString &applicationId, const QString &stageId,
                          const QString &reasonId)
{
    m_lastMove = {applicationId, stageId, reasonId};
    if (m_detail->moveToStage(applicationId, stageId, reasonId))
        m_banner->showMessage(StatusPalette::Status::InProgress, tr("Moving the application…"));
    Q_EMIT changed();
}

void StageMoveFlow::onMoved(const QString &candidateId, const QString &applicationId)
{
    if (candidateId != m_detail->candidateId())
        return;
    m_lastMove.clear();
    if (const Application *moved = m_detail->applications()->application(applicationId))
        m_banner->showMessage(StatusPalette::Status::Ok, tr("“%1” moved to %2.")
                                                             .arg(moved->jobTitle,
                                                                  moved->currentStage.title));
    Q_EMIT changed();
}

void StageMoveFlow::onFailed(const ApiError &error)
{
    m_banner->showMessage(StatusPalette::Status::Failing,
                          tr("The application was not moved. %1").arg(error.userMessage()),
                          error.details(), error.isTransient());
    Q_EMIT changed();
}

} // namespace Tessera
