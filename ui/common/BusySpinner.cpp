#include "BusySpinner.h"

#include "Retranslator.h"
#include "Spacing.h"

#include <QPainter>

namespace Tessera {

namespace {
constexpr int Segments = 12;
}

BusySpinner::BusySpinner(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    Retranslator::follow(this, [this] { setAccessibleName(tr("Working")); });
    m_timer.setInterval(80);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_step = (m_step + 1) % Segments;
        update();
    });
}

QSize BusySpinner::sizeHint() const
{
    return {3 * Spacing::Unit, 3 * Spacing::Unit};
}

void BusySpinner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(width(), height());
    painter.translate(width() / 2.0, height() / 2.0);
    QColor colour = palette().color(QPalette::Highlight);
    QPen pen(colour, side / 10.0, Qt::SolidLine, Qt::RoundCap);
    for (int i = 0; i < Segments; ++i) {
        const int age = (m_step - i + Segments) % Segments;
        colour.setAlphaF(float(1.0 - age / double(Segments)));
        pen.setColor(colour);
        painter.setPen(pen);
        painter.save();
        painter.rotate(i * 360.0 / Segments);
        painter.drawLine(QPointF(0, -side * 0.25), QPointF(0, -side * 0.45));
        painter.restore();
    }
}

void BusySpinner::showEvent(QShowEvent *event)
{
    m_timer.start();
    QWidget::showEvent(event);
}

void BusySpinner::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}

} // namespace Tessera
