#pragma once

#include <QLabel>

namespace Tessera {

class BackendSession;

// Status-bar text for the backend connection: a coloured dot plus words (never colour alone).
class ConnectionIndicator final : public QLabel
{
    Q_OBJECT
public:
    explicit ConnectionIndicator(BackendSession *session, QWidget *parent = nullptr);

private:
    void refresh();
    BackendSession *m_session;
};

} // namespace Tessera
