#pragma once

#include <QLabel>
#include <QPointer>

namespace Tessera {

class BackendSession;

// Status-bar text for the backend connection: a coloured dot plus words (never colour alone).
class ConnectionIndicator final : public QLabel
{
    Q_OBJECT
public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);

    // The session of the backend in use; null: not connected.
    void setSession(BackendSession *session);

private:
    void refresh();
    QPointer<BackendSession> m_session;
};

} // namespace Tessera
