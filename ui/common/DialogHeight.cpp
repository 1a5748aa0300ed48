#include "DialogHeight.h"

#include <QLayout>
#include <QWidget>

namespace Tessera::DialogHeight {

int needed(QWidget *dialog)
{
    QLayout *layout = dialog->layout();
    layout->activate();
    return layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                       : layout->totalSizeHint().height();
}

void grow(QWidget *dialog)
{
    const int height = needed(dialog);
    if (height > dialog->height())
        dialog->resize(dialog->width(), height);
}

} // namespace Tessera::DialogHeight
