#include "ExternalWorkflowsPane.h"

#include "ExternalWorkflowDialog.h"
#include "models/core/LoadStatus.h"
#include "models/mapping/MappingTargets.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

using namespace AdminPageParts;

ExternalWorkflowsPane::ExternalWorkflowsPane(ExternalWorkflowsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_toggle(new QToolButton(this))
    , m_body(new QWidget(this))
    , m_banner(new MessageBanner(m_body))
    , m_table(makeTable(m_body, {}))
    , m_usage(new QLabel(m_body))
    , m_new(makeAction(this, {}, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)))
    , m_edit(makeAction(this, {}, QKeySequence(Qt::Key_F2)))
    , m_delete(makeAction(this, {}, QKeySequence::Delete))
    , m_editMapping(makeAction(this, {}, QKeySequence(Qt::CTRL | Qt::Key_E)))
{
    m_model->setParent(this);
    setObjectName(u"externalWorkflowsPane"_s);
    m_toggle->setObjectName(u"workflowsToggle"_s);
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setArrowType(Qt::DownArrow);
    QFont bold = m_toggle->font();
    bold.setBold(true);
    m_toggle->setFont(bold);

    m_table->setObjectName(u"workflowsTable"_s);
    m_table->setModel(m_model);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(ExternalWorkflowsModel::TitleColumn, QHeaderView::Stretch);
    columns->setStretchLastSection(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_editMapping, m_edit, m_delete});
    // Enter opens the mapping (a shortcut, not an action: the context menu has that already).
    QList<QShortcut *> openOnEnter;
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, m_table);
        shortcut->setContext(Qt::WidgetShortcut);
        openOnEnter << shortcut;
    }
    m_usage->setObjectName(u"workflowUsage"_s);
    m_usage->setWordWrap(true);

    m_pages = makeStatePages(m_body, m_table, m_new, {});

    auto *buttons = new QVBoxLayout;
    for (QAction *action : {m_new, m_edit, m_delete, m_editMapping})
        buttons->addWidget(buttonFor(action, m_body));
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_pages.stack, 1);
    row->addLayout(buttons);
    auto *bodyLayout = new QVBoxLayout(m_body);
    Spacing::setGroupMargins(bodyLayout);
    bodyLayout->addWidget(m_banner);
    bodyLayout->addLayout(row);
    bodyLayout->addWidget(m_usage);

    auto *layout = new QVBoxLayout(this);
    Spacing::setGroupMargins(layout);
    layout->addWidget(m_toggle);
    layout->addWidget(m_body);

    connect(m_toggle, &QToolButton::toggled, this, &ExternalWorkflowsPane::setExpanded);
    connect(m_new, &QAction::triggered, this, &ExternalWorkflowsPane::newWorkflow);
    connect(m_edit, &QAction::triggered, this, &ExternalWorkflowsPane::editSelected);
    connect(m_delete, &QAction::triggered, this, &ExternalWorkflowsPane::deleteSelected);
    connect(m_editMapping, &QAction::triggered, this, [this] {
        if (const ExternalWorkflow *workflow = m_model->workflowById(selectedWorkflowId()))
            Q_EMIT mappingRequested(workflow->target);
    });
    for (QShortcut *shortcut : openOnEnter)
        connect(shortcut, &QShortcut::activated, m_editMapping, &QAction::trigger);
    connect(m_table, &QTableView::doubleClicked, m_editMapping, &QAction::trigger);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExternalWorkflowsPane::updateActions);
    connect(m_model->status(), &LoadStatus::stateChanged, this, [this](LoadState state) {
        if (state == LoadState::Loading)
            m_banner->clear(); // a retry under way: the old error no longer applies
        updateState();
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_reselectId = selectedWorkflowId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!selectWorkflow(m_reselectId) && m_model->rowCount() > 0)
            m_table->selectRow(0);
        updateState();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ExternalWorkflowsPane::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ExternalWorkflowsPane::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ExternalWorkflowsPane::updateUsage);
    connect(m_model, &ExternalWorkflowsModel::actionFailed, this,
            [this](ExternalWorkflowsModel::Action action, const QString &, const ApiError &error) {
                // Create and update failures show in their dialog.
                if (action == ExternalWorkflowsModel::Action::Delete)
                    m_banner->showError(error, false);
            });
    connect(m_banner, &MessageBanner::retryRequested, m_model, &ExternalWorkflowsModel::reload);
    Retranslator::follow(this, [this] {
        m_table->setAccessibleName(tr("Juro workflows"));
        m_table->setAccessibleDescription(tr("Press Enter to edit the selected workflow's field "
                                             "mapping, F2 to edit the workflow."));
        setActionText(m_new, tr("&New workflow…"));
        setActionText(m_edit, tr("Edit wor&kflow…"));
        setActionText(m_delete, tr("De&lete workflow"));
        setActionText(m_editMapping, tr("Edit field mapp&ing"));
        m_pages.empty->setAction(tr("New workflow…"));
        m_pages.emptyAction->setAccessibleName(tr("New workflow"));
        setExpanded(isExpanded());
        updateState();
        updateUsage();
    });
}

void ExternalWorkflowsPane::start(const QString &integrationId)
{
    if (m_model->integrationId() == integrationId && m_model->status()->state() != LoadState::Failed
        && m_model->status()->state() != LoadState::Idle)
        return;
    m_model->load(integrationId);
}

bool ExternalWorkflowsPane::isExpanded() const
{
    return m_toggle->isChecked();
}

void ExternalWorkflowsPane::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
    m_toggle->setAccessibleDescription(expanded ? tr("Expanded") : tr("Collapsed"));
    updateActions(); // the keys act only on what is shown
}

void ExternalWorkflowsPane::setShownTarget(const QString &target)
{
    m_shownTarget = target;
    updateUsage();
}

QString ExternalWorkflowsPane::selectedWorkflowId() const
{
    const int row = selectedRow(m_table);
    return row >= 0 ? m_model->index(row, 0).data(ExternalWorkflowsModel::IdRole).toString()
                    : QString();
}

bool ExternalWorkflowsPane::selectWorkflow(const QString &workflowId)
{
    const int row = m_model->rowOf(workflowId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void ExternalWorkflowsPane::updateState()
{
    const int count = m_model->rowCount();
    m_toggle->setText(m_model->status()->state() == LoadState::Ready
                          ? tr("Juro workflows (%n)", nullptr, count)
                          : tr("Juro workflows"));
    m_toggle->setAccessibleName(m_toggle->text());
    if (m_model->status()->state() == LoadState::Failed)
        m_banner->showError(m_model->status()->lastError(), true);
    m_pages.emptyAction->setVisible(m_model->status()->state() != LoadState::Failed);
    fitHeight();
    // Sized here (rows arrive one by one) rather than by ResizeToContents, which lagged.
    for (int column = ExternalWorkflowsModel::EntryPointColumn;
         column < ExternalWorkflowsModel::ColumnCount; ++column)
        m_table->resizeColumnToContents(column);
    m_pages.show(m_model->status()->state(), count, tr("Loading Juro's workflows…"),
                 m_model->status()->state() == LoadState::Failed
                     ? tr("Juro's workflows could not be loaded.")
                     : tr("No workflows yet. A workflow lets recruiters start a Juro contract from an "
                    "interview plan activity or from an offer, filled from the ATS through its "
                    "template's field mapping."));
    updateActions();
    updateUsage();
}

// The list takes the height of its rows (two to five; more scroll), so the editor below keeps
// the room.
void ExternalWorkflowsPane::fitHeight()
{
    const int rows = std::clamp(m_model->rowCount(), 2, 5);
    const int height = m_table->horizontalHeader()->sizeHint().height()
                     + rows * m_table->verticalHeader()->defaultSectionSize()
                     + 2 * m_table->frameWidth();
    m_pages.stack->setFixedHeight(std::max(height, m_pages.stack->widget(EmptyPage)
                                                       ->minimumSizeHint().height()));
}

void ExternalWorkflowsPane::updateActions()
{
    const bool selected = selectedRow(m_table) >= 0;
    const bool ready = m_model->status()->state() == LoadState::Ready && isExpanded();
    m_new->setEnabled(ready);
    m_edit->setEnabled(ready && selected);
    m_delete->setEnabled(ready && selected);
    m_editMapping->setEnabled(ready && selected);
}

void ExternalWorkflowsPane::updateUsage()
{
    QString templateLabel;
    for (const MappingTarget &partnerTemplate : m_model->templates())
        if (partnerTemplate.target == m_shownTarget)
            templateLabel = partnerTemplate.label;
    if (templateLabel.isEmpty() || m_model->status()->state() != LoadState::Ready) {
        m_usage->clear();
        m_usage->hide();
        return;
    }
    QStringList titles;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (const ExternalWorkflow *workflow = m_model->workflow(row);
            workflow->target == m_shownTarget)
            titles << tr("“%1”").arg(workflow->title);
    m_usage->setText(titles.isEmpty()
                         ? tr("No workflow uses the %1 template yet; its mapping below applies "
                              "once one does.").arg(templateLabel)
                         : tr("The %1 mapping below fills %2.", nullptr, int(titles.size()))
                               .arg(templateLabel, titles.join(tr(", "))));
    m_usage->show();
}

void ExternalWorkflowsPane::newWorkflow()
{
    if (!m_new->isEnabled())
        return;
    auto *dialog = new ExternalWorkflowDialog(m_model, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExternalWorkflowDialog::workflowSaved, this,
            [this](const QString &workflowId, const QString &target, bool openMapping) {
                selectWorkflow(workflowId);
                if (openMapping && !target.isEmpty())
                    Q_EMIT mappingRequested(target);
            },
            Qt::QueuedConnection); // after the dialog closed, so the editor keeps the focus
    dialog->open();
}

void ExternalWorkflowsPane::editSelected()
{
    const ExternalWorkflow *workflow = m_model->workflowById(selectedWorkflowId());
    if (!workflow || !m_edit->isEnabled())
        return;
    auto *dialog = new ExternalWorkflowDialog(m_model, workflow, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ExternalWorkflowsPane::deleteSelected()
{
    const ExternalWorkflow *workflow = m_model->workflowById(selectedWorkflowId());
    if (!workflow || !m_delete->isEnabled())
        return;
    const int sharing = m_model->countUsingTarget(workflow->target) - 1;
    QString text = tr("Delete the workflow “%1”? Recruiters can no longer start it.")
                       .arg(workflow->title);
    text += u' ';
    text += sharing > 0 ? tr("Its template's field mapping stays: %n other workflow(s) use it.",
                             nullptr, sharing)
                        : tr("Its template's field mapping stays for a later workflow.");
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete the workflow?"), text,
                                QMessageBox::NoButton, this);
    box->setObjectName(u"deleteWorkflowBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setAccessibleName(tr("Delete"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    connect(remove, &QPushButton::clicked, this, [this, id = workflow->id] {
        m_banner->clear();
        m_model->remove(id);
    });
    box->open();
}

} // namespace Tessera
