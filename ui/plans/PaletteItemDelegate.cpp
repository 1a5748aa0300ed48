#include "PaletteItemDelegate.h"

#include "ui/common/Spacing.h"

#include <QApplication>
#include <QPainter>

namespace Tessera {

PaletteItemDelegate::PaletteItemDelegate(int titleLinesRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_titleLinesRole(titleLinesRole)
{
}

QSize PaletteItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    return index.data(m_titleLinesRole).isValid() ? size + QSize(0, Spacing::Tight) : size;
}

void PaletteItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QVariant titleLines = index.data(m_titleLinesRole);
    if (!titleLines.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    // The option holds the lines apart with Unicode line separators.
    const QStringList lines = item.text.split(QChar::LineSeparator);
    QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget);
    item.text.clear(); // the style paints the background, selection and focus only
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    const bool selected = item.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = !item.state.testFlag(QStyle::State_Enabled)
                                           ? QPalette::Disabled
                                           : QPalette::Normal;
    const QColor title = selected ? item.palette.color(group, QPalette::HighlightedText)
                                  : item.palette.color(group, QPalette::Text);
    const QColor muted = selected ? item.palette.color(group, QPalette::HighlightedText)
                                  : item.palette.color(group, QPalette::PlaceholderText);
    const QVariant foreground = index.data(Qt::ForegroundRole); // a refused item is greyed
    const int lineHeight = item.fontMetrics.lineSpacing();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, item.widget) + 1;
    int y = textRect.top() + (textRect.height() - lineHeight * int(lines.size())) / 2;
    painter->save();
    painter->setFont(item.font);
    for (qsizetype i = 0; i < lines.size(); ++i, y += lineHeight) {
        QColor colour = i < titleLines.toInt() ? title : muted;
        if (!selected && foreground.canConvert<QBrush>())
            colour = foreground.value<QBrush>().color();
        painter->setPen(colour);
        painter->drawText(QRect(textRect.left() + margin, y, textRect.width() - 2 * margin,
                                lineHeight),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, lines.at(i));
    }
    painter->restore();
}

} // namespace Tessera
