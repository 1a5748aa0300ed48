#pragma once

#include <QObject>
#include <QTimer>

namespace Tessera {

// Copies a secret to the clipboard and clears it after a while, unless something else has
// been copied since (then the clipboard is the user's again).
class ClipboardGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipboardGuard)
public:
    explicit ClipboardGuard(QObject *parent = nullptr);
    ~ClipboardGuard() override;

    void copySecret(const QString &secret);
    void setClearAfter(int milliseconds) { m_timer.setInterval(milliseconds); }
    int clearAfter() const { return m_timer.interval(); }
    bool isPending() const { return m_timer.isActive(); }
    void clearNow();

private:
    QTimer m_timer;
    QString m_copied;
};

} // namespace Tessera
