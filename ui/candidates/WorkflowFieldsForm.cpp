#include "WorkflowFieldsForm.h"

#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"
#include "ui/common/StatusPalette.h"
#include "ui/common/TextStyle.h"

#include <QCheckBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

bool isBoolean(const WorkflowFormField &field)
{
    return field.type == u"Boolean"_s;
}

bool isNumber(const WorkflowFormField &field)
{
    return field.type == u"Number"_s;
}

QString initialText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return value.toString();
}

} // namespace

WorkflowFieldsForm::WorkflowFieldsForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout)
    , m_hidden(new QLabel(this))
{
    setObjectName(u"workflowFields"_s);
    m_hidden->setObjectName(u"workflowHiddenFields"_s);
    m_hidden->setWordWrap(true);
    TextStyle::apply(m_hidden, TextStyle::Role::Caption);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_layout);
    layout->addWidget(m_hidden);
    Retranslator::follow(this, [this] { retranslate(); });
}

QString WorkflowFieldsForm::requiredSentence(const QString &label)
{
    return tr("\"%1\" is required: fill it in before starting the workflow.").arg(label);
}

void WorkflowFieldsForm::setForm(const WorkflowForm &form)
{
    if (!m_form.isEmpty() && form.workflowId == m_form.workflowId)
        return;
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    m_labels.clear();
    m_errors.clear();
    m_form = form;
    for (const WorkflowFormField &field : std::as_const(m_form.fields)) {
        auto *label = new QLabel(this);
        auto *error = new QLabel(this);
        error->setObjectName(u"workflowFieldError_"_s + field.key);
        error->setWordWrap(true);
        TextStyle::apply(error, TextStyle::Role::Caption);
        QPalette palette = error->palette();
        palette.setColor(QPalette::WindowText,
                         StatusPalette::color(StatusPalette::Status::Failing, palette));
        error->setPalette(palette);
        error->hide();
        QWidget *editor = nullptr;
        if (isBoolean(field)) {
            auto *check = new QCheckBox(this);
            check->setChecked(field.value.toBool());
            editor = check;
        } else {
            auto *line = new QLineEdit(this);
            line->setText(initialText(field.value));
            line->setClearButtonEnabled(true);
            if (isNumber(field)) {
                auto *validator = new QDoubleValidator(line);
                validator->setLocale(QLocale::c());
                line->setValidator(validator);
            }
            connect(line, &QLineEdit::textEdited, error, [error] { error->hide(); });
            editor = line;
        }
        editor->setObjectName(u"workflowField_"_s + field.key);
        label->setBuddy(editor);
        auto *cell = new QWidget(this);
        auto *column = new QVBoxLayout(cell);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(Spacing::Unit / 2);
        column->addWidget(editor);
        column->addWidget(error);
        m_layout->addRow(label, cell);
        m_editors.insert(field.key, editor);
        m_labels.insert(field.key, label);
        m_errors.insert(field.key, error);
    }
    retranslate();
}

QString WorkflowFieldsForm::text(const WorkflowFormField &field) const
{
    QWidget *editor = m_editors.value(field.key);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text().trimmed();
    return {};
}

QJsonObject WorkflowFieldsForm::values() const
{
    QJsonObject values;
    for (const WorkflowFormField &field : m_form.fields) {
        QWidget *editor = m_editors.value(field.key);
        if (auto *check = qobject_cast<QCheckBox *>(editor)) {
            values.insert(field.key, check->isChecked());
            continue;
        }
        const QString typed = text(field);
        bool number = false;
        const double value = isNumber(field) ? QLocale::c().toDouble(typed, &number) : 0.0;
        values.insert(field.key, number ? QJsonValue(value) : QJsonValue(typed));
    }
    return values;
}

bool WorkflowFieldsForm::validate()
{
    QWidget *first = nullptr;
    for (const WorkflowFormField &field : std::as_const(m_form.fields)) {
        QLabel *error = m_errors.value(field.key);
        const bool missing = field.required && !isBoolean(field) && text(field).isEmpty();
        error->setText(missing ? requiredSentence(field.label) : QString());
        error->setVisible(missing);
        if (missing && !first)
            first = m_editors.value(field.key);
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return first == nullptr;
}

QList<QWidget *> WorkflowFieldsForm::editors() const
{
    QList<QWidget *> ordered;
    for (const WorkflowFormField &field : m_form.fields)
        ordered << m_editors.value(field.key);
    return ordered;
}

void WorkflowFieldsForm::setEditorsEnabled(bool enabled)
{
    for (QWidget *editor : std::as_const(m_editors))
        editor->setEnabled(enabled);
}

void WorkflowFieldsForm::retranslate()
{
    for (const WorkflowFormField &field : std::as_const(m_form.fields)) {
        QLabel *label = m_labels.value(field.key);
        label->setText(field.required ? tr("%1 * (required)").arg(field.label)
                                      : field.label);
        QWidget *editor = m_editors.value(field.key);
        editor->setAccessibleName(field.required ? tr("%1, required").arg(field.label)
                                                 : field.label);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            if (field.type == u"Date"_s)
                line->setPlaceholderText(tr("YYYY-MM-DD"));
            else if (field.type == u"Email"_s)
                line->setPlaceholderText(tr("name@example.com"));
        }
        QLabel *error = m_errors.value(field.key);
        if (error->isVisibleTo(this))
            error->setText(requiredSentence(field.label));
    }
    m_hidden->setText(tr("%n hidden field(s) are sent as mapped.", nullptr,
                         m_form.hiddenFieldCount));
    m_hidden->setVisible(m_form.hiddenFieldCount > 0);
}

} // namespace Tessera
