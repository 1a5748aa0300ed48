#include "ApplicationsModel.h"

#include "models/core/DecodeList.h"

#include "models/core/DisplayText.h"

namespace Tessera {

namespace {
// Child rows carry their application's row + 1 as internal id; application rows carry 0.
constexpr quintptr topLevel = 0;

// The day in the column (stages last days), the time too in the tooltip.
QString when(const QDateTime &time, int role)
{
    return role == Qt::ToolTipRole ? DisplayText::dateTime(time)
                                   : DisplayText::date(time.toLocalTime().date());
}
} // namespace

ApplicationsModel::ApplicationsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QModelIndex ApplicationsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : topLevel);
}

QModelIndex ApplicationsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, topLevel);
}

int ApplicationsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_applications.size());
    if (parent.internalId() != topLevel || parent.column() != 0)
        return 0;
    return int(m_applications.at(parent.row()).history.size());
}

int ApplicationsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ApplicationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == topLevel)
        return applicationData(m_applications.at(index.row()), index.column(), role);
    const Application &application = m_applications.at(int(index.internalId() - 1));
    return historyData(application, application.history.at(index.row()), index.column(), role);
}

QVariant ApplicationsModel::applicationData(const Application &application, int column,
                                            int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case TitleColumn: return application.jobTitle;
        case StageColumn: return application.currentStage.title;
        case StatusColumn:
            if (!application.archiveReason.isEmpty())
                return tr("%1: %2").arg(DisplayText::applicationStatus(application.status),
                                        application.archiveReason);
            return DisplayText::applicationStatus(application.status);
        case EnteredColumn: return when(application.createdAt, role);
        case LeftColumn: return when(application.updatedAt, role);
        default: return {};
        }
    case SortRole:
        switch (column) {
        case EnteredColumn: return application.createdAt;
        case LeftColumn: return application.updatedAt;
        default: return applicationData(application, column, Qt::DisplayRole);
        }
    case IdRole:
    case ApplicationIdRole: return application.id;
    case IsHistoryRole: return false;
    case StageIdRole: return application.currentStage.id;
    case StageTypeRole: return application.currentStage.type;
    case InterviewPlanIdRole: return application.currentStage.interviewPlanId;
    default: return {};
    }
}

QVariant ApplicationsModel::historyData(const Application &application,
                                        const StageHistoryEntry &entry, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case TitleColumn: return entry.title;
        case StatusColumn: return entry.leftAt.isValid() ? QString() : tr("Current");
        case EnteredColumn: return when(entry.enteredAt, role);
        case LeftColumn: return when(entry.leftAt, role);
        default: return {};
        }
    case SortRole:
        switch (column) {
        case EnteredColumn: return entry.enteredAt;
        case LeftColumn: return entry.leftAt;
        default: return historyData(application, entry, column, Qt::DisplayRole);
        }
    case IdRole: return entry.id;
    case ApplicationIdRole: return application.id;
    case IsHistoryRole: return true;
    case StageIdRole: return entry.stageId;
    default: return {};
    }
}

QVariant ApplicationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Job / stage");
    case StageColumn: return tr("Current stage");
    case StatusColumn: return tr("Status");
    case EnteredColumn: return tr("Since");
    case LeftColumn: return tr("Until / updated");
    default: return {};
    }
}

void ApplicationsModel::setApplications(QList<Application> applications)
{
    beginResetModel();
    m_applications = std::move(applications);
    endResetModel();
}

void ApplicationsModel::updateApplication(const Application &application)
{
    const int row = rowOf(application.id);
    if (row < 0) {
        beginInsertRows({}, int(m_applications.size()), int(m_applications.size()));
        m_applications.append(application);
        endInsertRows();
        return;
    }
    const QModelIndex parentIndex = index(row, 0);
    const int oldCount = int(m_applications.at(row).history.size());
    const int newCount = int(application.history.size());
    if (newCount < oldCount) {
        beginRemoveRows(parentIndex, newCount, oldCount - 1);
        m_applications[row].history.resize(newCount);
        endRemoveRows();
    }
    Application kept = application;
    kept.history.resize(std::min(oldCount, newCount));
    m_applications[row] = kept;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (!kept.history.isEmpty())
        Q_EMIT dataChanged(index(0, 0, parentIndex),
                           index(int(kept.history.size()) - 1, ColumnCount - 1, parentIndex));
    if (newCount > oldCount) {
        beginInsertRows(parentIndex, oldCount, newCount - 1);
        m_applications[row].history = application.history;
        endInsertRows();
    }
}

void ApplicationsModel::clear()
{
    if (m_applications.isEmpty())
        return;
    beginResetModel();
    m_applications.clear();
    endResetModel();
}

const Application *ApplicationsModel::application(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_applications.at(row);
}

int ApplicationsModel::rowOf(const QString &applicationId) const
{
    return indexOfId(m_applications, applicationId);
}

const Application *ApplicationsModel::mostRecent() const
{
    const Application *latest = nullptr;
    for (const Application &application : m_applications)
        if (!latest || application.updatedAt > latest->updatedAt)
            latest = &application;
    return latest;
}

} // namespace Tessera
