#include "DescriptionLines.h"

#include <QFontMetricsF>
#include <QTextLayout>

namespace Tessera {

namespace {

const QChar ellipsis(0x2026);

// The longest start of `line` that ends at a word and still fits with "…" after it.
QString elideAtWord(QString line, const QFontMetricsF &metrics, qreal width)
{
    line = line.trimmed();
    while (!line.isEmpty() && metrics.horizontalAdvance(line + ellipsis) > width) {
        const qsizetype space = line.lastIndexOf(u' ');
        if (space > 0)
            line = line.left(space).trimmed();
        else // one word longer than the line: there is no word to end at
            line.chop(1);
    }
    // A sentence that ends here reads better without its comma or full stop before "…".
    while (!line.isEmpty() && (line.back() == u',' || line.back() == u';'
                               || line.back() == u':' || line.back() == u'.'))
        line.chop(1);
    return line + ellipsis;
}

} // namespace

QStringList DescriptionLines::wrap(const QString &text, const QFont &font, qreal width,
                                   int maxLines)
{
    const QString simplified = text.simplified();
    QStringList lines;
    if (simplified.isEmpty() || maxLines <= 0 || width <= 0)
        return lines;
    QTextLayout layout(simplified, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    bool cut = false;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines) {
            cut = true;
            break;
        }
        lines << simplified.mid(line.textStart(), line.textLength());
    }
    layout.endLayout();
    for (QString &line : lines)
        line = line.trimmed();
    if (cut)
        lines.last() = elideAtWord(lines.last(), QFontMetricsF(font), width);
    return lines;
}

} // namespace Tessera
