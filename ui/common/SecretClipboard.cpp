#include "SecretClipboard.h"

#include "models/secrets/SecretMemory.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QPointer>
#include <QTimer>

namespace Tessera::SecretClipboard {

namespace {

QPointer<QMimeData> &lastCopy()
{
    static QPointer<QMimeData> copied;
    return copied;
}

// The clipboard deletes its data when something else is copied, so a live pointer that the
// clipboard still hands out means it still holds our copy.
void clearIfHeld(const QPointer<QMimeData> &copied)
{
    if (!copied || !qApp)
        return;
    QClipboard *board = QGuiApplication::clipboard();
    if (board->mimeData() != copied.data())
        return;
    QString text = copied->text(); // shares the clipboard's buffer
    SecretMemory::wipe(text);
    board->clear();
}

} // namespace

void copy(const QString &secret, std::chrono::milliseconds clearAfter)
{
    auto *mime = new QMimeData;
    mime->setText(SecretMemory::ownCopy(secret));
    // Asks clipboard managers (KDE's Klipper) not to keep it in their history.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime);
    lastCopy() = mime;
    // The application owns the timer, so closing the dialog does not leave the secret behind.
    QTimer::singleShot(clearAfter, qApp, [copied = QPointer<QMimeData>(mime)] {
        clearIfHeld(copied);
    });
}

void clearNow()
{
    clearIfHeld(lastCopy());
}

} // namespace Tessera::SecretClipboard
