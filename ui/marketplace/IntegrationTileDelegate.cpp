#include "IntegrationTileDelegate.h"

#include "IntegrationBadge.h"
#include "models/integrations/IntegrationsModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace Tessera {

namespace {
constexpr int margin = 6;   // between tiles
constexpr int padding = 14; // inside a tile
constexpr int icon = 40;

// Word-wraps `text` into at most `maxLines` lines of `width`, eliding the last one.
QStringList wrappedLines(const QString &text, const QFont &font, qreal width, int maxLines)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    QStringList lines;
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const int start = line.textStart();
        if (lines.size() == maxLines - 1)
            lines << QFontMetricsF(font).elidedText(text.mid(start), Qt::ElideRight, width);
        else
            lines << text.mid(start, line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}
} // namespace

void IntegrationTileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const QRectF card = QRectF(option.rect).adjusted(margin + 0.5, margin + 0.5, -margin - 0.5,
                                                     -margin - 0.5);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const auto state = Integration::State(index.data(IntegrationsModel::StateRole).toInt());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(selected || focused ? palette.color(QPalette::Highlight)
                                             : palette.color(QPalette::Mid),
                         selected || focused ? 2 : 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(card, 8, 8);

    // Monogram icon.
    const QRectF iconRect(card.left() + padding, card.top() + padding, icon, icon);
    painter->setPen(Qt::NoPen);
    painter->setBrush(IntegrationBadge::monogramColor(index.data(IntegrationsModel::IdRole)
                                                          .toString()));
    painter->drawRoundedRect(iconRect, 8, 8);
    QFont monogramFont = option.font;
    monogramFont.setBold(true);
    monogramFont.setPointSizeF(option.font.pointSizeF() * 1.5);
    painter->setFont(monogramFont);
    painter->setPen(Qt::white);
    const QString name = index.data(IntegrationsModel::NameRole).toString();
    painter->drawText(iconRect, Qt::AlignCenter, name.left(1).toUpper());

    // Name and category beside the icon.
    const qreal textLeft = iconRect.right() + 10;
    const qreal textWidth = card.right() - padding - textLeft;
    QFont nameFont = option.font;
    nameFont.setBold(true);
    nameFont.setPointSizeF(option.font.pointSizeF() * 1.15);
    painter->setFont(nameFont);
    painter->setPen(palette.color(QPalette::Text));
    const QFontMetricsF nameMetrics(nameFont);
    painter->drawText(QRectF(textLeft, iconRect.top(), textWidth, nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, textWidth));
    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QFontMetricsF metrics(option.font);
    painter->drawText(QRectF(textLeft, iconRect.top() + nameMetrics.height() + 2, textWidth,
                             metrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(IntegrationsModel::CategoryRole).toString(),
                                         Qt::ElideRight, textWidth));

    // Description: two lines at most.
    const QRectF descriptionRect(card.left() + padding, iconRect.bottom() + 8,
                                 card.width() - 2 * padding, metrics.lineSpacing() * 2);
    painter->setPen(palette.color(QPalette::Text));
    const QString description = index.data(IntegrationsModel::DescriptionRole).toString();
    const QStringList lines = wrappedLines(description, option.font, descriptionRect.width(), 2);
    for (qsizetype line = 0; line < lines.size(); ++line)
        painter->drawText(QRectF(descriptionRect.left(),
                                 descriptionRect.top() + line * metrics.lineSpacing(),
                                 descriptionRect.width(), metrics.lineSpacing()),
                          Qt::AlignLeft | Qt::AlignVCenter, lines.at(line));

    // State badge.
    const StatusPalette::Status status = IntegrationBadge::status(state);
    const QString badge = IntegrationBadge::symbol(state) + u' '
        + index.data(IntegrationsModel::StateTextRole).toString();
    const qreal badgeHeight = metrics.height() + 6;
    const QRectF badgeRect(card.left() + padding, card.bottom() - padding - badgeHeight + 4,
                           std::min(card.width() - 2 * padding, metrics.horizontalAdvance(badge) + 18),
                           badgeHeight);
    painter->setPen(QPen(StatusPalette::color(status, palette), 1));
    painter->setBrush(StatusPalette::background(status, palette));
    painter->drawRoundedRect(badgeRect, badgeHeight / 2, badgeHeight / 2);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(badgeRect, Qt::AlignCenter, badge);
    painter->restore();
}

QSize IntegrationTileDelegate::sizeHint(const QStyleOptionViewItem &option,
                                        const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    // Icon row, two description lines, the badge, and the paddings.
    const int height = 2 * (margin + padding) + icon + 8 + 2 * metrics.lineSpacing() + 8
        + metrics.height() + 6;
    return {tileSize().width(), std::max(tileSize().height(), height)};
}

} // namespace Tessera
