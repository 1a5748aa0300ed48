#pragma once

class QWidget;

namespace Tessera::DialogHeight {

// The height `dialog`'s layout needs at its current width (a wrapped label needs its full
// height), after activating the layout.
int needed(QWidget *dialog);
// Grows `dialog` when an inline message appeared; never shrinks it.
void grow(QWidget *dialog);

} // namespace Tessera::DialogHeight
