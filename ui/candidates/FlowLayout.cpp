#include "FlowLayout.h"

#include <QWidget>

namespace Tessera {

FlowLayout::FlowLayout(int across, int down, QWidget *parent)
    : QLayout(parent)
    , m_across(across)
    , m_down(down)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the narrowest item allows: wider items take a line of their own and shrink.
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(QSize(item->minimumSize().width(), 0));
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        if (width > 0)
            width += m_across;
        width += item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    struct Placed
    {
        QLayoutItem *item;
        QRect geometry;
    };
    QList<Placed> line;
    int y = area.y();
    int lineHeight = 0;
    // Items of one line share its middle, so a chip and a label beside it line up.
    const auto finishLine = [&] {
        if (apply) {
            for (Placed &placed : line) {
                placed.geometry.moveTop(y + (lineHeight - placed.geometry.height()) / 2);
                placed.item->setGeometry(placed.geometry);
            }
        }
        line.clear();
    };
    int x = area.x();
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        QSize size = item->sizeHint();
        size.setWidth(std::min(size.width(), area.width()));
        if (x > area.x() && x + size.width() > area.x() + area.width()) {
            finishLine();
            x = area.x();
            y += lineHeight + m_down;
            lineHeight = 0;
        }
        line.append({item, QRect(QPoint(x, y), size)});
        x += size.width() + m_across;
        lineHeight = std::max(lineHeight, size.height());
    }
    finishLine();
    const QMargins margins = contentsMargins();
    return y + lineHeight - rect.y() + margins.bottom();
}

} // namespace Tessera
