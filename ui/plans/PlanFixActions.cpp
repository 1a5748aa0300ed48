#include "PlanFixActions.h"

#include "ActivityCard.h"
#include "ActivityPicker.h"
#include "models/api/PlanProtocol.h"
#include "models/plans/PlanActivitiesDocument.h"
#include "models/plans/PlanPalette.h"
#include "models/workflows/ExternalWorkflowsModel.h"
#include "PlanBoard.h"
#include "PlanEditActions.h"
#include "ui/common/MessageBanner.h"
#include "ui/mapping/ExternalWorkflowDialog.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

PlanFixActions::PlanFixActions(PlanActivitiesDocument *document, PlanPalette *palette,
                               PlanBoard *board, PlanEditActions *edits, MessageBanner *banner,
                               QWidget *view)
    : QObject(view)
    , m_document(document)
    , m_palette(palette)
    , m_board(board)
    , m_edits(edits)
    , m_banner(banner)
    , m_view(view)
{
    connect(board, &PlanBoard::fixRequested, this, &PlanFixActions::fix);
}

void PlanFixActions::fix(const QString &activityId, const QString &problemCode)
{
    const auto placement = m_document->placement(activityId);
    if (!placement)
        return;
    if (problemCode == QLatin1StringView(Protocol::ActivityProblem::packageWithdrawn)) {
        choosePackage(activityId);
    } else if (problemCode == QLatin1StringView(Protocol::ActivityProblem::integrationDisabled)) {
        Q_EMIT marketplaceRequested(placement->activity.integrationId);
    } else if (problemCode == QLatin1StringView(Protocol::ActivityProblem::wrongEntryPoint)) {
        editWorkflow(activityId);
    } else if (problemCode == QLatin1StringView(Protocol::ActivityProblem::stageArchived)) {
        if (ActivityCard *from = m_board->card(activityId))
            from->setFocus();
        m_edits->showMoveToMenu();
    } else {
        m_board->focusStageNext(placement->activity.interviewStageId);
        m_document->remove(activityId);
    }
}

void PlanFixActions::choosePackage(const QString &activityId)
{
    const auto placement = m_document->placement(activityId);
    if (!placement)
        return;
    const QString integrationId = placement->activity.integrationId;
    const QList<PaletteItem> packages = m_palette->packagesOf(integrationId);
    if (packages.isEmpty()) {
        m_banner->showMessage(StatusPalette::Status::Unavailable,
                              tr("%1 offers no packages right now; remove this activity or try "
                                 "again later.")
                                  .arg(m_palette->integrationName(integrationId)));
        return;
    }
    const QString partner = m_palette->integrationName(integrationId);
    auto *picker = new ActivityPicker(
        [partner] {
            return ActivityPicker::Texts{tr("Choose another package"),
                                         tr("&Packages of %1").arg(partner),
                                         tr("&Use this package")};
        },
        packages, m_view);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &ActivityPicker::chosen, this, [this, activityId](const QString &key) {
        const auto item = m_palette->item(key);
        if (!item)
            return;
        m_board->focusCardNext(activityId);
        if (!m_document->changeConfig(activityId, item->configId, item->title))
            m_board->focusCardNext({});
    });
    picker->open();
}

void PlanFixActions::editWorkflow(const QString &activityId)
{
    const auto placement = m_document->placement(activityId);
    ExternalWorkflowsModel *model =
        placement ? m_palette->workflowsOf(placement->activity.integrationId) : nullptr;
    const ExternalWorkflow *workflow =
        model ? model->workflowById(placement->activity.configId()) : nullptr;
    if (!workflow) {
        m_banner->showMessage(StatusPalette::Status::Attention,
                              tr("The workflow is not loaded yet; try again in a moment."));
        return;
    }
    auto *dialog = new ExternalWorkflowDialog(model, workflow, m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectEntryPoint(u"interviewPlanActivity"_s);
    connect(dialog, &ExternalWorkflowDialog::workflowSaved, this, [this] {
        m_palette->load();
        // The backend computes the problems when the plan is read.
        if (!m_document->isDirty())
            m_document->reload();
        else
            m_banner->showMessage(StatusPalette::Status::Ok,
                                  tr("The workflow's entry point is changed. Save the plan to "
                                     "see its problems checked again."));
    });
    dialog->open();
}

} // namespace Tessera
