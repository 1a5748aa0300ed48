#pragma once

#include "CandidateSummary.h"
#include "SearchIndex.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <deque>

namespace Tessera {

// Every candidate of the backend with their most recent application's stage and job. Fed with
// decoded pages by CandidateDirectory; an incremental page updates rows in place.
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

    // Merge decoded pages; return how many records could not be decoded (skipped; the first
    // problem is in lastDecodeError()).
    int merge(CandidatePage page);
    int merge(const ApplicationPage &page);
    // Decode and merge in one step (small pages, tests).
    int mergeCandidates(const QJsonArray &page) { return merge(CandidatePage::decode(page)); }
    int mergeApplications(const QJsonArray &page) { return merge(ApplicationPage::decode(page)); }
    void reserve(qint64 rows);
    void clear();

    const CandidateSummary &at(int row) const { return m_rows[size_t(row)]; }
    const SearchIndex &searchIndex() const { return m_search; }
    const CandidateSummary *candidate(const QString &id) const;
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    QString lastDecodeError() const { return m_lastDecodeError; }

private:
    QString intern(const QString &text);
    void emitRowsChanged(QList<int> rows, int firstColumn, int lastColumn);

    std::deque<CandidateSummary> m_rows; // a deque never moves 100,000 rows to grow
    QHash<QString, int> m_rowById;
    QSet<QString> m_strings; // stage and job titles, shared between rows
    SearchIndex m_search;    // the rows' lower-case "name email", in row order
    QString m_lastDecodeError;
};

} // namespace Tessera
