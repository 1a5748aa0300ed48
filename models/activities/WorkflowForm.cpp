#include "WorkflowForm.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

WorkflowForm WorkflowForm::fromJson(const QJsonObject &results)
{
    WorkflowForm form;
    const QJsonObject workflow = results.value(u"workflow"_s).toObject();
    form.workflowId = workflow.value(u"id"_s).toString();
    form.title = workflow.value(u"title"_s).toString();
    form.hiddenFieldCount = results.value(u"hiddenFieldCount"_s).toInt();
    for (const QJsonValue value : results.value(u"fields"_s).toArray()) {
        const QJsonObject object = value.toObject();
        WorkflowFormField field;
        field.key = object.value(u"key"_s).toString();
        field.label = object.value(u"label"_s).toString();
        field.type = object.value(u"type"_s).toString();
        field.required = object.value(u"required"_s).toBool();
        field.value = object.value(u"value"_s);
        if (!field.key.isEmpty())
            form.fields << field;
    }
    return form;
}

} // namespace Tessera
