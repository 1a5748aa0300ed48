#include "PageTitle.h"

#include "TextStyle.h"

namespace Tessera {

PageTitle::PageTitle(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    TextStyle::apply(this, TextStyle::Role::PageTitle);
    setAccessibleName(text);
    setAccessibleDescription(tr("Page title"));
}

} // namespace Tessera
