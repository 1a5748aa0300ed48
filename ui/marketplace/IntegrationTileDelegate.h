#pragma once

#include <QStyledItemDelegate>

namespace Tessera {

// Paints one marketplace tile: a monogram icon, the name, the category, a two-line description
// and the state badge (colour, icon and word: never colour alone).
class IntegrationTileDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QSize tileSize() { return {280, 156}; }
};

} // namespace Tessera
