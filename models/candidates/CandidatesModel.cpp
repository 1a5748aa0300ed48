#include "CandidatesModel.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

CandidatesModel::CandidatesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int CandidatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CandidatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CandidateSummary &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: return row.name;
        case EmailColumn: return row.email;
        case StageColumn: return row.stage;
        case JobColumn: return row.job;
        case UpdatedColumn: // the day in the list, the time in the tooltip
            if (!row.updatedAt.isValid())
                return QString();
            return role == Qt::ToolTipRole
                ? QLocale().toString(row.updatedAt.toLocalTime(), QLocale::ShortFormat)
                : QLocale().toString(row.updatedAt.toLocalTime().date(), QLocale::ShortFormat);
        default: return {};
        }
    case IdRole: return row.id;
    case SearchKeyRole: return QString(row.name + u' ' + row.email).toLower();
    case StageTypeRole: return row.stageType;
    case UpdatedAtRole: return row.updatedAt;
    default: return {};
    }
}

QVariant CandidatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case EmailColumn: return tr("Email");
    case StageColumn: return tr("Current stage");
    case JobColumn: return tr("Job");
    case UpdatedColumn: return tr("Updated");
    default: return {};
    }
}

QString CandidatesModel::intern(const QString &text)
{
    const auto it = m_strings.constFind(text);
    if (it != m_strings.constEnd())
        return *it;
    m_strings.insert(text);
    return text;
}

int CandidatesModel::merge(CandidatePage page)
{
    if (page.failures)
        m_lastDecodeError = page.firstError;
    // Split the page into updates of known rows and new rows (a record repeated within the
    // page updates its first copy). Nothing is visible to views until the signals below.
    QList<int> changed;
    std::vector<CandidateSummary> added;
    QHash<QString, size_t> addedIndex;
    for (CandidateSummary &row : page.rows) {
        const auto repeated = addedIndex.constFind(row.id);
        if (repeated != addedIndex.constEnd()) {
            added[*repeated] = std::move(row);
            continue;
        }
        const int existing = m_rowById.value(row.id, -1);
        if (existing < 0) {
            addedIndex.insert(row.id, added.size());
            added.push_back(std::move(row));
            continue;
        }
        CandidateSummary &old = m_rows[size_t(existing)];
        row.stage = old.stage; // the list's application columns come from application.list
        row.stageType = old.stageType;
        row.job = old.job;
        row.applicationUpdatedAt = old.applicationUpdatedAt;
        m_search.replace(existing, row.searchKey);
        row.searchKey.clear(); // lives in m_search
        old = std::move(row);
        changed << existing;
    }
    // Insert first, then report the updates: a proxy reacting to dataChanged must already see
    // every row its search index can return.
    if (!added.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (CandidateSummary &row : added) {
            m_rowById.insert(row.id, int(m_rows.size()));
            m_search.append(row.searchKey);
            row.searchKey.clear();
            m_rows.push_back(std::move(row));
        }
        endInsertRows();
    }
    emitRowsChanged(changed, 0, ColumnCount - 1);
    return page.failures;
}

int CandidatesModel::merge(const ApplicationPage &page)
{
    if (page.failures)
        m_lastDecodeError = page.firstError;
    QList<int> changed;
    for (const ApplicationSummary &application : page.rows) {
        const int rowIndex = m_rowById.value(application.candidateId, -1);
        if (rowIndex < 0)
            continue;
        CandidateSummary &row = m_rows[size_t(rowIndex)];
        // The list shows the most recently updated application of each candidate.
        if (row.applicationUpdatedAt.isValid() && application.updatedAt < row.applicationUpdatedAt)
            continue;
        row.applicationUpdatedAt = application.updatedAt;
        row.stage = intern(application.stage);
        row.stageType = intern(application.stageType);
        row.job = intern(application.job);
        changed << rowIndex;
    }
    emitRowsChanged(changed, StageColumn, JobColumn);
    return page.failures;
}

void CandidatesModel::emitRowsChanged(QList<int> rows, int firstColumn, int lastColumn)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    int start = rows.first();
    int previous = start;
    for (qsizetype i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) <= previous + 1) {
            previous = rows.at(i);
            continue;
        }
        Q_EMIT dataChanged(index(start, firstColumn), index(previous, lastColumn));
        if (i < rows.size())
            start = previous = rows.at(i);
    }
}

void CandidatesModel::reserve(qint64 rows)
{
    if (rows > m_rowById.capacity())
        m_rowById.reserve(rows);
    m_search.reserve(rows);
}

void CandidatesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_strings.clear();
    m_search.clear();
    endResetModel();
}

const CandidateSummary *CandidatesModel::candidate(const QString &id) const
{
    const int row = m_rowById.value(id, -1);
    return row < 0 ? nullptr : &m_rows[size_t(row)];
}

} // namespace Tessera
