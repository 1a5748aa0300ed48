#include "CandidateFilterModel.h"

#include "CandidatesModel.h"


#include <algorithm>
#include <numeric>

namespace Tessera {

CandidateFilterModel::CandidateFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void CandidateFilterModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::exchange(m_sourceConnections, {}))
        disconnect(connection); // only ours: QAbstractProxyModel keeps its own
    forgetHistory();
    m_source = qobject_cast<CandidatesModel *>(source);
    Q_ASSERT(m_source || !source);
    QAbstractProxyModel::setSourceModel(m_source);
    if (m_source) {
        m_sourceConnections = {
            connect(m_source, &QAbstractItemModel::rowsInserted, this,
                    &CandidateFilterModel::onRowsInserted),
            connect(m_source, &QAbstractItemModel::dataChanged, this,
                    &CandidateFilterModel::onDataChanged),
            connect(m_source, &QAbstractItemModel::modelReset, this,
                    &CandidateFilterModel::onSourceReset),
            connect(m_source, &QAbstractItemModel::layoutChanged, this,
                    &CandidateFilterModel::onSourceReset),
            connect(m_source, &QObject::destroyed, this, [this] {
                beginResetModel();
                m_source = nullptr;
                m_visible.clear();
                m_proxyOfSource.clear();
                endResetModel();
            }),
        };
    }
    recompute();
    endResetModel();
}

void CandidateFilterModel::recompute()
{
    m_visible = m_source ? m_source->searchIndex().find(m_text) : std::vector<int>();
    sortRows(m_visible);
    rebuildProxyRows();
}

bool CandidateFilterModel::accepts(int sourceRow) const
{
    return m_source->searchIndex().contains(sourceRow, m_text);
}

void CandidateFilterModel::setFilterText(const QString &text)
{
    constexpr size_t maxHistory = 64;
    const QString normalized = text.trimmed().toLower();
    if (normalized == m_text || !m_source)
        return;
    const SearchIndex &index = m_source->searchIndex();
    if (normalized.contains(m_text)) {
        if (m_history.size() >= maxHistory)
            m_history.erase(m_history.begin());
        m_history.push_back({m_text, m_visible});
        const bool wasEmpty = m_text.isEmpty();
        m_text = normalized;
        if (!wasEmpty) { // only rows shown now can still match, and they keep their order
            relayout(narrowed(m_visible));
            return;
        }
    } else {
        // A backspace (or another text): start from the longest earlier text it contains.
        while (!m_history.empty() && !normalized.contains(m_history.back().text))
            m_history.pop_back();
        m_text = normalized;
        if (!m_history.empty() && m_history.back().text == normalized) {
            std::vector<int> rows = std::move(m_history.back().rows);
            m_history.pop_back();
            relayout(std::move(rows));
            return;
        }
        if (!m_history.empty() && !m_history.back().text.isEmpty()) {
            relayout(narrowed(m_history.back().rows));
            return;
        }
    }
    std::vector<int> rows = index.find(m_text);
    sortRows(rows);
    relayout(std::move(rows));
}

std::vector<int> CandidateFilterModel::narrowed(const std::vector<int> &rows) const
{
    // Testing each remaining row's key measured faster than one more scan of the whole index,
    // even with half the rows left.
    return m_source->searchIndex().findAmong(m_text, rows);
}

void CandidateFilterModel::sortRows(std::vector<int> &rows) const
{
    if (m_sortColumn < 0 || !m_source)
        return;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    auto text = [this](int row) -> const QString & {
        const CandidateSummary &candidate = m_source->at(row);
        switch (m_sortColumn) {
        case CandidatesModel::EmailColumn: return candidate.email;
        case CandidatesModel::StageColumn: return candidate.stage;
        case CandidatesModel::JobColumn: return candidate.job;
        default: return candidate.name;
        }
    };
    std::stable_sort(rows.begin(), rows.end(), [&](int left, int right) {
        int order = 0;
        if (m_sortColumn == CandidatesModel::UpdatedColumn) {
            const QDateTime &a = m_source->at(left).updatedAt;
            const QDateTime &b = m_source->at(right).updatedAt;
            order = a < b ? -1 : (b < a ? 1 : 0);
        } else {
            order = text(left).compare(text(right), Qt::CaseInsensitive);
        }
        return ascending ? order < 0 : order > 0;
    });
}

void CandidateFilterModel::sort(int column, Qt::SortOrder order)
{
    forgetHistory();
    m_sortColumn = column;
    m_sortOrder = order;
    std::vector<int> rows = m_visible;
    if (column < 0)
        std::sort(rows.begin(), rows.end());
    else
        sortRows(rows);
    relayout(std::move(rows));
}

void CandidateFilterModel::relayout(std::vector<int> rows)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    for (const QModelIndex &index : before)
        sourceRows << m_visible[size_t(index.row())];
    m_visible = std::move(rows);
    rebuildProxyRows();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int proxyRow = m_proxyOfSource[size_t(sourceRows.at(i))];
        after << (proxyRow < 0 ? QModelIndex() : index(proxyRow, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CandidateFilterModel::rebuildProxyRows()
{
    const int sourceRows = m_source ? m_source->rowCount() : 0;
    Q_ASSERT(std::all_of(m_visible.begin(), m_visible.end(),
                         [sourceRows](int row) { return row < sourceRows; }));
    m_proxyOfSource.assign(size_t(sourceRows), -1);
    for (size_t proxyRow = 0; proxyRow < m_visible.size(); ++proxyRow)
        m_proxyOfSource[size_t(m_visible[proxyRow])] = int(proxyRow);
}

void CandidateFilterModel::onRowsInserted(const QModelIndex &, int first, int last)
{
    forgetHistory(); // earlier texts may match the new rows
    m_proxyOfSource.resize(size_t(m_source->rowCount()), -1);
    std::vector<int> added;
    for (int row = first; row <= last; ++row)
        if (accepts(row))
            added.push_back(row);
    if (added.empty())
        return;
    if (m_sortColumn >= 0) {
        std::vector<int> rows = m_visible;
        rows.insert(rows.end(), added.begin(), added.end());
        sortRows(rows);
        relayout(std::move(rows));
        return;
    }
    const int firstProxy = int(m_visible.size());
    beginInsertRows({}, firstProxy, firstProxy + int(added.size()) - 1);
    for (int row : added) {
        m_proxyOfSource[size_t(row)] = int(m_visible.size());
        m_visible.push_back(row);
    }
    endInsertRows();
}

void CandidateFilterModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                         const QList<int> &roles)
{
    forgetHistory();
    int firstProxy = -1;
    int lastProxy = -1;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int proxyRow = m_proxyOfSource[size_t(row)];
        if ((proxyRow >= 0) != accepts(row)) { // a rename moved it in or out of the filter
            std::vector<int> rows = m_source->searchIndex().find(m_text);
            sortRows(rows);
            relayout(std::move(rows));
            return;
        }
        if (proxyRow < 0)
            continue;
        firstProxy = firstProxy < 0 ? proxyRow : std::min(firstProxy, proxyRow);
        lastProxy = std::max(lastProxy, proxyRow);
    }
    if (firstProxy >= 0)
        Q_EMIT dataChanged(index(firstProxy, topLeft.column()), index(lastProxy, bottomRight.column()),
                           roles);
}

void CandidateFilterModel::onSourceReset()
{
    forgetHistory();
    beginResetModel();
    recompute();
    endResetModel();
}

QModelIndex CandidateFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex CandidateFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int CandidateFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int CandidateFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

QModelIndex CandidateFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_source || proxyIndex.row() >= int(m_visible.size()))
        return {};
    return m_source->index(m_visible[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex CandidateFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_proxyOfSource.size())
        return {};
    const int proxyRow = m_proxyOfSource[size_t(sourceIndex.row())];
    return proxyRow < 0 ? QModelIndex() : index(proxyRow, sourceIndex.column());
}

} // namespace Tessera
