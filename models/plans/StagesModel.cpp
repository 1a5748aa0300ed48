#include "StagesModel.h"

#include "models/core/DecodeList.h"
#include "models/core/DisplayText.h"
#include "models/reference/ReferenceData.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

StagesModel::StagesModel(ReferenceData *reference, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reference(reference)
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
    if (m_source) {
        m_source->disconnect(this);
        m_source->status()->disconnect(this);
    }
    m_planId = interviewPlanId;
    m_source = interviewPlanId.isEmpty() ? nullptr : m_reference->stages(interviewPlanId);
    if (m_source) {
        connect(m_source, &ReferenceList::changed, this, &StagesModel::takeStages);
        connect(m_source->status(), &LoadStatus::stateChanged, this, &StagesModel::stateChanged);
        m_source->ensureLoaded();
    }
    takeStages();
    Q_EMIT stateChanged(state());
}

void StagesModel::reload()
{
    if (m_source)
        m_source->refresh();
}

LoadState StagesModel::state() const
{
    return m_source ? m_source->status()->state() : LoadState::Idle;
}

ApiError StagesModel::lastError() const
{
    return m_source ? m_source->status()->lastError() : ApiError();
}

void StagesModel::takeStages()
{
    QList<InterviewStage> stages = m_source ? m_source->records() : QList<InterviewStage>();
    std::stable_sort(stages.begin(), stages.end(),
                     [](const InterviewStage &a, const InterviewStage &b) { return a.order < b.order; });
    beginResetModel();
    m_stages = std::move(stages);
    endResetModel();
}

void StagesModel::setCurrentStageId(const QString &stageId)
{
    const int previous = rowOf(m_currentStageId);
    m_currentStageId = stageId;
    for (const int row : {previous, rowOf(stageId)})
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const InterviewStage *StagesModel::stage(int row) const
{
    return row >= 0 && row < m_stages.size() ? &m_stages.at(row) : nullptr;
}

int StagesModel::rowOf(const QString &stageId) const
{
    return indexOfId(m_stages, stageId);
}

} // namespace Tessera
