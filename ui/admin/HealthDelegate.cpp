#include "HealthDelegate.h"

#include "models/admin/Health.h"
#include "ui/common/Spacing.h"
#include "ui/common/StatusPalette.h"

#include <QApplication>
#include <QPainter>

#include <optional>

namespace Tessera {

namespace {

std::optional<StatusPalette::Status> markOf(Health health)
{
    switch (health) {
    case Health::Ok: return StatusPalette::Status::Ok;
    case Health::Failing: return StatusPalette::Status::Failing;
    case Health::Off: return StatusPalette::Status::Unavailable;
    case Health::Unknown: break;
    }
    return std::nullopt;
}

} // namespace

int HealthDelegate::markSide(const QFontMetrics &metrics)
{
    return metrics.ascent();
}

HealthDelegate::HealthDelegate(int healthRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_healthRole(healthRole)
{
}

void HealthDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    const auto mark = markOf(Health(index.data(m_healthRole).toInt()));
    if (!mark) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const int side = markSide(opt.fontMetrics);
    const QRect iconRect(area.left(), area.center().y() - side / 2, side, side);
    StatusPalette::icon(*mark).paint(painter, iconRect);
    const int markWidth = side + Spacing::Tight + 2;
    painter->save();
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(area.adjusted(markWidth, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, area.width() - markWidth));
    painter->restore();
}

QSize HealthDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (markOf(Health(index.data(m_healthRole).toInt())))
        size.rwidth() += markSide(option.fontMetrics) + Spacing::Tight + 2;
    return size;
}

} // namespace Tessera
