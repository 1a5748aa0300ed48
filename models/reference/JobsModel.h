#pragma once

#include "models/domain/Job.h"
#include "RecordList.h"

#include <QAbstractTableModel>
#include <QList>

namespace Tessera {

class LoadStatus;

// Every job of the connection's reference data, Draft ones included, in the backend's order.
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

    explicit JobsModel(RecordList<Job> *jobs, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Loads the jobs the first time; reload() asks the backend what changed.
    void load();
    void reload();
    LoadStatus *status() const;
    const QList<Job> &jobs() const { return m_source->records(); }
    int rowOf(const QString &jobId) const { return m_source->indexOf(jobId); }

private:
    RecordList<Job> *m_source;
};

} // namespace Tessera
