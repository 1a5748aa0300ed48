#include "StagePillDelegate.h"

#include "ui/common/StatusPalette.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
constexpr int padding = 8; // horizontal, inside the pill
constexpr int margin = 4;  // around the pill
} // namespace

StatusPalette::Status StagePillDelegate::statusOf(const QString &stageType)
{
    if (stageType == u"Hired"_s)
        return StatusPalette::Status::Ok;
    if (stageType == u"Archived"_s)
        return StatusPalette::Status::Unavailable;
    return StatusPalette::Status::InProgress;
}

int StagePillDelegate::widthFor(const QFontMetrics &metrics, const QString &title)
{
    return metrics.horizontalAdvance(title) + 2 * (padding + margin) + 2; // + the pill's border
}

StagePillDelegate::StagePillDelegate(int typeRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_typeRole(typeRole)
{
}

void StagePillDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString text = item.text;
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
    if (text.isEmpty())
        return;

    const StatusPalette::Status status = statusOf(index.data(m_typeRole).toString());
    painter->save();
    painter->setFont(item.font);
    const QFontMetrics metrics = painter->fontMetrics(); // what drawText will measure with
    const QRect cell = option.rect.adjusted(margin, margin, -margin, -margin);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, cell.width() - 2 * padding);
    const int width = std::min(cell.width(), metrics.horizontalAdvance(shown) + 2 * padding + 2);
    const int height = std::min(cell.height(), metrics.height() + 4);
    const QRect pill(cell.left(), cell.center().y() - height / 2 + 1, width, height);

    painter->setRenderHint(QPainter::Antialiasing);
    const QColor colour = StatusPalette::color(status, option.palette);
    painter->setPen(QPen(colour, 1));
    painter->setBrush(StatusPalette::background(status, option.palette));
    painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(pill, Qt::AlignCenter, shown);
    painter->restore();
}

QSize StagePillDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.setWidth(widthFor(metrics, index.data().toString()));
    size.setHeight(std::max(size.height(), metrics.height() + 4 + 2 * margin));
    return size;
}

} // namespace Tessera
