#include "UnavailableView.h"

#include "ui/common/EmptyState.h"
#include "ui/common/PageHeader.h"
#include "ui/common/Spacing.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

UnavailableView::UnavailableView(Text title, Text reason, QWidget *parent)
    : QWidget(parent)
    , m_title(std::move(title))
    , m_reason(std::move(reason))
    , m_header(new PageHeader({}, this))
    , m_reasonState(new EmptyState(this))
{
    setObjectName(u"unavailableView"_s);
    if (auto *text = m_reasonState->findChild<QLabel *>())
        text->setObjectName(u"unavailableReason"_s);
    auto *layout = new QVBoxLayout(this);
    Spacing::setPageMargins(layout);
    layout->addWidget(m_header);
    layout->addWidget(m_reasonState, 1);
    retranslateUi();
}

void UnavailableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UnavailableView::retranslateUi()
{
    const QString title = m_title();
    const QString reason = m_reason();
    m_header->setTitle(title);
    m_reasonState->setText(reason);
    setAccessibleName(title);
    setAccessibleDescription(reason);
}

} // namespace Tessera
