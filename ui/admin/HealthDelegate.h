#pragma once

#include <QStyledItemDelegate>

namespace Tessera {

// Draws a status cell as a coloured mark (✓ ok, ✕ failing, – off; StatusPalette colours)
// before the cell's words, which always stay. `healthRole` holds an int(Health).
class HealthDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthDelegate)
public:
    HealthDelegate(int healthRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The status icon's side, for a row of this font.
    static int markSide(const QFontMetrics &metrics);

private:
    int m_healthRole;
};

} // namespace Tessera
