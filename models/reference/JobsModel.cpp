#include "JobsModel.h"

#include "models/core/DisplayText.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

JobsModel::JobsModel(RecordList<Job> *jobs, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(jobs)
{
    connect(jobs, &ReferenceList::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(jobs, &ReferenceList::recordChanged, this, [this](const QString &id) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_source->records().size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job &job = m_source->records().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn: return job.title;
        case StatusColumn: return DisplayText::jobStatus(job.status);
        case EmploymentTypeColumn: return DisplayText::employmentType(job.employmentType);
        default: return {};
        }
    case IdRole: return job.id;
    case StatusRole: return job.status;
    case EmploymentTypeRole: return job.employmentType;
    case InterviewPlanIdRole: return job.defaultInterviewPlanId;
    default: return {};
    }
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Title");
    case StatusColumn: return tr("Status");
    case EmploymentTypeColumn: return tr("Employment type");
    default: return {};
    }
}

void JobsModel::load()
{
    m_source->ensureLoaded();
}

void JobsModel::reload()
{
    m_source->refresh();
}

LoadStatus *JobsModel::status() const
{
    return m_source->status();
}

} // namespace Tessera
