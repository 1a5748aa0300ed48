#include "ViewCaptures.h"

#include "CaptureSession.h"

#include "models/candidates/CandidateDetail.h"
#include "models/candidates/CandidateDirectory.h"
#include "models/candidates/CandidatesModel.h"
#include "models/session/BackendContext.h"
#include "ui/candidates/CandidatesView.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

ViewCaptures::ViewCaptures(CaptureSession *session, QObject *parent)
    : CaptureScene(session, parent)
{
}

void ViewCaptures::start()
{
    auto *view = session()->view<CandidatesView>(MainWindow::View::Candidates);
    CandidatesModel *model = session()->context()->candidates()->model();
    if (!view || model->rowCount() == 0) {
        QMetaObject::invokeMethod(this, &ViewCaptures::captureAll, Qt::QueuedConnection);
        return;
    }
    connect(view->detail(), &CandidateDetail::stateChanged, this, [this](LoadState state) {
        if (state == LoadState::Ready) // after the panes that show it took the news
            QMetaObject::invokeMethod(this, &ViewCaptures::captureAll, Qt::QueuedConnection);
        else if (state == LoadState::Failed)
            session()->fail(u"the candidate detail did not load"_s);
    });
    session()->window()->showView(MainWindow::View::Candidates);
    view->selectCandidate(model->index(0, 0).data(CandidatesModel::IdRole).toString());
}

void ViewCaptures::captureAll()
{
    if (m_captured)
        return;
    m_captured = true;
    session()->window()->resize(CaptureSession::windowSize);
    const auto views = {MainWindow::View::Marketplace, MainWindow::View::FieldMappings,
                        MainWindow::View::InterviewPlans, MainWindow::View::Candidates,
                        MainWindow::View::Dashboard, MainWindow::View::Settings,
                        MainWindow::View::ApiKeys, MainWindow::View::Webhooks};
    for (const MainWindow::View view : views)
        if (!session()->saveView(view, MainWindow::viewName(view)))
            return;
    Q_EMIT finished(Then::Next);
}

} // namespace Tessera
