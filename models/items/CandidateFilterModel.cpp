#include "items/CandidateFilterModel.h"

#include "items/CandidatesModel.h"

namespace Tessera {

CandidateFilterModel::CandidateFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void CandidateFilterModel::setFilterText(const QString &text)
{
    const QString normalized = text.trimmed().toLower();
    if (normalized == m_text)
        return;
    m_text = normalized;
    invalidateRowsFilter();
}

bool CandidateFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(CandidatesModel::SearchKeyRole).toString().contains(m_text);
}

} // namespace Tessera
