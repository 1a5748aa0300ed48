#pragma once

#include <QString>

namespace Tessera::Appearance {

// Applies "light", "dark" or "system" (the desktop's own palette and style) to the running
// application. Status colours, cards and chips read the palette when they paint, so a change
// shows at once.
void apply(const QString &appearance);

} // namespace Tessera::Appearance
