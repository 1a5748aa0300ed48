#include "common/ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>

namespace Tessera {

ClipboardGuard::ClipboardGuard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(30'000);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearNow);
}

ClipboardGuard::~ClipboardGuard()
{
    // A wizard closed within the 30 s still must not leave the secret behind.
    if (m_timer.isActive())
        clearNow();
}

void ClipboardGuard::copySecret(const QString &secret)
{
    m_copied = secret;
    QGuiApplication::clipboard()->setText(secret);
    m_timer.start();
}

void ClipboardGuard::clearNow()
{
    m_timer.stop();
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!m_copied.isEmpty() && clipboard->text() == m_copied)
        clipboard->clear();
    m_copied.clear();
}

} // namespace Tessera
