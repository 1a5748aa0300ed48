#include "Spacing.h"

#include <QLayout>

namespace Tessera::Spacing {

void setPageMargins(QLayout *layout)
{
    layout->setContentsMargins(Page, Page, Page, Page);
    layout->setSpacing(Normal);
}

void setGroupMargins(QLayout *layout)
{
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Normal);
}

} // namespace Tessera::Spacing
