#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Tessera {

// One visible field of a workflow's start form: the template field's uid, label and type, and
// the value the field mapping gives it (null when none).
struct WorkflowFormField
{
    QString key;
    QString label;
    QString type; // String, Email, Date, Number, Boolean, ValueSelect …
    bool required = false;
    QJsonValue value;
};

// What the start dialog of a Juro workflow shows (activity.form, docs/API.md §3.15): the visible
// fields in template order, pre-filled, and how many hidden fields Ashby sends as mapped.
struct WorkflowForm
{
    QString workflowId;
    QString title;
    QList<WorkflowFormField> fields;
    int hiddenFieldCount = 0;

    bool isEmpty() const { return workflowId.isEmpty() && fields.isEmpty(); }
    static WorkflowForm fromJson(const QJsonObject &results);
};

} // namespace Tessera
