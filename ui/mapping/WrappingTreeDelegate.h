#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace Tessera {

// Lets one column of a tree wrap long text onto more lines: QTreeView measures rows without
// the column's width, so this delegate measures the wrapped text against the width the column
// leaves after the indentation, and lays the rows out again when the column is resized.
class WrappingTreeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappingTreeDelegate)
public:
    WrappingTreeDelegate(QTreeView *tree, int column);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int textWidth(const QModelIndex &index) const;

    QTreeView *m_tree;
    int m_column;
};

} // namespace Tessera
