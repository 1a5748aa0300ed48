#include "OfferWorkflowCapture.h"

#include "CaptureSession.h"
#include "OfferTab.h"

#include "models/activities/OfferActivities.h"
#include "models/api/ApiCall.h"
#include "models/candidates/CandidateDetail.h"
#include "models/candidates/OffersModel.h"
#include "ui/candidates/CandidateDetailPane.h"
#include "ui/candidates/CandidateTabs.h"
#include "ui/candidates/CandidatesView.h"
#include "ui/candidates/OfferWorkflowPanel.h"

#include <QJsonArray>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

// A value for a required form field the offer leaves empty, by the field's type.
QJsonValue filledIn(const QString &type)
{
    return type == u"Number"_s        ? QJsonValue(90000)
           : type == u"Email"_s       ? QJsonValue(u"offers@example.com"_s)
           : type == u"Date"_s        ? QJsonValue(u"2027-01-04"_s)
           : type == u"ValueSelect"_s ? QJsonValue(u"EUR"_s)
                                      : QJsonValue(u"Filled in"_s);
}
} // namespace

OfferWorkflowCapture::OfferWorkflowCapture(CaptureSession *session, QObject *parent)
    : CaptureScene(session, parent)
{
}

void OfferWorkflowCapture::start()
{
    const QJsonObject filter{{u"approvalStatus"_s, QJsonArray{u"Approved"_s}},
                             {u"acceptanceStatus"_s, QJsonArray{u"WaitingOnResponse"_s}},
                             {u"limit"_s, 1}};
    session()->call(u"offer.list"_s, filter, [this](ApiCall *offers) {
        if (session()->failed(offers, u"the approved offers could not be read"_s))
            return;
        const QJsonObject offer = offers->results().toArray().at(0).toObject();
        const QString offerId = offer[u"id"_s].toString();
        session()->call(u"activity.list"_s, {{u"offerId"_s, offerId}}, [=, this](ApiCall *list) {
            if (session()->failed(list, u"the offer's workflows could not be read"_s))
                return;
            const QString workflowId = list->results()[u"activities"_s].toArray().at(0)
                                           [u"externalWorkflowId"_s].toString();
            if (workflowId.isEmpty()) {
                session()->fail(u"no workflow starts from an offer"_s);
                return;
            }
            const QJsonObject which{{u"offerId"_s, offerId}, {u"externalWorkflowId"_s, workflowId}};
            session()->call(u"activity.form"_s, which, [=, this](ApiCall *form) {
                if (session()->failed(form, u"the workflow's form could not be read"_s))
                    return;
                QJsonObject values;
                for (const QJsonValue field : form->results()[u"fields"_s].toArray())
                    if (field[u"required"_s].toBool() && field[u"value"_s].isNull())
                        values.insert(field[u"key"_s].toString(),
                                      filledIn(field[u"type"_s].toString()));
                QJsonObject startBody = which;
                startBody.insert(u"values"_s, values);
                session()->call(u"activity.start"_s, startBody, [=, this](ApiCall *started) {
                    if (session()->failed(started, u"Juro did not start the workflow"_s))
                        return;
                    session()->call(u"application.info"_s,
                                    {{u"applicationId"_s, offer[u"applicationId"_s]}},
                                    [=, this](ApiCall *application) {
                        if (session()->failed(application,
                                              u"the offer's application could not be read"_s))
                            return;
                        showOfferWorkflow(
                            application->results()[u"candidate"_s][u"id"_s].toString(), offerId);
                    });
                });
            });
        });
    });
}

void OfferWorkflowCapture::showOfferWorkflow(const QString &candidateId, const QString &offerId)
{
    auto *view = session()->view<CandidatesView>(MainWindow::View::Candidates);
    if (!view) {
        Q_EMIT finished(Then::Last);
        return;
    }
    view->selectCandidate(candidateId);
    CandidateTabs *tabs = view->detailPane()->tabs();
    OfferWorkflowPanel *panel = tabs->offerWorkflows();
    if (!panel) {
        Q_EMIT finished(Then::Last);
        return;
    }
    tabs->setCurrentIndex(OfferTab::index);
    const auto selected = [view, offerId] { return OfferTab::select(view, offerId); };
    const auto ready = [selected, panel, offerId] {
        if (!selected() || panel->model()->offerId() != offerId)
            return false;
        for (const CandidateActivity &activity : panel->model()->activities())
            if (!activity.id.isEmpty())
                return true;
        return false;
    };
    session()->whenReady(ready, u"the offer's workflow run did not show"_s, [this] {
        // Queued: after the panel took the answer that made it ready.
        QMetaObject::invokeMethod(this, [this] { finishWith(u"offer-workflow"_s); },
                                  Qt::QueuedConnection);
    }, {view->detail()->status(), panel->model()});
}

} // namespace Tessera
