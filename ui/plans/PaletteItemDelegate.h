#pragma once

#include <QStyledItemDelegate>

namespace Tessera {

// Paints a palette entry's title lines in the text colour and the lines below them (the
// partner's description, a refusal) muted, as captions are elsewhere. The text is already
// wrapped into lines by the tree, so the size stays the standard one.
class PaletteItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaletteItemDelegate)
public:
    // The item's data under this role: how many of its lines are the title.
    explicit PaletteItemDelegate(int titleLinesRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    // A little air between entries, so one package's description is not read as the next title.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_titleLinesRole;
};

} // namespace Tessera
