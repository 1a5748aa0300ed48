#include "IntegrationBadge.h"

#include "ui/common/Spacing.h"

#include <QFontMetricsF>
#include <QPainter>

namespace Tessera {

namespace {
constexpr qreal iconSize = 14;
constexpr qreal inner = Spacing::Normal; // padding inside the pill, and between icon and word
constexpr qreal vertical = Spacing::Tight;
} // namespace

StatusPalette::Status IntegrationBadge::status(Integration::State state)
{
    switch (state) {
    case Integration::State::Enabled: return StatusPalette::Status::Ok;
    case Integration::State::NeedsAttention: return StatusPalette::Status::Attention;
    case Integration::State::NotInPlan: return StatusPalette::Status::Unavailable;
    case Integration::State::Available: return StatusPalette::Status::Available;
    }
    return StatusPalette::Status::Unavailable;
}

QIcon IntegrationBadge::icon(Integration::State state)
{
    return StatusPalette::icon(status(state));
}

QSizeF IntegrationBadge::pillSize(const QString &word, const QFont &font)
{
    const QFontMetricsF metrics(font);
    return {inner + iconSize + inner / 2 + metrics.horizontalAdvance(word) + inner,
            std::max(metrics.height(), iconSize) + 2 * vertical};
}

void IntegrationBadge::paintPill(QPainter *painter, const QPointF &topLeft,
                                 Integration::State state, const QString &word,
                                 const QFont &font, const QPalette &palette)
{
    const StatusPalette::Status pillStatus = status(state);
    const QRectF pill(topLeft, pillSize(word, font));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(StatusPalette::color(pillStatus, palette), 1));
    painter->setBrush(StatusPalette::background(pillStatus, palette));
    painter->drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), pill.height() / 2,
                             pill.height() / 2);
    const QRectF iconRect(pill.left() + inner, pill.center().y() - iconSize / 2, iconSize,
                          iconSize);
    icon(state).paint(painter, iconRect.toAlignedRect());
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(QRectF(iconRect.right() + inner / 2, pill.top(),
                             pill.right() - inner - iconRect.right() - inner / 2, pill.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, word);
    painter->restore();
}

} // namespace Tessera
