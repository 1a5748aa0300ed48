#include "ExternalWorkflowDialog.h"

#include "models/api/ApiProtocol.h"
#include "models/core/LoadStatus.h"
#include "models/mapping/MappingTargets.h"
#include "ui/common/DialogHeight.h"
#include "ui/common/FormRow.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

constexpr int maxTitleLength = 120; // docs/API.md §3.13

} // namespace

ExternalWorkflowDialog::ExternalWorkflowDialog(ExternalWorkflowsModel *model,
                                               const ExternalWorkflow *existing, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_workflowId(existing ? existing->id : QString())
    , m_banner(new MessageBanner(this))
    , m_title(new QLineEdit(this))
    , m_entryPoints(new QButtonGroup(this))
    , m_template(new QComboBox(this))
    , m_templateNote(new QLabel(this))
    , m_openMapping(new QCheckBox(this))
    , m_busy(new QLabel(this))
    , m_save(new QPushButton(this))
{
    const bool editing = existing != nullptr;
    setObjectName(u"externalWorkflowDialog"_s);

    m_title->setObjectName(u"workflowTitle"_s);
    m_title->setMaxLength(maxTitleLength);

    auto *entryBox = new QWidget(this);
    auto *entryLayout = new QVBoxLayout(entryBox);
    Spacing::setGroupMargins(entryLayout);
    const QStringList entryPoints = ExternalWorkflowsModel::entryPoints();
    for (int i = 0; i < entryPoints.size(); ++i) {
        auto *button = new QRadioButton(entryBox);
        button->setObjectName(u"entryPoint_"_s + entryPoints.at(i));
        m_entryPoints->addButton(button, i);
        entryLayout->addWidget(button);
    }
    m_entryPoints->button(0)->setChecked(true);

    m_template->setObjectName(u"workflowTemplate"_s);
    for (const MappingTarget &partnerTemplate : model->templates())
        m_template->addItem(partnerTemplate.label, partnerTemplate.templateId);
    m_templateNote->setWordWrap(true);
    m_templateNote->setObjectName(u"templateNote"_s);
    m_openMapping->setObjectName(u"openMapping"_s);
    m_busy->setObjectName(u"busy"_s);
    m_save->setObjectName(u"save"_s);

    if (existing) {
        m_title->setText(existing->title);
        selectEntryPoint(existing->entryPoint);
        m_template->setCurrentIndex(std::max(0, m_template->findData(existing->templateId)));
        m_template->setEnabled(false);
        m_openMapping->setChecked(false);
        m_openMapping->hide();
    } else {
        m_openMapping->setChecked(true);
    }

    auto *form = new QFormLayout;
    QLabel *titleLabel = FormRow::add(form, m_title);
    auto *entryLabel = new QLabel(this);
    entryLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(entryLabel, entryBox);
    QLabel *templateLabel = FormRow::add(form, m_template);
    form->addRow(QString(), m_templateNote);
    form->addRow(QString(), m_openMapping);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    Retranslator::follow(this, [=, this] {
        setWindowTitle(editing ? tr("Edit Juro workflow") : tr("New Juro workflow"));
        setAccessibleName(windowTitle());
        m_title->setAccessibleName(tr("Workflow title"));
        m_title->setPlaceholderText(tr("e.g. Employment contract (UK)"));
        entryBox->setAccessibleName(tr("Started from"));
        const QStringList entryHints{
            tr("Recruiters start it as an activity on an interview plan stage."),
            tr("Recruiters start it from a candidate's offer."),
        };
        for (int i = 0; i < entryPoints.size(); ++i) {
            QAbstractButton *button = m_entryPoints->button(i);
            button->setText(ExternalWorkflowsModel::entryPointText(entryPoints.at(i)));
            button->setToolTip(entryHints.value(i));
            button->setAccessibleDescription(entryHints.value(i));
        }
        m_template->setAccessibleName(tr("Juro template"));
        m_templateNote->setText(
            editing ? tr("The template cannot change: it decides the workflow's field "
                         "mapping. Create a new workflow for another template.")
                    : tr("Workflows on the same template share its field mapping."));
        m_openMapping->setText(tr("&Open its field mapping next"));
        titleLabel->setText(tr("&Title:"));
        entryLabel->setText(tr("Started from:"));
        templateLabel->setText(tr("Juro t&emplate:"));
        cancel->setAccessibleName(tr("Cancel"));
        showSaveText();
        showBusyText();
    });

    auto *layout = new QVBoxLayout(this);
    Spacing::setPageMargins(layout);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    // The radio buttons are made after the other fields; keep the tab order top to bottom.
    QWidget *previous = m_title;
    for (QAbstractButton *button : m_entryPoints->buttons()) {
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_template);

    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &ExternalWorkflowDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_model, &ExternalWorkflowsModel::saved, this, &ExternalWorkflowDialog::onSaved);
    connect(m_model, &ExternalWorkflowsModel::actionFailed, this,
            &ExternalWorkflowDialog::onFailed);
    connect(m_model->status(), &LoadStatus::stateChanged, this,
            &ExternalWorkflowDialog::onModelStateChanged);
    m_title->setFocus();
}

QString ExternalWorkflowDialog::selectedEntryPoint() const
{
    return ExternalWorkflowsModel::entryPoints().value(m_entryPoints->checkedId());
}

void ExternalWorkflowDialog::selectEntryPoint(const QString &entryPoint)
{
    if (QAbstractButton *button =
            m_entryPoints->button(int(ExternalWorkflowsModel::entryPoints().indexOf(entryPoint))))
        button->setChecked(true);
}

void ExternalWorkflowDialog::submit()
{
    if (m_waiting)
        return;
    m_banner->clear();
    const QString title = m_title->text().trimmed();
    if (title.isEmpty()) {
        showProblem(tr("Give the workflow a title recruiters will recognise, e.g. "
                       "\"Employment contract (UK)\"."),
                    m_title);
        return;
    }
    setBusy(true);
    if (m_workflowId.isEmpty())
        m_model->create(title, selectedEntryPoint(), m_template->currentData().toString());
    else
        m_model->update(m_workflowId, title, selectedEntryPoint());
}

void ExternalWorkflowDialog::onSaved(ExternalWorkflowsModel::Action action,
                                     const QString &workflowId)
{
    if (!m_waiting || action == ExternalWorkflowsModel::Action::Delete)
        return;
    if (!m_workflowId.isEmpty() && workflowId != m_workflowId)
        return;
    setBusy(false);
    const ExternalWorkflow *saved = m_model->workflowById(workflowId);
    Q_EMIT workflowSaved(workflowId, saved ? saved->target : QString(),
                         m_openMapping->isChecked());
    accept();
}

void ExternalWorkflowDialog::onFailed(ExternalWorkflowsModel::Action action,
                                      const QString &workflowId, const ApiError &error)
{
    if (!m_waiting || action == ExternalWorkflowsModel::Action::Delete
        || workflowId != m_workflowId)
        return;
    if (error.code() == QLatin1StringView(Protocol::ErrorCode::versionConflict) && m_model->status()->state() == LoadState::Loading) {
        // Stay busy until their version is in: a Save before that would conflict again.
        m_awaitingTheirVersion = true;
        showBusyText();
        return;
    }
    setBusy(false);
    if (error.code() == QLatin1StringView(Protocol::ErrorCode::externalWorkflowNotFound)) {
        // Deleted meanwhile: offer to create it again from this input rather than lose it.
        m_workflowId.clear();
        showSaveText();
        showProblem(tr("Someone else deleted this workflow while you were editing it. Press "
                       "Create workflow to add it again with your changes, or Cancel."),
                    m_save);
        return;
    }
    m_banner->showError(error, false);
    m_title->setFocus();
    DialogHeight::grow(this);
}

void ExternalWorkflowDialog::onModelStateChanged(LoadState state)
{
    if (!m_awaitingTheirVersion || state == LoadState::Loading)
        return;
    m_awaitingTheirVersion = false;
    setBusy(false);
    if (state == LoadState::Failed) {
        m_banner->showError(m_model->status()->lastError(), false);
        DialogHeight::grow(this);
        return;
    }
    showProblem(tr("Someone else changed this workflow while you were editing it; the list now "
                   "shows their version. Press Save to replace it with yours, or Cancel to keep "
                   "theirs."),
                m_save);
}

void ExternalWorkflowDialog::showProblem(const QString &text, QWidget *focus)
{
    m_banner->showMessage(StatusPalette::Status::Attention, text);
    focus->setFocus();
    DialogHeight::grow(this);
}

void ExternalWorkflowDialog::showSaveText()
{
    m_save->setText(m_workflowId.isEmpty() ? tr("C&reate workflow") : tr("&Save"));
    m_save->setAccessibleName(m_save->text().remove(u'&'));
}

void ExternalWorkflowDialog::showBusyText()
{
    m_busy->setText(m_awaitingTheirVersion
                        ? tr("Someone else changed this workflow; loading their version…")
                    : m_waiting ? tr("Saving the workflow…")
                                : QString());
}

void ExternalWorkflowDialog::setBusy(bool busy)
{
    m_waiting = busy;
    showBusyText();
    m_save->setEnabled(!busy);
    m_title->setReadOnly(busy);
    for (QAbstractButton *button : m_entryPoints->buttons())
        button->setEnabled(!busy);
}

} // namespace Tessera
