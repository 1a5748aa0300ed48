#include "CaptureRunner.h"

#include "CandidateActivitiesCapture.h"
#include "CaptureSession.h"
#include "DashboardCaptures.h"
#include "EmptyStateCapture.h"
#include "ErrorStateCapture.h"
#include "LoadingStateCapture.h"
#include "MappingCaptures.h"
#include "MarketplacePanelCapture.h"
#include "MarketplaceStatesCapture.h"
#include "OfferApprovalCapture.h"
#include "OfferWorkflowCapture.h"
#include "PlanCaptures.h"
#include "ViewCaptures.h"
#include "WizardCaptures.h"

#include "app/ConsoleController.h"

#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
constexpr int deadlineMs = 300'000;
} // namespace

CaptureRunner::CaptureRunner(ConsoleController *console, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_session(new CaptureSession(console, directory, this))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { fail(u"the capture did not finish within 300 s"_s); });
    m_deadline.start(deadlineMs);
    connect(m_session, &CaptureSession::failure, this, &CaptureRunner::fail);
    connect(console, &ConsoleController::fatalError, this, &CaptureRunner::fail);
    new LoadingStateCapture(m_session, this);
    m_scenes = {new ViewCaptures(m_session, this),
                new EmptyStateCapture(m_session, this),
                new MappingCaptures(m_session, this),
                new MarketplacePanelCapture(m_session, this),
                new WizardCaptures(m_session, this),
                new PlanCaptures(m_session, this),
                new MarketplaceStatesCapture(m_session, this),
                new DashboardCaptures(m_session, this),
                new CandidateActivitiesCapture(m_session, this),
                new OfferWorkflowCapture(m_session, this),
                new OfferApprovalCapture(m_session, this),
                new ErrorStateCapture(m_session, this)};
    for (qsizetype index = 0; index < m_scenes.size(); ++index)
        connect(m_scenes.at(index), &CaptureScene::finished, this,
                [this, index](CaptureScene::Then then) {
                    const qsizetype last = m_scenes.size() - 1;
                    startScene(then == CaptureScene::Then::Last && index < last ? last : index + 1);
                });
    connect(console, &ConsoleController::ready, this, [this] {
        if (!m_started) {
            m_started = true;
            startScene(0);
        }
    });
}

void CaptureRunner::startScene(qsizetype index)
{
    if (index < m_scenes.size())
        m_scenes.at(index)->start();
    else
        finish();
}

void CaptureRunner::finish()
{
    QTextStream(stdout) << "captured " << m_session->savedCount() << " pictures into "
                        << m_session->directory().absolutePath() << "\n";
    Q_EMIT done(0);
}

void CaptureRunner::fail(const QString &message)
{
    QTextStream(stderr) << "tessera --capture: " << message << "\n";
    Q_EMIT done(1);
}

} // namespace Tessera
