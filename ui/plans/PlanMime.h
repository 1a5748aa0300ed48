#pragma once

#include <QString>

namespace Tessera::PlanMime {

// The designer's drag formats: a palette item (PaletteItem::key()) or an activity id being
// dragged onto a stage, encoded and decoded with DragIds.
inline QString paletteItem() { return QStringLiteral("application/x-tessera-plan-palette-item"); }
inline QString activity() { return QStringLiteral("application/x-tessera-plan-activity"); }

} // namespace Tessera::PlanMime
