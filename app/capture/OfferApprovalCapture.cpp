#include "OfferApprovalCapture.h"

#include "CaptureSession.h"
#include "OfferTab.h"

#include "models/activities/OfferActivities.h"
#include "models/api/ApiCall.h"
#include "models/candidates/CandidateDetail.h"
#include "models/core/LoadStatus.h"
#include "ui/candidates/CandidateDetailPane.h"
#include "ui/candidates/CandidateTabs.h"
#include "ui/candidates/CandidatesView.h"
#include "ui/candidates/OfferWorkflowPanel.h"

#include <QJsonArray>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

OfferApprovalCapture::OfferApprovalCapture(CaptureSession *session, QObject *parent)
    : CaptureScene(session, parent)
{
}

void OfferApprovalCapture::start()
{
    const QJsonObject filter{{u"approvalStatus"_s, QJsonArray{u"WaitingOnApprovals"_s}},
                             {u"limit"_s, 1}};
    session()->call(u"offer.list"_s, filter, [this](ApiCall *offers) {
        if (session()->failed(offers, u"the offers waiting for approval could not be read"_s))
            return;
        const QJsonObject offer = offers->results().toArray().at(0).toObject();
        if (offer.isEmpty()) {
            session()->fail(u"no offer waits for approval"_s);
            return;
        }
        session()->call(u"application.info"_s, {{u"applicationId"_s, offer[u"applicationId"_s]}},
                        [=, this](ApiCall *application) {
            if (session()->failed(application, u"the offer's application could not be read"_s))
                return;
            showApproval(application->results()[u"candidate"_s][u"id"_s].toString(),
                         offer[u"id"_s].toString());
        });
    });
}

void OfferApprovalCapture::showApproval(const QString &candidateId, const QString &offerId)
{
    auto *view = session()->view<CandidatesView>(MainWindow::View::Candidates);
    OfferWorkflowPanel *panel = view ? view->detailPane()->tabs()->offerWorkflows() : nullptr;
    auto *approve = panel ? panel->findChild<QPushButton *>(u"offerApprove"_s) : nullptr;
    if (!approve) {
        Q_EMIT finished(Then::Next);
        return;
    }
    view->openCandidate(candidateId);
    view->detailPane()->tabs()->setCurrentIndex(OfferTab::index);
    const auto ready = [view, panel, approve, offerId] {
        return OfferTab::select(view, offerId) && panel->model()->offerId() == offerId
            && approve->isVisible();
    };
    session()->whenReady(ready, u"the offer waiting for approval did not show"_s, [this, approve] {
        QMetaObject::invokeMethod(this, [this, approve] {
            approve->click(); // opens the confirmation; nothing is sent
            finishWith(u"offer-approve"_s);
        }, Qt::QueuedConnection);
    }, {view->detail()->status(), panel->model()});
}

} // namespace Tessera
