#include "UnavailableView.h"

#include "ui/common/EmptyState.h"
#include "ui/common/PageHeader.h"
#include "ui/common/Spacing.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

UnavailableView::UnavailableView(const QString &title, const QString &reason, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"unavailableView"_s);
    auto *reasonState = new EmptyState(this);
    reasonState->setText(reason);
    if (auto *text = reasonState->findChild<QLabel *>())
        text->setObjectName(u"unavailableReason"_s);
    auto *layout = new QVBoxLayout(this);
    Spacing::setPageMargins(layout);
    layout->addWidget(new PageHeader(title, this));
    layout->addWidget(reasonState, 1);
    setAccessibleName(title);
    setAccessibleDescription(reason);
}

} // namespace Tessera
