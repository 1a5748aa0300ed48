#pragma once

#include "models/api/ApiError.h"
#include "models/core/LoadState.h"
#include "models/domain/Job.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QList>
#include <QPointer>

namespace Tessera {

class ApiClient;
class PagedFetch;

// Every job of the backend, Draft ones included (job.list, all pages), in the backend's order.
// Rows appear page by page while the load runs.
class JobsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsModel)
public:
    enum Column { TitleColumn, StatusColumn, EmploymentTypeColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,         // Draft, Open, Closed, Archived
        EmploymentTypeRole, // FullTime, PartTime, Intern, Contract, Temporary
        InterviewPlanIdRole,
    };

    explicit JobsModel(ApiClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Fetches every page again; a load still running is cancelled.
    void load();
    LoadState state() const { return m_state; }
    const ApiError &lastError() const { return m_lastError; }

    // Appends decoded job.list results; returns how many were skipped.
    int appendJobs(const QJsonArray &results);
    void clear();
    const QList<Job> &jobs() const { return m_jobs; }
    int rowOf(const QString &jobId) const;
    QString lastDecodeError() const { return m_lastDecodeError; }

Q_SIGNALS:
    void stateChanged(Tessera::LoadState state);

private:
    void setState(LoadState state);

    QPointer<ApiClient> m_client;
    QPointer<PagedFetch> m_fetch;
    QList<Job> m_jobs;
    LoadState m_state = LoadState::Idle;
    ApiError m_lastError;
    QString m_lastDecodeError;
};

} // namespace Tessera
