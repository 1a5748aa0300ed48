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
    // A role, not a colour copied now, so captions follow a palette that changes later.
    if (role == Role::Caption)
        widget->setForegroundRole(QPalette::PlaceholderText);
}

} // namespace Tessera::TextStyle
