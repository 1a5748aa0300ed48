#include "TextStyle.h"

#include <QPalette>
#include <QWidget>

namespace Tessera::TextStyle {

QFont font(Role role, const QFont &base)
{
    QFont result = base;
    switch (role) {
    case Role::PageTitle:
        result.setPointSizeF(base.pointSizeF() * 1.35);
        result.setBold(true);
        break;
    case Role::Section: result.setBold(true); break;
    case Role::Body: break;
    case Role::Caption: result.setPointSizeF(base.pointSizeF() * 0.9); break;
    }
    return result;
}

void apply(QWidget *widget, Role role)
{
    widget->setFont(font(role, widget->parentWidget() ? widget->parentWidget()->font()
                                                      : widget->font()));
    if (role == Role::Caption) {
        QPalette palette = widget->palette();
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
        palette.setColor(QPalette::Text, palette.color(QPalette::PlaceholderText));
        widget->setPalette(palette);
    }
}

} // namespace Tessera::TextStyle
