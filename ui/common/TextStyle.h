#pragma once

#include <QFont>

class QWidget;

namespace Tessera::TextStyle {

// The type scale: the system font for body text, one step larger and bold for page titles,
// bold for sections, a step smaller and muted for captions.
enum class Role { PageTitle, Section, Body, Caption };

QFont font(Role role, const QFont &base);
void apply(QWidget *widget, Role role);

} // namespace Tessera::TextStyle
