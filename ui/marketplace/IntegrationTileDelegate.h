#pragma once

#include "ui/common/Spacing.h"

#include <QStyledItemDelegate>

namespace Tessera {

// Paints one marketplace tile: the category's glyph, the name, the category, the description
// in two lines ending at a word, and the state pill (colour, icon and word).
class IntegrationTileDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationTileDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int tileWidth = 280;
    static constexpr int gap = Spacing::Normal;   // between tiles
    static constexpr int padding = Spacing::Wide; // inside a tile
    static constexpr int glyphBox = 32;
    static constexpr int glyphSize = 20;
    // The description's lines as a tile shows them, for a font.
    static QStringList descriptionLines(const QString &description, const QFont &font);
    // Where a tile painted in `tile` shows its category's glyph.
    static QRect glyphRect(const QRect &tile);
    static QFont nameFont(const QFont &base);
    static QFont captionFont(const QFont &base);
};

} // namespace Tessera
