#pragma once

#include <QString>

namespace Tessera::MappingMime {

// The mapping editor's drag formats: source field ids (SourceFieldsModel) and target field ids
// (MappingModel), encoded and decoded with DragIds (also as text, for drops into text fields).
inline QString sourceFields() { return QStringLiteral("application/x-tessera-source-fields"); }
inline QString targetFields() { return QStringLiteral("application/x-tessera-target-fields"); }

} // namespace Tessera::MappingMime
