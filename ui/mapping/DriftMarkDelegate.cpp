#include "DriftMarkDelegate.h"

#include "models/mapping/MappingDocument.h"
#include "models/mapping/MappingModel.h"
#include "ui/common/StatusPalette.h"

namespace Tessera {

DriftMarkDelegate::DriftMarkDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void DriftMarkDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != MappingModel::SourceColumn
        || index.data(MappingModel::DriftWordRole).toString().isEmpty())
        return;
    constexpr auto attention = StatusPalette::Status::Attention;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = StatusPalette::icon(attention);
    const int size = option->fontMetrics.height();
    option->decorationSize = QSize(size, size);
    const QColor colour = StatusPalette::color(attention, option->palette);
    option->palette.setColor(QPalette::Text, colour);
    option->font.setBold(true);
}

} // namespace Tessera
