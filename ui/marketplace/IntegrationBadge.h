#pragma once

#include "models/domain/Integration.h"
#include "ui/common/StatusPalette.h"

#include <QIcon>
#include <QString>

class QPainter;
class QRectF;

namespace Tessera {

// How an integration's state looks everywhere (tile, side panel): a pill with the palette's
// colour, the status icon and the word — never colour alone.
class IntegrationBadge final
{
public:
    static StatusPalette::Status status(Integration::State state);
    static QIcon icon(Integration::State state);
    // The pill's size for a word in a font, and the pill painted at a point.
    static QSizeF pillSize(const QString &word, const QFont &font);
    static void paintPill(QPainter *painter, const QPointF &topLeft, Integration::State state,
                          const QString &word, const QFont &font, const QPalette &palette);
};

} // namespace Tessera
