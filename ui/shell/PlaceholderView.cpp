#include "PlaceholderView.h"

#include "ui/common/EmptyState.h"
#include "ui/common/PageHeader.h"
#include "ui/common/Spacing.h"

#include <QVBoxLayout>

namespace Tessera {

PlaceholderView::PlaceholderView(const QString &title, const QString &purpose, QWidget *parent)
    : QWidget(parent)
{
    auto *header = new PageHeader(title, this);
    header->setSubtitle(purpose);
    auto *coming = new EmptyState(this);
    coming->setText(tr("This view is coming in the next release."));
    auto *layout = new QVBoxLayout(this);
    Spacing::setPageMargins(layout);
    layout->addWidget(header);
    layout->addWidget(coming, 1);
    setAccessibleName(title);
}

} // namespace Tessera
