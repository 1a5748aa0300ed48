#pragma once

#include "models/domain/Application.h"

#include <QAbstractItemModel>
#include <QList>

namespace Tessera {

// One candidate's applications as top rows, each with its stage history as child rows, in the
// order given. Fed by CandidateDetail; an updated application is replaced in place (history rows
// that appeared are inserted, so views keep their expansion and selection).
class ApplicationsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationsModel)
public:
    // Application rows: job, current stage, status, applied, updated.
    // History rows: stage, -, "Current" while open, entered, left.
    enum Column { TitleColumn, StageColumn, StatusColumn, EnteredColumn, LeftColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // the application's id, or the history entry's id
        ApplicationIdRole,         // the application a row belongs to
        IsHistoryRole,             // bool
        StageIdRole,               // current stage, or the entry's stage
        StageTypeRole,             // application rows only
        InterviewPlanIdRole,       // application rows only
        SortRole,                  // raw value: QString, or QDateTime for the date columns
    };

    explicit ApplicationsModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setApplications(QList<Application> applications);
    // Replaces the application with the same id, or appends it.
    void updateApplication(const Application &application);
    void clear();

    const QList<Application> &applications() const { return m_applications; }
    const Application *application(const QString &id) const;
    int rowOf(const QString &applicationId) const;
    // The application updated last (the one the candidate list shows), or nullptr.
    const Application *mostRecent() const;

private:
    QVariant applicationData(const Application &application, int column, int role) const;
    QVariant historyData(const Application &application, const StageHistoryEntry &entry,
                         int column, int role) const;

    QList<Application> m_applications;
};

} // namespace Tessera
