#include "PageTitle.h"

namespace Tessera {

PageTitle::PageTitle(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    QFont heading = font();
    heading.setPointSizeF(heading.pointSizeF() * 1.35);
    heading.setBold(true);
    setFont(heading);
    setAccessibleName(text);
    setAccessibleDescription(tr("Page title"));
}

} // namespace Tessera
