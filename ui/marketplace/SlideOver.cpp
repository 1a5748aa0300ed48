#include "SlideOver.h"

#include <QApplication>
#include <QEvent>
#include <QPropertyAnimation>
#include <QWidget>

#include <algorithm>

namespace Tessera {

SlideOver::SlideOver(QWidget *panel, QWidget *area, int width)
    : QObject(panel)
    , m_panel(panel)
    , m_area(area)
    , m_width(width)
    , m_animation(new QPropertyAnimation(panel, "geometry", this))
{
    Q_ASSERT(panel->parentWidget() == area->parentWidget());
    m_animation->setDuration(duration);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_animation, &QPropertyAnimation::finished, this, &SlideOver::finish);
    m_panel->hide();
    m_area->installEventFilter(this);
}

QRect SlideOver::openGeometry() const
{
    const QRect area = m_area->geometry();
    const int width = std::min(m_width, area.width());
    return {area.right() + 1 - width, area.top(), width, area.height()};
}

QRect SlideOver::closedGeometry() const
{
    const QRect open = openGeometry();
    return open.translated(open.width(), 0);
}

void SlideOver::open()
{
    if (m_open)
        return;
    m_open = true;
    if (!m_panel->isVisible())
        m_panel->setGeometry(closedGeometry());
    m_panel->show();
    m_panel->raise();
    slideTo(openGeometry());
}

void SlideOver::close()
{
    if (!m_open)
        return;
    m_open = false;
    slideTo(closedGeometry());
}

void SlideOver::slideTo(const QRect &target)
{
    m_animation->stop();
    if (!QApplication::isEffectEnabled(Qt::UI_General) || !m_panel->isVisible()) {
        m_panel->setGeometry(target);
        finish();
        return;
    }
    m_animation->setStartValue(m_panel->geometry());
    m_animation->setEndValue(target);
    m_animation->start();
}

void SlideOver::finish()
{
    if (!m_open) {
        m_panel->hide();
        Q_EMIT closed();
    }
}

bool SlideOver::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_area && (event->type() == QEvent::Resize || event->type() == QEvent::Move)
        && m_animation->state() != QAbstractAnimation::Running)
        m_panel->setGeometry(m_open ? openGeometry() : closedGeometry());
    return QObject::eventFilter(watched, event);
}

} // namespace Tessera
