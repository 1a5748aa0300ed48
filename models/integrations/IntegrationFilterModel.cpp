#include "IntegrationFilterModel.h"

#include "IntegrationsModel.h"

namespace Tessera {

IntegrationFilterModel::IntegrationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void IntegrationFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void IntegrationFilterModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateRowsFilter();
}

bool IntegrationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_category.isEmpty()
        && index.data(IntegrationsModel::CategoryRole).toString() != m_category)
        return false;
    const QString text = index.data(IntegrationsModel::SearchTextRole).toString();
    for (const QString &word : m_words)
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace Tessera
