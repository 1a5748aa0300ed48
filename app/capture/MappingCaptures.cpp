#include "MappingCaptures.h"

#include "CaptureSession.h"

#include "models/core/LoadStatus.h"
#include "models/mapping/CandidateLookup.h"
#include "models/mapping/MappingDocument.h"
#include "models/mapping/PreviewModel.h"
#include "models/mapping/SourceFieldsModel.h"
#include "models/session/BackendContext.h"
#include "models/workflows/ExternalWorkflowsModel.h"
#include "ui/mapping/ExternalWorkflowDialog.h"
#include "ui/mapping/ExternalWorkflowsPane.h"
#include "ui/mapping/FieldMappingsView.h"
#include "ui/mapping/PreviewPane.h"
#include "ui/mapping/TransformChainEditor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

MappingCaptures::MappingCaptures(CaptureSession *session, QObject *parent)
    : CaptureScene(session, parent)
{
}

// The editor on Sora's employee mapping: workState from the candidate's state through a value
// map (CA → California), previewed for a candidate in California.
void MappingCaptures::start()
{
    MainWindow *window = session()->window();
    auto *view = session()->view<FieldMappingsView>(MainWindow::View::FieldMappings);
    if (!view) {
        Q_EMIT finished(Then::Next);
        return;
    }
    window->showView(MainWindow::View::FieldMappings);
    view->open(u"sora"_s, u"employee"_s);
    const auto loaded = [view] {
        return view->document()->status()->state() == LoadState::Ready
            && view->document()->integrationId() == u"sora"
            && view->sourceFields()->status()->state() != LoadState::Loading;
    };
    const QList<QObject *> editor{view->document()->status(), view->sourceFields()->status(),
                                  view->preview()->status()};
    session()->whenReady(loaded, u"the Sora mapping did not load"_s, [this, view, window, editor] {
        MappingDocument *document = view->document();
        document->mapSource(u"workState"_s, u"candidate.locationRegion"_s);
        const QJsonObject map{{u"CA"_s, u"California"_s}, {u"NY"_s, u"New York"_s},
                              {u"TX"_s, u"Texas"_s}, {u"WA"_s, u"Washington"_s}};
        document->setTransforms(u"workState"_s,
                                QJsonArray{QJsonObject{{u"type"_s, u"valueMap"_s}, {u"map"_s, map}}});
        view->selectTarget(u"workState"_s);
        findCandidateEmailInRegion(
            session()->context()->client(), u"CA"_s, this,
            [this, view, window, editor](const Outcome<QString> &email) {
                if (!email.ok() || email.value.isEmpty()) {
                    session()->fail(u"no candidate in California to preview"_s);
                    return;
                }
                view->previewPane()->showCandidate(email.value);
                const auto previewed = [view] {
                    return view->preview()->status()->state() == LoadState::Ready
                        || view->preview()->status()->state() == LoadState::Failed;
                };
                session()->whenReady(previewed, u"the mapping preview did not load"_s,
                                     [this, view, window] {
                    if (session()->saveSettled(window, u"field-mappings"_s)
                        && session()->save(view->transformEditor(), u"value-map-editor"_s))
                        captureJuroWorkflows();
                }, editor);
            });
    }, editor);
}

// Juro's external workflows above the editor (two made here unless some exist), then the
// New workflow dialog.
void MappingCaptures::captureJuroWorkflows()
{
    MainWindow *window = session()->window();
    auto *view = session()->view<FieldMappingsView>(MainWindow::View::FieldMappings);
    ExternalWorkflowsPane *pane = view->workflowsPane();
    view->open(u"juro"_s, u"workflow:employment-contract"_s);
    const auto loaded = [view, pane] {
        return view->document()->status()->state() == LoadState::Ready
            && view->document()->integrationId() == u"juro"
            && (pane->model()->status()->state() == LoadState::Ready
                || pane->model()->status()->state() == LoadState::Failed);
    };
    const QList<QObject *> watched{view->document()->status(), view->preview()->status(),
                                   pane->model()->status(), pane->model()};
    session()->whenReady(loaded, u"the Juro mapping or its workflows did not load"_s,
                         [this, view, pane, window, watched] {
        ExternalWorkflowsModel *model = pane->model();
        if (model->status()->state() == LoadState::Ready && model->rowCount() == 0) {
            // Titles an admin would type, in the run's language. They keep the translation
            // context they were written in (CaptureRunner), so the shipped translations hold.
            model->create(QCoreApplication::translate("Tessera::CaptureRunner",
                                                      "Employment contract (UK)"),
                          u"offer"_s, u"employment-contract"_s);
            model->create(QCoreApplication::translate("Tessera::CaptureRunner",
                                                      "Contractor agreement"),
                          u"interviewPlanActivity"_s, u"contractor-agreement"_s);
        }
        // A mapping under way, previewed for the same candidate as Sora's.
        MappingDocument *document = view->document();
        const QList<std::pair<QString, QString>> rows{
            {u"employeeName"_s, u"candidate.name"_s},
            {u"employeeEmail"_s, u"candidate.personalEmail"_s},
            {u"jobTitle"_s, u"job.title"_s},
            {u"startDate"_s, u"offer.startDate"_s},
            {u"annualSalary"_s, u"offer.salary.value"_s},
            {u"salaryCurrency"_s, u"offer.salary.currencyCode"_s}};
        for (const auto &[target, source] : rows)
            if (!document->row(target))
                document->mapSource(target, source);
        view->selectTarget(u"employeeName"_s);
        view->preview()->refresh(); // now, not after the debounce: the wait below needs it
        const auto listed = [model, view] {
            return (model->status()->state() != LoadState::Ready || model->rowCount() >= 2)
                && (view->preview()->status()->state() == LoadState::Ready
                    || view->preview()->status()->state() == LoadState::Failed);
        };
        session()->whenReady(listed, u"the Juro workflows were not created"_s, [this, pane, window] {
            const ExternalWorkflow *first = pane->model()->workflow(0);
            if (!first) {
                session()->fail(u"the Juro workflows did not load"_s);
                return;
            }
            pane->selectWorkflow(first->id);
            // Settled: the selection's detail lays out before the grab.
            if (session()->saveSettled(window, u"field-mappings-juro"_s))
                captureWorkflowDialog(pane);
        }, watched);
    }, watched);
}

void MappingCaptures::captureWorkflowDialog(ExternalWorkflowsPane *pane)
{
    pane->newWorkflow();
    auto *dialog = pane->findChild<ExternalWorkflowDialog *>();
    if (!dialog) {
        session()->fail(u"the New workflow dialog did not open"_s);
        return;
    }
    dialog->titleEdit()->setText(QCoreApplication::translate("Tessera::CaptureRunner", "Offer NDA"));
    dialog->selectEntryPoint(u"offer"_s);
    if (!session()->saveSettled(dialog, u"workflow-dialog"_s))
        return;
    dialog->reject();
    Q_EMIT finished(Then::Next);
}

} // namespace Tessera
