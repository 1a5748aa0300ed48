#pragma once

#include <QObject>
#include <QRect>

class QPropertyAnimation;
class QWidget;

namespace Tessera {

// Slides a panel in from the right edge of an area and over it, without taking space from it
// (what is under it does not reflow). The panel and the area share a parent; the panel follows
// the area when it moves or resizes. Slides only when the desktop wants UI effects.
class SlideOver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlideOver)
public:
    SlideOver(QWidget *panel, QWidget *area, int width);

    void open();
    void close();
    bool isOpen() const { return m_open; }
    // Where the panel sits when open, in its parent's coordinates.
    QRect openGeometry() const;

    static constexpr int duration = 160; // ms

Q_SIGNALS:
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QRect closedGeometry() const;
    void slideTo(const QRect &target);
    void finish();

    QWidget *m_panel;
    QWidget *m_area;
    int m_width;
    bool m_open = false;
    QPropertyAnimation *m_animation;
};

} // namespace Tessera
