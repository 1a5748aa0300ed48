#include "IntegrationTileDelegate.h"

#include "DescriptionLines.h"
#include "IntegrationBadge.h"
#include "IntegrationCategory.h"
#include "LocalizedIntegrations.h"
#include "models/integrations/IntegrationsModel.h"
#include "ui/common/TextStyle.h"

#include <QPainter>

namespace Tessera {

namespace {

constexpr int cardWidth = IntegrationTileDelegate::tileWidth - IntegrationTileDelegate::gap;
constexpr int textWidth = cardWidth - 2 * IntegrationTileDelegate::padding;
constexpr int lineGap = Spacing::Normal; // between the header, the description and the pill

} // namespace

QFont IntegrationTileDelegate::nameFont(const QFont &base)
{
    return TextStyle::font(TextStyle::Role::Section, base);
}

QFont IntegrationTileDelegate::captionFont(const QFont &base)
{
    return TextStyle::font(TextStyle::Role::Caption, base);
}

QRect IntegrationTileDelegate::glyphRect(const QRect &tile)
{
    const QPoint boxTopLeft = tile.topLeft() + QPoint(gap / 2 + padding, gap / 2 + padding);
    return {boxTopLeft + QPoint((glyphBox - glyphSize) / 2, (glyphBox - glyphSize) / 2),
            QSize(glyphSize, glyphSize)};
}

QStringList IntegrationTileDelegate::descriptionLines(const QString &description,
                                                      const QFont &font)
{
    return DescriptionLines::wrap(description, font, textWidth, 2);
}

void IntegrationTileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const QRectF card = QRectF(option.rect).adjusted(gap / 2.0 + 0.5, gap / 2.0 + 0.5,
                                                     -gap / 2.0 - 0.5, -gap / 2.0 - 0.5);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const bool hovered = option.state & QStyle::State_MouseOver;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(selected || focused ? palette.color(QPalette::Highlight)
                         : hovered           ? palette.color(QPalette::Dark)
                                             : palette.color(QPalette::Mid),
                         selected || focused ? 2 : 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(card, 8, 8);

    // The category's glyph on a quiet square.
    const QRectF glyphBoxRect(option.rect.left() + gap / 2 + padding,
                              option.rect.top() + gap / 2 + padding, glyphBox, glyphBox);
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette.color(QPalette::AlternateBase));
    painter->drawRoundedRect(glyphBoxRect, 6, 6);
    IntegrationCategory::glyph(index.data(IntegrationsModel::CategoryRole).toString())
        .paint(painter, glyphRect(option.rect));

    // Name and category beside it.
    const qreal textLeft = glyphBoxRect.right() + Spacing::Wide - Spacing::Tight;
    const qreal headerWidth = card.right() - padding - textLeft;
    const QFont name = nameFont(option.font);
    const QFont caption = captionFont(option.font);
    const QFontMetricsF nameMetrics(name);
    const QFontMetricsF captionMetrics(caption);
    const qreal headerHeight = nameMetrics.height() + captionMetrics.height();
    const qreal headerTop = glyphBoxRect.center().y() - headerHeight / 2;
    painter->setFont(name);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(QRectF(textLeft, headerTop, headerWidth, nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(index.data(IntegrationsModel::NameRole).toString(),
                                             Qt::ElideRight, headerWidth));
    painter->setFont(caption);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(
        QRectF(textLeft, headerTop + nameMetrics.height(), headerWidth, captionMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        captionMetrics.elidedText(index.data(LocalizedIntegrations::CategoryNameRole).toString(),
                                  Qt::ElideRight, headerWidth));

    // The description: two lines at most, ending at a word.
    const QFontMetricsF metrics(option.font);
    const qreal descriptionTop = glyphBoxRect.bottom() + lineGap;
    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::Text));
    const QStringList lines = descriptionLines(
        index.data(IntegrationsModel::DescriptionRole).toString(), option.font);
    for (qsizetype line = 0; line < lines.size(); ++line)
        painter->drawText(QRectF(card.left() + padding,
                                 descriptionTop + line * metrics.lineSpacing(), textWidth,
                                 metrics.lineSpacing()),
                          Qt::AlignLeft | Qt::AlignVCenter, lines.at(line));

    // The state pill at the bottom.
    const auto state = Integration::State(index.data(IntegrationsModel::StateRole).toInt());
    const QString word = index.data(IntegrationsModel::StateTextRole).toString();
    const QSizeF pill = IntegrationBadge::pillSize(word, caption);
    IntegrationBadge::paintPill(painter,
                                QPointF(card.left() + padding, card.bottom() - padding - pill.height()),
                                state, word, caption, palette);
    painter->restore();
}

QSize IntegrationTileDelegate::sizeHint(const QStyleOptionViewItem &option,
                                        const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    const QSizeF pill = IntegrationBadge::pillSize(QStringLiteral("X"), captionFont(option.font));
    const int height = gap + 2 * padding + glyphBox + lineGap + 2 * metrics.lineSpacing()
        + lineGap + int(std::ceil(pill.height()));
    return {tileWidth, height};
}

} // namespace Tessera
