#pragma once

#include "domain/Candidate.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>

#include <vector>

namespace Tessera {

struct Application;

// Every candidate of the backend with their most recent application's stage and job.
// Fed page by page by CandidateDirectory; an incremental page updates rows in place.
class CandidatesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidatesModel)
public:
    enum Column { NameColumn, EmailColumn, StageColumn, JobColumn, UpdatedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SearchKeyRole, // lower-case "name email", for fast filtering
        StageTypeRole,
        UpdatedAtRole,
    };

    explicit CandidatesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Decodes and merges one page of candidate.list results; returns how many records failed
    // to decode (they are skipped; the first problem is in lastDecodeError()).
    int mergeCandidates(const QJsonArray &page);
    int mergeApplications(const QJsonArray &page);
    void clear();

    const Candidate *candidate(const QString &id) const;
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    QString lastDecodeError() const { return m_lastDecodeError; }

private:
    struct Row
    {
        Candidate candidate;
        QString searchKey;
        QString stage;
        QString stageType;
        QString job;
        QDateTime applicationUpdatedAt;
    };
    void emitRowsChanged(QList<int> rows, int firstColumn, int lastColumn);

    std::vector<Row> m_rows;
    QHash<QString, int> m_rowById;
    QString m_lastDecodeError;
};

} // namespace Tessera
