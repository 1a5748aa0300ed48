#include "UnavailableView.h"

#include "ui/common/PageTitle.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

UnavailableView::UnavailableView(const QString &title, const QString &reason, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"unavailableView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(8);
    layout->addWidget(new PageTitle(title, this));
    auto *text = new QLabel(reason, this);
    text->setObjectName(u"unavailableReason"_s);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    layout->addStretch();
    setAccessibleName(title);
    setAccessibleDescription(reason);
}

} // namespace Tessera
