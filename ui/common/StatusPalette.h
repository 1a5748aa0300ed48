#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace Tessera {

// The only place with status colours (UX.md): green ok, amber attention, red failing, grey not
// available, blue in progress, slate available to set up — tuned for the current light or dark palette. Never used alone:
// every status also has a word and an icon.
namespace StatusPalette {

// Available: can be set up, nothing wrong (a neutral colour, a plus).
enum class Status { Ok, Attention, Failing, Unavailable, InProgress, Available };

QColor color(Status status, const QPalette &palette);
QColor background(Status status, const QPalette &palette); // a faint tint for banners
bool isDark(const QPalette &palette);
QIcon icon(Status status); // :/icons/status/<name>.svg

} // namespace StatusPalette
} // namespace Tessera
