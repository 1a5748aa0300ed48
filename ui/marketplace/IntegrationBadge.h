#pragma once

#include "models/domain/Integration.h"
#include "ui/common/StatusPalette.h"

#include <QString>

namespace Tessera::IntegrationBadge {

// How a state looks everywhere (tile, side panel): palette status and a leading symbol.
StatusPalette::Status status(Integration::State state);
QString symbol(Integration::State state);
// A stable colour for an integration's monogram icon.
QColor monogramColor(const QString &integrationId);

} // namespace Tessera::IntegrationBadge
