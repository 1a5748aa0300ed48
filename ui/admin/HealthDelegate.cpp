#include "HealthDelegate.h"

#include "models/admin/Health.h"
#include "ui/common/StatusPalette.h"

#include <QApplication>
#include <QPainter>

#include <optional>

namespace Tessera {

namespace {

struct Mark
{
    QChar glyph;
    StatusPalette::Status status;
};

std::optional<Mark> markOf(Health health)
{
    switch (health) {
    case Health::Ok: return Mark{QChar(0x2713), StatusPalette::Status::Ok};
    case Health::Failing: return Mark{QChar(0x2715), StatusPalette::Status::Failing};
    case Health::Off: return Mark{QChar(0x2013), StatusPalette::Status::Unavailable};
    case Health::Unknown: break;
    }
    return std::nullopt;
}

} // namespace

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
    const int markWidth = opt.fontMetrics.horizontalAdvance(mark->glyph) + 6;
    painter->save();
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText)
                             : StatusPalette::color(mark->status, opt.palette));
    painter->drawText(area, Qt::AlignVCenter | Qt::AlignLeft, QString(mark->glyph));
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(area.adjusted(markWidth, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, area.width() - markWidth));
    painter->restore();
}

QSize HealthDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (markOf(Health(index.data(m_healthRole).toInt())))
        size.rwidth() += option.fontMetrics.horizontalAdvance(QChar(0x2713)) + 6;
    return size;
}

} // namespace Tessera
