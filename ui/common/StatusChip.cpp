#include "StatusChip.h"

#include "Spacing.h"

#include <QPainter>
#include <QPainterPath>

namespace Tessera {

namespace {
constexpr int IconSize = 14;
}

StatusChip::StatusChip(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void StatusChip::setStatus(StatusPalette::Status status, const QString &word)
{
    m_status = status;
    m_word = word;
    setAccessibleName(word);
    setToolTip(word);
    updateGeometry();
    update();
}

QSize StatusChip::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int height = qMax(metrics.height(), IconSize) + Spacing::Tight;
    const int width = Spacing::Normal + IconSize + Spacing::Tight
        + metrics.horizontalAdvance(m_word) + Spacing::Normal;
    return {width, height};
}

void StatusChip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = StatusPalette::color(m_status, palette());
    const QRectF pill = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter.fillPath(path, StatusPalette::background(m_status, palette()));
    painter.setPen(colour);
    painter.drawPath(path);

    const QRect iconRect(Spacing::Normal, (height() - IconSize) / 2, IconSize, IconSize);
    StatusPalette::icon(m_status).paint(&painter, iconRect);
    const QRect textRect(iconRect.right() + 1 + Spacing::Tight, 0,
                         width() - iconRect.right() - Spacing::Tight - Spacing::Normal, height());
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, m_word);
}

} // namespace Tessera
