#include "WebhookSignature.h"

#include <QMessageAuthenticationCode>
#include <QStringBuilder>

namespace Tessera::Sandbox {

QByteArray webhookSignature(const QByteArray &secretToken, const QByteArray &body)
{
    return QByteArrayLiteral("sha256=")
        + QMessageAuthenticationCode::hash(body, secretToken, QCryptographicHash::Sha256).toHex();
}

} // namespace Tessera::Sandbox
