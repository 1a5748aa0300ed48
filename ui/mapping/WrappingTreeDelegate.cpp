#include "WrappingTreeDelegate.h"

#include <QHeaderView>
#include <QTreeView>

namespace Tessera {

WrappingTreeDelegate::WrappingTreeDelegate(QTreeView *tree, int column)
    : QStyledItemDelegate(tree)
    , m_tree(tree)
    , m_column(column)
{
    tree->setWordWrap(true);
    tree->setUniformRowHeights(false);
    connect(tree->header(), &QHeaderView::sectionResized, this,
            [this](int logicalIndex, int oldSize, int newSize) {
                if (logicalIndex == m_column && oldSize != newSize)
                    m_tree->doItemsLayout();
            });
}

int WrappingTreeDelegate::textWidth(const QModelIndex &index) const
{
    int depth = m_tree->rootIsDecorated() ? 1 : 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ++depth;
    const int margin = m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 1;
    return m_tree->header()->sectionSize(m_column) - depth * m_tree->indentation() - 2 * margin;
}

QSize WrappingTreeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() != m_column)
        return size;
    QStyleOptionViewItem measured = option;
    initStyleOption(&measured, index);
    const int width = textWidth(index);
    if (width <= 0 || measured.text.isEmpty())
        return size;
    const QRect needed = measured.fontMetrics.boundingRect(QRect(0, 0, width, 100000),
                                                           Qt::TextWordWrap, measured.text);
    const int margin = m_tree->style()->pixelMetric(QStyle::PM_FocusFrameVMargin, nullptr, m_tree) + 1;
    size.setHeight(std::max(size.height(), needed.height() + 2 * margin));
    return size;
}

} // namespace Tessera
