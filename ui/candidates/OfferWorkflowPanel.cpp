#include "OfferWorkflowPanel.h"

#include "models/activities/OfferActivities.h"
#include "models/core/DisplayText.h"
#include "OfferRunRow.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"
#include "ui/common/TextStyle.h"
#include "WorkflowFieldsForm.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

OfferWorkflowPanel::OfferWorkflowPanel(OfferActivities *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_details(new QLabel(this))
    , m_state(new QLabel(this))
    , m_approve(new QPushButton(this))
    , m_approveBox(new QWidget(this))
    , m_approveText(new QLabel(m_approveBox))
    , m_approveBack(new QPushButton(m_approveBox))
    , m_approveConfirm(new QPushButton(m_approveBox))
    , m_pickRow(new QWidget(this))
    , m_pickLabel(new QLabel(m_pickRow))
    , m_pick(new QComboBox(m_pickRow))
    , m_start(new QPushButton(m_pickRow))
    , m_formBox(new QWidget(this))
    , m_formTitle(new QLabel(m_formBox))
    , m_fields(new WorkflowFieldsForm(m_formBox))
    , m_confirmText(new QLabel(m_formBox))
    , m_back(new QPushButton(m_formBox))
    , m_confirm(new QPushButton(m_formBox))
    , m_banner(new MessageBanner(this))
    , m_runsTitle(new QLabel(this))
    , m_runs(new QVBoxLayout)
{
    setObjectName(u"offerWorkflowPanel"_s);
    m_details->setObjectName(u"offerDetails"_s);
    m_state->setObjectName(u"offerWorkflowState"_s);
    m_approve->setObjectName(u"offerApprove"_s);
    m_approveBox->setObjectName(u"offerApproveConfirmBox"_s);
    m_approveText->setObjectName(u"offerApproveText"_s);
    m_approveBack->setObjectName(u"offerApproveBack"_s);
    m_approveConfirm->setObjectName(u"offerApproveConfirm"_s);
    m_pick->setObjectName(u"offerWorkflowPick"_s);
    m_start->setObjectName(u"offerStartWorkflow"_s);
    m_formBox->setObjectName(u"offerWorkflowForm"_s);
    m_confirmText->setObjectName(u"offerConfirmText"_s);
    m_back->setObjectName(u"offerConfirmBack"_s);
    m_confirm->setObjectName(u"offerConfirmStart"_s);
    m_banner->setObjectName(u"offerWorkflowError"_s);
    m_runsTitle->setObjectName(u"offerRunsTitle"_s);
    TextStyle::apply(m_formTitle, TextStyle::Role::Section);
    TextStyle::apply(m_runsTitle, TextStyle::Role::Section);
    for (QLabel *label : {m_details, m_state, m_confirmText, m_approveText})
        label->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pickLabel->setBuddy(m_pick);

    auto *pickRow = new QHBoxLayout(m_pickRow);
    pickRow->setContentsMargins(0, 0, 0, 0);
    pickRow->addWidget(m_pickLabel);
    pickRow->addWidget(m_pick, 1);
    pickRow->addWidget(m_start);

    // The workflow's fields beside the offer's terms, to check they match.
    auto *form = new QVBoxLayout(m_formBox);
    Spacing::setGroupMargins(form);
    form->addWidget(m_formTitle);
    form->addWidget(m_fields);
    form->addWidget(m_confirmText);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_confirm);
    form->addLayout(buttons);

    // Approving is confirmed inline first: who and what.
    auto *approveRow = new QHBoxLayout;
    approveRow->setContentsMargins(0, 0, 0, 0);
    approveRow->addWidget(m_approve);
    approveRow->addStretch(1);
    auto *approveBox = new QVBoxLayout(m_approveBox);
    approveBox->setContentsMargins(0, 0, 0, 0);
    approveBox->addWidget(m_approveText);
    auto *approveButtons = new QHBoxLayout;
    approveButtons->addStretch(1);
    approveButtons->addWidget(m_approveBack);
    approveButtons->addWidget(m_approveConfirm);
    approveBox->addLayout(approveButtons);

    auto *side = new QHBoxLayout;
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(m_details, 1, Qt::AlignTop);
    side->addWidget(m_formBox, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Spacing::Normal, 0, 0);
    layout->addLayout(side);
    layout->addWidget(m_state);
    layout->addLayout(approveRow);
    layout->addWidget(m_approveBox);
    layout->addWidget(m_pickRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_runsTitle);
    layout->addLayout(m_runs);
    layout->addStretch(1); // in a scroll area taller than the panel, the space stays below
    m_formBox->hide();
    m_approveBox->hide();
    hide();

    connect(m_model, &OfferActivities::changed, this, &OfferWorkflowPanel::render);
    connect(m_start, &QPushButton::clicked, this, &OfferWorkflowPanel::openForm);
    connect(m_approve, &QPushButton::clicked, this, [this] {
        m_approveOpen = true;
        render();
        m_approveConfirm->setFocus(Qt::OtherFocusReason);
    });
    connect(m_approveBack, &QPushButton::clicked, this, [this] {
        m_approveOpen = false;
        render();
        m_approve->setFocus(Qt::OtherFocusReason);
    });
    connect(m_approveConfirm, &QPushButton::clicked, this, [this] {
        m_approving = true;
        m_model->approve(m_offer.latestVersionId);
    });
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_formOpen = false;
        render();
        m_start->setFocus(Qt::OtherFocusReason);
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (!m_fields->hasForm() || !m_fields->validate())
            return;
        m_approving = false;
        m_model->start(m_fields->form().workflowId, m_fields->values());
    });
    Retranslator::follow(this, [this] {
        m_pickLabel->setText(tr("&Workflow:"));
        m_start->setText(tr("Start &workflow…"));
        m_back->setText(tr("Back"));
        m_approve->setText(tr("&Approve offer…"));
        m_approveBack->setText(tr("Back"));
        m_runsTitle->setText(tr("Workflows on this offer"));
        render();
    });
}

void OfferWorkflowPanel::setOffer(const Offer &offer, const QString &jobTitle,
                                  const QString &candidateName)
{
    if (offer.id != m_offer.id) {
        m_formOpen = false;
        m_approveOpen = false;
        m_approving = false; // an error shown next is about this offer's actions
        m_fields->setForm({});
    }
    m_offer = offer;
    m_jobTitle = jobTitle;
    m_candidateName = candidateName;
    setVisible(!offer.id.isEmpty());
    m_model->show(offer.id);
    render();
}

void OfferWorkflowPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setWatched(true);
}

void OfferWorkflowPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setWatched(false);
}

void OfferWorkflowPanel::openForm()
{
    const QString workflowId = m_pick->currentData().toString();
    if (workflowId.isEmpty())
        return;
    m_approving = false; // the form's errors are the workflow's, not the approval's
    if (m_fields->form().workflowId != workflowId)
        m_fields->setForm({});
    m_openedWorkflowId = workflowId;
    m_formOpen = true;
    m_model->loadForm(workflowId);
    render();
}

void OfferWorkflowPanel::render()
{
    const Offer &offer = m_offer;
    const bool approved = offer.approvalStatus == u"Approved"_s;
    m_details->setText(
        tr("Job: %1\nSalary: %2\nStart date: %3\nStatus: %4")
            .arg(m_jobTitle.isEmpty() ? tr("—") : m_jobTitle,
                 offer.salary ? DisplayText::money(*offer.salary, offer.currency) : tr("—"),
                 DisplayText::date(offer.startDate), DisplayText::offerStatus(offer.offerStatus)));
    m_details->setAccessibleName(tr("Offer details"));

    QList<CandidateActivity> startable;
    QList<CandidateActivity> runs;
    for (const CandidateActivity &activity : m_model->activities())
        (activity.id.isEmpty() ? startable : runs) << activity;

    // Refilled only when the workflows changed, so a poll never closes an open list under the
    // user; the picked workflow stays picked.
    bool samePick = m_pick->count() == startable.size();
    for (qsizetype i = 0; samePick && i < startable.size(); ++i)
        samePick = m_pick->itemData(int(i)).toString() == startable.at(i).externalWorkflowId
                   && m_pick->itemText(int(i)) == startable.at(i).title;
    if (!samePick) {
        const QString picked = m_pick->currentData().toString();
        m_pick->clear();
        for (const CandidateActivity &workflow : std::as_const(startable))
            m_pick->addItem(workflow.title, workflow.externalWorkflowId);
        if (const int index = m_pick->findData(picked); index >= 0)
            m_pick->setCurrentIndex(index);
    }
    m_pick->setAccessibleName(tr("Workflow to start on this offer"));

    QString state;
    if (!approved && !offer.approvalStatus.isEmpty())
        state = tr("This offer is waiting for approval. Its workflows can start once it is "
                   "approved.");
    else if (!m_model->isLoaded() && m_model->listError().isError())
        state = m_model->listError().userMessage();
    else if (!m_model->isLoaded())
        state = tr("Loading the offer's workflows…");
    else if (startable.isEmpty() && runs.isEmpty())
        state = tr("No workflow starts from an offer. Add one with the entry point \"Offer\" "
                   "in the Juro integration.");
    m_state->setText(state);
    m_state->setVisible(!state.isEmpty());
    const bool waiting = offer.approvalStatus == u"WaitingOnApprovals"_s;
    if (!waiting && m_approveOpen) {
        m_approveOpen = false;
        // Approved from here: the keyboard goes on to Start workflow once it is there.
        m_focusStart = m_approveBox->isAncestorOf(QApplication::focusWidget());
    }
    const bool approving = m_model->isApproving();
    m_approve->setVisible(waiting && !m_approveOpen);
    m_approve->setEnabled(!approving && !offer.latestVersionId.isEmpty());
    m_approveBox->setVisible(waiting && m_approveOpen);
    const QString salary = offer.salary ? DisplayText::money(*offer.salary, offer.currency)
                                        : tr("no salary given");
    m_approveText->setText(
        tr("Approve the offer for %1 (%2)? Partners can then start workflows on it.")
            .arg(m_candidateName.isEmpty() ? tr("this candidate") : m_candidateName, salary));
    m_approveConfirm->setText(approving ? tr("Approving…") : tr("Approve"));
    m_approveConfirm->setAccessibleName(tr("Confirm: approve the offer for %1")
                                            .arg(m_candidateName.isEmpty() ? tr("this candidate")
                                                                           : m_candidateName));
    // Enabled while it runs, so the focus stays here (a second press sends nothing).
    m_approveConfirm->setAccessibleDescription(approving ? tr("Approving…") : QString());
    m_pickRow->setVisible(approved && !startable.isEmpty() && !m_formOpen);
    if (m_focusStart && m_pickRow->isVisibleTo(this)) {
        m_focusStart = false;
        m_start->setFocus(Qt::OtherFocusReason);
    }
    m_start->setEnabled(!m_model->isStarting());

    const WorkflowForm *form = m_model->form();
    // Only the form of the workflow the user picked last: never one asked for before.
    if (form && m_formOpen && !m_fields->hasForm() && form->workflowId == m_openedWorkflowId) {
        m_fields->setForm(*form);
        if (!m_fields->editors().isEmpty())
            m_fields->editors().first()->setFocus(Qt::OtherFocusReason);
    }
    const bool formShown = m_formOpen && approved;
    m_formBox->setVisible(formShown);
    m_fields->setVisible(m_fields->hasForm());
    m_fields->setEditorsEnabled(!m_model->isStarting());
    const QString title = m_fields->hasForm() ? m_fields->form().title : m_pick->currentText();
    m_formTitle->setText(tr("Fields sent to Juro for \"%1\"").arg(title));
    m_confirmText->setText(m_fields->hasForm()
                               ? tr("Check that the fields match the offer's terms beside them. "
                                    "Juro receives them and starts \"%1\".")
                                     .arg(title)
                               : tr("Loading the fields of \"%1\"…").arg(title));
    m_confirm->setText(m_model->isStarting() ? tr("Starting…") : tr("Start workflow"));
    m_confirm->setAccessibleName(tr("Confirm: start %1").arg(title));
    m_confirm->setEnabled(m_fields->hasForm() && !m_model->isStarting());
    m_back->setEnabled(!m_model->isStarting());

    const ApiError error = m_model->actionError();
    if (error.isError())
        m_banner->showMessage(StatusPalette::Status::Failing,
                              m_approving ? approveErrorMessage() : error.userMessage(),
                              error.details(), false);
    else
        m_banner->clear();

    // A started run closes the form.
    if (m_formOpen && !error.isError() && !m_model->isStarting() && !m_model->isFormLoading()
        && m_model->form() == nullptr && m_fields->hasForm()) {
        m_formOpen = false;
        m_fields->setForm({});
        m_formBox->hide();
        m_pickRow->setVisible(approved && !startable.isEmpty());
    }

    renderRuns(runs);
    m_runsTitle->setVisible(!runs.isEmpty());
}

// The runs' rows: the same widgets while the runs are the same ones in the same order, so a
// poll keeps keyboard focus and a screen reader's place; rebuilt only when runs come or go.
void OfferWorkflowPanel::renderRuns(const QList<CandidateActivity> &runs)
{
    bool same = m_runRows.size() == runs.size();
    for (qsizetype i = 0; same && i < runs.size(); ++i)
        same = m_runRows.at(i)->run().id == runs.at(i).id;
    if (!same) {
        qDeleteAll(m_runRows);
        m_runRows.clear();
        for (qsizetype i = 0; i < runs.size(); ++i) {
            auto *row = new OfferRunRow(this);
            connect(row, &OfferRunRow::cancelRequested, this,
                    [this](const QString &activityId, const QString &reason) {
                        m_approving = false;
                        m_model->cancel(activityId, reason);
                    });
            m_runs->addWidget(row);
            m_runRows << row;
        }
    }
    const QString cancelling = m_model->cancellingId();
    for (qsizetype i = 0; i < runs.size(); ++i)
        m_runRows.at(i)->setRun(runs.at(i), !cancelling.isEmpty() && cancelling == runs.at(i).id);
}

// A key without offersWrite is told what to do; any other refusal is the server's sentence.
QString OfferWorkflowPanel::approveErrorMessage() const
{
    const ApiError error = m_model->actionError();
    if (error.kind() == ApiError::Kind::Forbidden && !error.missingPermission().isEmpty())
        return tr("This API key may not approve offers: it lacks the \"%1\" permission. Approve "
                  "the offer in the ATS, or reconnect in Settings with a key that has it.")
            .arg(error.missingPermission());
    return error.userMessage();
}

} // namespace Tessera
