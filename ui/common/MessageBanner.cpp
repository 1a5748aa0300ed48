#include "MessageBanner.h"

#include "models/api/ApiError.h"
#include "Retranslator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tessera {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_details(new QLabel(this))
    , m_detailsToggle(new QToolButton(this))
    , m_retry(new QPushButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setVisible(false);
    QFont mono = m_details->font();
    mono.setFamily(QStringLiteral("monospace"));
    m_details->setFont(mono);
    m_detailsToggle->setCheckable(true);
    Retranslator::follow(this, [this] {
        setAccessibleName(tr("Message"));
        m_detailsToggle->setText(tr("Details"));
        m_detailsToggle->setAccessibleName(tr("Show details"));
        m_retry->setText(tr("Retry"));
        m_retry->setAccessibleName(tr("Retry"));
    });
    connect(m_detailsToggle, &QToolButton::toggled, m_details, &QLabel::setVisible);
    connect(m_retry, &QPushButton::clicked, this, &MessageBanner::retryRequested);

    auto *row = new QHBoxLayout;
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    row->addWidget(m_detailsToggle, 0, Qt::AlignTop);
    row->addWidget(m_retry, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(row);
    layout->addWidget(m_details);
    setVisible(false);
}

void MessageBanner::showError(const ApiError &error, bool offerRetry)
{
    const bool transient = error.isTransient() || error.kind() == ApiError::Kind::Transport;
    showMessage(StatusPalette::Status::Failing, error.userMessage(), error.details(),
                offerRetry && (transient || error.kind() == ApiError::Kind::MalformedBody));
}

void MessageBanner::showMessage(StatusPalette::Status status, const QString &text,
                                const QString &details, bool offerRetry)
{
    m_status = status;
    m_text->setText(text);
    m_details->setText(details);
    m_detailsToggle->setVisible(!details.isEmpty());
    m_detailsToggle->setChecked(false);
    m_retry->setVisible(offerRetry);
    const QStyle::StandardPixmap icon = status == StatusPalette::Status::Failing
        ? QStyle::SP_MessageBoxCritical
        : status == StatusPalette::Status::Attention ? QStyle::SP_MessageBoxWarning
                                                     : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    setAccessibleDescription(text);
    applyColours();
    setVisible(true);
}

void MessageBanner::clear()
{
    setVisible(false);
    m_text->clear();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void MessageBanner::applyColours()
{
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, StatusPalette::background(m_status, QPalette()));
    setPalette(tinted);
}

} // namespace Tessera
