#pragma once

#include "ui/common/StatusPalette.h"

#include <QStyledItemDelegate>

#include <functional>

namespace Tessera {

// Draws a cell as a status chip like StatusChip: icon, word and a tint of the status colour.
// The word is the cell's text; `statusOf` says which status the cell has. Cells without text
// are drawn as plain cells. The size hint fits the whole word, so a column sized to its
// contents never cuts it.
class StatusChipDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusChipDelegate)
public:
    using StatusOf = std::function<StatusPalette::Status(const QModelIndex &)>;

    explicit StatusChipDelegate(StatusOf statusOf, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    StatusOf m_statusOf;
};

} // namespace Tessera
