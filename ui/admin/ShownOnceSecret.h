#pragma once

#include <QWidget>

#include <chrono>

class QLabel;
class QPushButton;

namespace Tessera {

class SecretLineEdit;

// The page that shows a new secret exactly once: masked with Show, a Copy button whose
// clipboard copy clears itself, and a plain warning that it will not be shown again.
class ShownOnceSecret final : public QWidget
{
    Q_OBJECT
public:
    explicit ShownOnceSecret(QWidget *parent = nullptr);

    void present(const QString &title, const QString &secret);
    void wipe(); // forgets the secret (the clipboard clears on its own)
    void setClipboardClearDelay(std::chrono::milliseconds delay)
    {
        m_clearAfter = delay;
        showClearDelay();
    }

private:
    void showClearDelay();

    QLabel *m_heading;
    SecretLineEdit *m_secret;
    QPushButton *m_copy;
    QLabel *m_copied;
    std::chrono::milliseconds m_clearAfter;
};

} // namespace Tessera
