#include "Card.h"

#include "Spacing.h"
#include "TextStyle.h"

#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace Tessera {

Card::Card(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_body(new QVBoxLayout)
{
    TextStyle::apply(m_title, TextStyle::Role::Section);
    m_title->setVisible(!title.isEmpty());
    m_title->setWordWrap(true);
    Spacing::setGroupMargins(m_body);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::Wide, Spacing::Wide, Spacing::Wide, Spacing::Wide);
    layout->setSpacing(Spacing::Normal);
    layout->addWidget(m_title);
    layout->addLayout(m_body, 1);
    setAccessibleName(title);
}

void Card::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    setAccessibleName(title);
}

QString Card::title() const
{
    return m_title->text();
}

void Card::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter.fillPath(path, palette().color(QPalette::Base));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawPath(path);
}

} // namespace Tessera
