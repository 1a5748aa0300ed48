#include "PlaceholderView.h"

#include "ui/common/EmptyState.h"
#include "ui/common/PageHeader.h"
#include "ui/common/Spacing.h"

#include <QEvent>
#include <QVBoxLayout>

namespace Tessera {

PlaceholderView::PlaceholderView(const QString &title, const QString &purpose, QWidget *parent)
    : QWidget(parent)
    , m_header(new PageHeader(title, this))
    , m_coming(new EmptyState(this))
{
    auto *layout = new QVBoxLayout(this);
    Spacing::setPageMargins(layout);
    layout->addWidget(m_header);
    layout->addWidget(m_coming, 1);
    setTexts(title, purpose);
}

void PlaceholderView::setTexts(const QString &title, const QString &purpose)
{
    m_header->setTitle(title);
    m_header->setSubtitle(purpose);
    m_coming->setText(tr("This view is coming in the next release."));
    setAccessibleName(title);
}

void PlaceholderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_coming->setText(tr("This view is coming in the next release."));
    QWidget::changeEvent(event); // the window gives the title and purpose again
}

} // namespace Tessera
