#include "JobsModel.h"

#include "models/api/ApiClient.h"
#include "models/api/PagedFetch.h"
#include "models/core/DecodeList.h"
#include "models/core/DisplayText.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

JobsModel::JobsModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job &job = m_jobs.at(index.row());
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
    delete m_fetch;
    m_lastError = {};
    clear();
    if (!m_client) {
        setState(LoadState::Idle);
        return;
    }
    setState(LoadState::Loading);
    const QJsonObject filters{
        {u"status"_s, QJsonArray{u"Draft"_s, u"Open"_s, u"Closed"_s, u"Archived"_s}}};
    m_fetch = new PagedFetch(m_client, u"job.list"_s, filters, {}, this);
    connect(m_fetch, &PagedFetch::pageReceived, this, &JobsModel::appendJobs);
    connect(m_fetch, &PagedFetch::finished, this, [this] { setState(LoadState::Ready); });
    connect(m_fetch, &PagedFetch::failed, this, [this](const ApiError &error) {
        m_lastError = error;
        setState(LoadState::Failed);
    });
    m_fetch->start();
}

int JobsModel::appendJobs(const QJsonArray &results)
{
    QList<Job> jobs;
    const int failures = decodeList(results, jobs, &m_lastDecodeError);
    if (jobs.isEmpty())
        return failures;
    const int first = int(m_jobs.size());
    beginInsertRows({}, first, first + int(jobs.size()) - 1);
    m_jobs.append(std::move(jobs));
    endInsertRows();
    return failures;
}

void JobsModel::clear()
{
    if (m_jobs.isEmpty())
        return;
    beginResetModel();
    m_jobs.clear();
    endResetModel();
}

int JobsModel::rowOf(const QString &jobId) const
{
    return indexOfId(m_jobs, jobId);
}

void JobsModel::setState(LoadState state)
{
    if (assignState(m_state, state))
        Q_EMIT stateChanged(state);
}

} // namespace Tessera
