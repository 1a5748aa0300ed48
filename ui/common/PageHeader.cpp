#include "PageHeader.h"

#include "DataAgeLabel.h"
#include "Retranslator.h"
#include "Spacing.h"
#include "TextStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Tessera {

PageHeader::PageHeader(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_subtitle(new QLabel(this))
    , m_dataAge(new DataAgeLabel(this))
    , m_actions(new QHBoxLayout)
    , m_captionRow(new QWidget(this))
{
    setObjectName(QStringLiteral("pageHeader"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    TextStyle::apply(m_title, TextStyle::Role::PageTitle);
    m_title->setAccessibleName(title);
    Retranslator::follow(this, [this] { m_title->setAccessibleDescription(tr("Page title")); });
    TextStyle::apply(m_subtitle, TextStyle::Role::Caption);
    m_subtitle->setVisible(false);
    m_subtitle->setWordWrap(true);
    Spacing::setGroupMargins(m_actions);

    auto *titleRow = new QHBoxLayout;
    Spacing::setGroupMargins(titleRow);
    titleRow->addWidget(m_title, 0, Qt::AlignVCenter);
    titleRow->addStretch(1);
    titleRow->addLayout(m_actions);
    auto *titleRowWidget = new QWidget(this);
    titleRowWidget->setLayout(titleRow);
    titleRowWidget->setMinimumHeight(4 * Spacing::Unit);

    auto *captionRow = new QHBoxLayout(m_captionRow);
    Spacing::setGroupMargins(captionRow);
    captionRow->setSpacing(Spacing::Wide);
    captionRow->addWidget(m_subtitle, 1);
    captionRow->addWidget(m_dataAge, 0, Qt::AlignRight | Qt::AlignVCenter);
    m_dataAge->installEventFilter(this);
    m_captionRow->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::Tight);
    layout->addWidget(titleRowWidget);
    layout->addWidget(m_captionRow);
}

void PageHeader::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setAccessibleName(title);
}

QString PageHeader::title() const
{
    return m_title->text();
}

void PageHeader::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
    updateCaptionRow();
}

QString PageHeader::subtitle() const
{
    return m_subtitle->text();
}

void PageHeader::addAction(QWidget *widget)
{
    widget->setParent(this);
    m_actions->addWidget(widget, 0, Qt::AlignVCenter);
}

bool PageHeader::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dataAge && (event->type() == QEvent::ShowToParent
                                 || event->type() == QEvent::HideToParent))
        updateCaptionRow();
    return QWidget::eventFilter(watched, event);
}

void PageHeader::updateCaptionRow()
{
    m_captionRow->setVisible(!m_subtitle->text().isEmpty() || !m_dataAge->isHidden());
}

} // namespace Tessera
