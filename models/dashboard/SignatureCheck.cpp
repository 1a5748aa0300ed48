#include "SignatureCheck.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace Tessera {

QByteArray SignatureCheck::expectedHeader(const QByteArray &body, const QByteArray &secret)
{
    return "sha256="
        + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

bool SignatureCheck::matches(const QByteArray &body, const QByteArray &secret,
                             const QString &header)
{
    const QByteArray given = header.trimmed().toLatin1().toLower();
    return equalConstantTime(expectedHeader(body, secret), given);
}

bool SignatureCheck::equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    // The lengths are public (a signature header has a fixed one); the bytes are not.
    const qsizetype length = std::max(a.size(), b.size());
    unsigned char difference = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < length; ++i) {
        const auto x = static_cast<unsigned char>(i < a.size() ? a.at(i) : 0);
        const auto y = static_cast<unsigned char>(i < b.size() ? b.at(i) : 0);
        difference |= static_cast<unsigned char>(x ^ y);
    }
    return difference == 0;
}

} // namespace Tessera
