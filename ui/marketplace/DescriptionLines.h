#pragma once

#include <QFont>
#include <QStringList>

namespace Tessera {

// Word-wraps a text into at most a number of lines of a width. When it does not fit, the last
// line ends at a whole word followed by "…" — never in the middle of a word.
class DescriptionLines final
{
public:
    static QStringList wrap(const QString &text, const QFont &font, qreal width, int maxLines);
};

} // namespace Tessera
