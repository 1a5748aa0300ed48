#include "SecretClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

namespace Tessera::SecretClipboard {

void copy(const QString &secret, std::chrono::milliseconds clearAfter)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    auto *mime = new QMimeData;
    mime->setText(secret);
    // Asks clipboard managers (KDE's Klipper) not to keep it in their history.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    clipboard->setMimeData(mime);
    // The application owns the timer, so closing the dialog does not leave the secret behind.
    QTimer::singleShot(clearAfter, qApp, [secret] {
        QClipboard *board = QGuiApplication::clipboard();
        if (board->text() == secret)
            board->clear();
    });
}

} // namespace Tessera::SecretClipboard
