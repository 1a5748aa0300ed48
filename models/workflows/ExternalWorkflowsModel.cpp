#include "ExternalWorkflowsModel.h"

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/api/ApiProtocol.h"
#include "models/core/DecodeList.h"
#include "models/core/DisplayText.h"
#include "models/mapping/MappingTargets.h"

#include <QJsonArray>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

ExternalWorkflowsModel::ExternalWorkflowsModel(ApiClient *client,
                                               RecordList<Integration> *integrations,
                                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_status(new LoadStatus(this))
    , m_client(client)
    , m_integrations(integrations)
{
    // Template names come from the integrations: show them again when those change.
    const auto relabel = [this] {
        if (!m_workflows.isEmpty())
            Q_EMIT dataChanged(index(0, TemplateColumn), index(rowCount() - 1, TemplateColumn));
    };
    connect(integrations, &ReferenceList::changed, this, relabel);
    connect(integrations, &ReferenceList::recordChanged, this, relabel);
}

int ExternalWorkflowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workflows.size());
}

int ExternalWorkflowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExternalWorkflowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExternalWorkflow &workflow = m_workflows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn: return workflow.title;
        case EntryPointColumn: return entryPointText(workflow.entryPoint);
        case TemplateColumn:
            return templateText(workflow);
        case UpdatedColumn: return DisplayText::dateTime(workflow.updatedAt);
        default: return {};
        }
    case IdRole: return workflow.id;
    default: return {};
    }
}

QVariant ExternalWorkflowsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Workflow");
    case EntryPointColumn: return tr("Started from");
    case TemplateColumn: return tr("Juro template");
    case UpdatedColumn: return tr("Last changed");
    default: return {};
    }
}

QList<MappingTarget> ExternalWorkflowsModel::templates() const
{
    return MappingTargets::templatesOf(m_integrations->records());
}

// The template's name as the partner's integration describes it, else the workflow's own.
QString ExternalWorkflowsModel::templateText(const ExternalWorkflow &workflow) const
{
    for (const MappingTarget &partnerTemplate : templates())
        if (partnerTemplate.target == workflow.target)
            return partnerTemplate.label;
    return workflow.templateTitle.isEmpty() ? workflow.templateId : workflow.templateTitle;
}

QStringList ExternalWorkflowsModel::entryPoints()
{
    return {u"interviewPlanActivity"_s, u"offer"_s};
}

QString ExternalWorkflowsModel::entryPointText(const QString &entryPoint)
{
    if (entryPoint == u"interviewPlanActivity"_s)
        return tr("An interview plan activity");
    if (entryPoint == u"offer"_s)
        return tr("An offer");
    return entryPoint;
}

const ExternalWorkflow *ExternalWorkflowsModel::workflow(int row) const
{
    return row >= 0 && row < m_workflows.size() ? &m_workflows.at(row) : nullptr;
}

const ExternalWorkflow *ExternalWorkflowsModel::workflowById(const QString &workflowId) const
{
    return workflow(rowOf(workflowId));
}

int ExternalWorkflowsModel::rowOf(const QString &workflowId) const
{
    return indexOfId(m_workflows, workflowId);
}

int ExternalWorkflowsModel::countUsingTarget(const QString &target) const
{
    return int(std::count_if(m_workflows.cbegin(), m_workflows.cend(),
                             [&target](const ExternalWorkflow &w) { return w.target == target; }));
}

void ExternalWorkflowsModel::load(const QString &integrationId)
{
    delete m_loading;
    m_reloadAfterLoad = false;
    m_integrationId = integrationId;
    if (!m_client || integrationId.isEmpty()) {
        setWorkflows({});
        m_status->reset();
        return;
    }
    m_status->begin();
    m_loading = m_client->call(u"externalWorkflow.list"_s, {{u"integrationId"_s, integrationId}},
                               this);
    connect(m_loading, &ApiCall::finished, this, [this, call = m_loading.data()] {
        if (call->error().isError()) {
            m_status->fail(call->error());
            return;
        }
        QList<ExternalWorkflow> workflows;
        decodeList(call->results().toArray(), workflows);
        setWorkflows(std::move(workflows));
        m_status->succeed();
        // A write landed while this list was on its way, so the list may miss it: once more.
        if (std::exchange(m_reloadAfterLoad, false))
            QMetaObject::invokeMethod(this, &ExternalWorkflowsModel::reload, Qt::QueuedConnection);
    });
}

void ExternalWorkflowsModel::setWorkflows(QList<ExternalWorkflow> workflows)
{
    if (workflows.isEmpty() && m_workflows.isEmpty())
        return;
    beginResetModel();
    m_workflows = std::move(workflows);
    endResetModel();
}

bool ExternalWorkflowsModel::upsert(const QJsonObject &object)
{
    auto decoded = ExternalWorkflow::fromJson(object);
    if (!std::holds_alternative<ExternalWorkflow>(decoded))
        return false;
    ExternalWorkflow &workflow = std::get<ExternalWorkflow>(decoded);
    const int row = rowOf(workflow.id);
    if (row >= 0) {
        m_workflows[row] = std::move(workflow);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return true;
    }
    const int last = int(m_workflows.size());
    beginInsertRows({}, last, last);
    m_workflows.append(std::move(workflow));
    endInsertRows();
    return true;
}

void ExternalWorkflowsModel::finishWrite(ApiCall *call, Action action, const QString &workflowId)
{
    connect(call, &ApiCall::finished, this, [this, call, action, workflowId] {
        if (call->error().isError()) {
            // Someone else changed or deleted it: show their state, keep the caller's input.
            if (call->error().code() == QLatin1StringView(Protocol::ErrorCode::versionConflict)
                || call->error().code()
                    == QLatin1StringView(Protocol::ErrorCode::externalWorkflowNotFound))
                reload();
            Q_EMIT actionFailed(action, workflowId, call->error());
            return;
        }
        if (m_loading)
            m_reloadAfterLoad = true;
        if (action == Action::Delete) {
            const int row = rowOf(workflowId);
            if (row >= 0) {
                beginRemoveRows({}, row, row);
                m_workflows.removeAt(row);
                endRemoveRows();
            }
            Q_EMIT saved(action, workflowId);
            return;
        }
        const QJsonObject result = call->results().toObject();
        if (!upsert(result)) {
            Q_EMIT actionFailed(action, workflowId,
                                ApiError(ApiError::Kind::MalformedBody, call->method()));
            return;
        }
        Q_EMIT saved(action, result.value(u"id"_s).toString());
    });
}

void ExternalWorkflowsModel::create(const QString &title, const QString &entryPoint,
                                    const QString &templateId)
{
    if (!m_client)
        return;
    finishWrite(m_client->call(u"externalWorkflow.create"_s,
                               {{u"integrationId"_s, m_integrationId},
                                {u"title"_s, title},
                                {u"entryPoint"_s, entryPoint},
                                {u"templateId"_s, templateId}},
                               this),
                Action::Create, {});
}

void ExternalWorkflowsModel::update(const QString &workflowId, const QString &title,
                                    const QString &entryPoint)
{
    const ExternalWorkflow *known = workflowById(workflowId);
    if (!m_client || !known)
        return;
    finishWrite(m_client->call(u"externalWorkflow.update"_s,
                               {{u"externalWorkflowId"_s, workflowId},
                                {u"version"_s, known->version},
                                {u"title"_s, title},
                                {u"entryPoint"_s, entryPoint}},
                               this),
                Action::Update, workflowId);
}

void ExternalWorkflowsModel::remove(const QString &workflowId)
{
    if (!m_client)
        return;
    finishWrite(m_client->call(u"externalWorkflow.delete"_s,
                               {{u"externalWorkflowId"_s, workflowId}}, this),
                Action::Delete, workflowId);
}


} // namespace Tessera
