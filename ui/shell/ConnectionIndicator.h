#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace Tessera {

class BackendSession;

// Status-bar line for the backend connection: a status icon plus words (never colour alone).
class ConnectionIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionIndicator)
public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);

    // The session of the backend in use; null: not connected.
    void setSession(BackendSession *session);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<BackendSession> m_session;
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace Tessera
