#include "ConnectionIndicator.h"

#include "models/session/BackendSession.h"
#include "ui/common/Spacing.h"
#include "ui/common/StatusPalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace Tessera {

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    m_text->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(Spacing::Tight, 0, 0, 0);
    layout->setSpacing(Spacing::Tight);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    refresh();
}

void ConnectionIndicator::setSession(BackendSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session)
        connect(session, &BackendSession::stateChanged, this, &ConnectionIndicator::refresh);
    refresh();
}

QString ConnectionIndicator::text() const
{
    return m_text->text();
}

void ConnectionIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void ConnectionIndicator::refresh()
{
    setAccessibleName(tr("Connection status"));
    using Status = StatusPalette::Status;
    Status status = Status::Unavailable;
    QString text = tr("Not connected");
    if (m_session) {
        const auto &organization = m_session->organization();
        switch (m_session->state()) {
        case BackendSession::State::Disconnected: break;
        case BackendSession::State::Connecting:
            status = Status::InProgress;
            text = tr("Connecting…");
            break;
        case BackendSession::State::Connected:
            status = Status::Ok;
            text = (organization.isSandbox ? tr("Connected: %1 (sandbox) · plan %2")
                                           : tr("Connected: %1 · plan %2"))
                       .arg(organization.name,
                            organization.plan.isEmpty() ? tr("unknown") : organization.plan);
            break;
        case BackendSession::State::Failed:
            status = Status::Failing;
            text = tr("Not connected: %1").arg(m_session->lastError().userMessage());
            break;
        }
    }
    const int side = m_text->fontMetrics().height();
    m_icon->setPixmap(StatusPalette::icon(status).pixmap(side, side));
    m_text->setText(text);
    setAccessibleDescription(text);
}

} // namespace Tessera
