#include "StagesModel.h"

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/core/DecodeList.h"
#include "models/core/DisplayText.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

StagesModel::StagesModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

int StagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stages.size());
}

int StagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InterviewStage &stage = m_stages.at(index.row());
    const bool current = !m_currentStageId.isEmpty() && stage.id == m_currentStageId;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TypeColumn)
            return DisplayText::stageType(stage.type);
        return current ? tr("%1 (current stage)").arg(stage.title) : stage.title;
    case Qt::ToolTipRole:
        return tr("%1 · %2").arg(stage.title, DisplayText::stageType(stage.type));
    case Qt::AccessibleTextRole: return data(index, Qt::DisplayRole);
    case IdRole: return stage.id;
    case TypeRole: return stage.type;
    case OrderRole: return stage.order;
    case IsCurrentRole: return current;
    default: return {};
    }
}

QVariant StagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Stage");
    case TypeColumn: return tr("Type");
    default: return {};
    }
}

Qt::ItemFlags StagesModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (index.data(IsCurrentRole).toBool())
        return Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void StagesModel::load(const QString &interviewPlanId)
{
    delete m_call; // aborts a load still running, without an answer
    m_planId = interviewPlanId;
    m_lastError = {};
    if (!m_client || interviewPlanId.isEmpty()) {
        setStages({});
        setState(LoadState::Idle);
        return;
    }
    setState(LoadState::Loading);
    ApiCall *call = m_client->call(u"interviewStage.list"_s,
                                   {{u"interviewPlanId"_s, interviewPlanId}}, this);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        if (call->error().isError()) {
            m_lastError = call->error();
            setState(LoadState::Failed);
            return;
        }
        setStages(call->results().toArray());
        setState(LoadState::Ready);
    });
}

void StagesModel::reload()
{
    load(m_planId);
}

void StagesModel::setCurrentStageId(const QString &stageId)
{
    const int previous = rowOf(m_currentStageId);
    m_currentStageId = stageId;
    for (const int row : {previous, rowOf(stageId)})
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int StagesModel::setStages(const QJsonArray &results)
{
    QList<InterviewStage> stages;
    m_lastDecodeError.clear();
    const int failures = decodeList(results, stages, &m_lastDecodeError);
    std::stable_sort(stages.begin(), stages.end(),
                     [](const InterviewStage &a, const InterviewStage &b) { return a.order < b.order; });
    beginResetModel();
    m_stages = std::move(stages);
    endResetModel();
    return failures;
}

const InterviewStage *StagesModel::stage(int row) const
{
    return row >= 0 && row < m_stages.size() ? &m_stages.at(row) : nullptr;
}

int StagesModel::rowOf(const QString &stageId) const
{
    return indexOfId(m_stages, stageId);
}

void StagesModel::setState(LoadState state)
{
    if (assignState(m_state, state))
        Q_EMIT stateChanged(state);
}

} // namespace Tessera
