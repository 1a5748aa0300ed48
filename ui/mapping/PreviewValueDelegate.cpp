#include "PreviewValueDelegate.h"

#include "models/mapping/PreviewModel.h"
#include "ui/common/StatusPalette.h"

namespace Tessera {

PreviewValueDelegate::PreviewValueDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void PreviewValueDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != PreviewModel::ValueColumn)
        return;
    if (index.data(PreviewModel::IsProblemRole).toBool())
        option->palette.setColor(QPalette::Text,
                                 StatusPalette::color(StatusPalette::Status::Failing,
                                                      option->palette));
    else if (index.data(PreviewModel::IsEmptyRole).toBool())
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
}

} // namespace Tessera
