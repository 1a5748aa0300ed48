#include "StatusChipDelegate.h"

#include "ui/common/Spacing.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>

namespace Tessera {

namespace {
constexpr int padding = Spacing::Normal; // inside the chip, left and right
constexpr int margin = Spacing::Tight;   // around the chip
constexpr int gap = Spacing::Tight;      // between icon and word

int iconSize(const QFontMetrics &metrics)
{
    return metrics.height() - 2;
}
} // namespace

StatusChipDelegate::StatusChipDelegate(StatusOf statusOf, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_statusOf(std::move(statusOf))
{
}

void StatusChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString text = item.text;
    if (text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const StatusPalette::Status status = m_statusOf(index);
    painter->save();
    painter->setFont(item.font);
    const QFontMetrics metrics = painter->fontMetrics();
    const int icon = iconSize(metrics);
    const QRect cell = option.rect.adjusted(margin, margin, -margin, -margin);
    const int room = cell.width() - 2 * padding - icon - gap;
    const QString shown = metrics.elidedText(text, Qt::ElideRight, std::max(0, room));
    const int width = std::min(cell.width(),
                               metrics.horizontalAdvance(shown) + 2 * padding + icon + gap + 2);
    const int height = std::min(cell.height(), metrics.height() + 4);
    const QRect chip(cell.left(), cell.center().y() - height / 2 + 1, width, height);

    painter->setRenderHint(QPainter::Antialiasing);
    const QColor colour = StatusPalette::color(status, option.palette);
    painter->setPen(QPen(colour, 1));
    painter->setBrush(StatusPalette::background(status, option.palette));
    painter->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0,
                             height / 2.0);
    const QRect iconRect(chip.left() + padding, chip.center().y() - icon / 2 + 1, icon, icon);
    StatusPalette::icon(status).paint(painter, iconRect);
    painter->setPen(option.palette.color(QPalette::Text));
    const QRect textRect(iconRect.right() + 1 + gap, chip.top(),
                         chip.right() - padding - iconRect.right() - gap, chip.height());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, shown);
    painter->restore();
}

QSize StatusChipDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString text = index.data().toString();
    if (text.isEmpty())
        return size;
    const QFontMetrics metrics(option.font);
    size.setWidth(metrics.horizontalAdvance(text) + iconSize(metrics) + gap + 2
                  + 2 * (padding + margin));
    size.setHeight(std::max(size.height(), metrics.height() + 4 + 2 * margin));
    return size;
}

} // namespace Tessera
