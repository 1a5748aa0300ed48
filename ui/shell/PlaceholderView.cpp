#include "PlaceholderView.h"

#include "ui/common/PageTitle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Tessera {

PlaceholderView::PlaceholderView(const QString &title, const QString &purpose, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(8);
    layout->addWidget(new PageTitle(title, this));
    auto *text = new QLabel(purpose + QStringLiteral("\n\n")
                                + tr("This view is coming in the next release."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(text);
    layout->addStretch();
    setAccessibleName(title);
}

} // namespace Tessera
