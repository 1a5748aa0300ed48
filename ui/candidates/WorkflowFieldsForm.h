#pragma once

#include "models/activities/WorkflowForm.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace Tessera {

// The fields of a workflow about to start (activity.form): each visible field with its label,
// required ones marked with the word and an asterisk, an editor for its type pre-filled with the
// mapping's value, and how many hidden fields are sent as mapped. validate() marks empty
// required fields inline; what was typed stays until another form is set.
class WorkflowFieldsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowFieldsForm)
public:
    explicit WorkflowFieldsForm(QWidget *parent = nullptr);

    // Builds the editors (only when `form` is another workflow's or the first one).
    void setForm(const WorkflowForm &form);
    const WorkflowForm &form() const { return m_form; }
    bool hasForm() const { return !m_form.isEmpty(); }
    // The visible fields as typed, by key (all of them: a cleared field is sent empty).
    QJsonObject values() const;
    // Marks each empty required field; false (focus on the first) when any is.
    bool validate();
    QList<QWidget *> editors() const;
    void setEditorsEnabled(bool enabled);

    static QString requiredSentence(const QString &label);

private:
    void retranslate();
    QString text(const WorkflowFormField &field) const;

    WorkflowForm m_form;
    QFormLayout *m_layout;
    QLabel *m_hidden;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QLabel *> m_errors;
};

} // namespace Tessera
