#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Tessera::Sandbox {

class Store;

// A Juro workflow about to start for one application (from a plan activity of its current
// stage) or one offer: the workflow and its template's fields, each valued by the workflow's
// field mapping against the application and its current offer (activity.form; activity.start
// sends what it gives). Hidden fields are sent without asking, so the form does not list them.
class WorkflowForm final
{
public:
    struct Field
    {
        QString key;
        QString label;
        QString type;
        bool required = false;
        bool hidden = false;
        QJsonValue value; // null when the mapping gives none
        QString error;    // why the mapping gives none, when it says so
    };

    // Each throws ApiFailure: unknown application, offer, plan activity or workflow; a plan
    // activity that is no Juro workflow; a workflow whose entry point does not fit.
    static WorkflowForm forPlanActivity(const Store &store, const QString &applicationId,
                                        const QString &planActivityId);
    static WorkflowForm forOffer(const Store &store, const QString &offerId,
                                 const QString &externalWorkflowId);

    // {workflow: {id, title, entryPoint}, fields: [{key, label, type, required, value}],
    // hiddenFieldCount}
    QJsonObject view() const;
    // {uid: value} to send Juro: visible fields from `given` (else the mapping's value), hidden
    // ones from the mapping. Throws invalid_input for an unknown or hidden key in `given`, a
    // value that is no string, number or boolean, or a required field left empty.
    QJsonObject valuesToSend(const QJsonObject &given) const;

    QJsonObject workflow() const { return m_workflow; }
    QString applicationId() const { return m_applicationId; }
    QString candidateId() const { return m_candidateId; }
    QString candidateName() const { return m_candidateName; }
    QString offerId() const { return m_offerId; }
    QString planActivityId() const { return m_planActivityId; }

private:
    void evaluate(const Store &store, const QJsonObject *offer);

    QJsonObject m_workflow;
    QString m_applicationId;
    QString m_candidateId;
    QString m_candidateName;
    QString m_offerId;
    QString m_planActivityId;
    QList<Field> m_fields;
};

} // namespace Tessera::Sandbox
