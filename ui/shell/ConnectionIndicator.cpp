#include "ConnectionIndicator.h"

#include "models/session/BackendSession.h"

#include <QRegularExpression>

namespace Tessera {

namespace {
QString dot(const char *colour)
{
    return QStringLiteral("<span style=\"color:%1\">\u25CF</span> ").arg(QLatin1String(colour));
}
} // namespace

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setAccessibleName(tr("Connection status"));
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

void ConnectionIndicator::refresh()
{
    if (!m_session) {
        setText(dot("gray") + tr("Not connected"));
        setAccessibleDescription(tr("Not connected"));
        return;
    }
    const auto &organization = m_session->organization();
    QString text;
    switch (m_session->state()) {
    case BackendSession::State::Disconnected:
        text = dot("gray") + tr("Not connected");
        break;
    case BackendSession::State::Connecting:
        text = dot("#1f6feb") + tr("Connecting…");
        break;
    case BackendSession::State::Connected:
        text = dot("#1a7f37")
            + (organization.isSandbox ? tr("Connected: %1 (sandbox) · plan %2")
                                      : tr("Connected: %1 · plan %2"))
                  .arg(organization.name.toHtmlEscaped(),
                       organization.plan.isEmpty() ? tr("unknown") : organization.plan);
        break;
    case BackendSession::State::Failed:
        text = dot("#cf222e") + tr("Not connected: %1")
                                    .arg(m_session->lastError().userMessage().toHtmlEscaped());
        break;
    }
    setText(text);
    setAccessibleDescription(QLabel::text().remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
}

} // namespace Tessera
