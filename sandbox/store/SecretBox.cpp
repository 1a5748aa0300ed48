#include "SecretBox.h"

#include <sodium.h>

#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

constexpr auto prefix = "sealed:v1:";

void initSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium failed to initialise");
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

} // namespace

SecretBox::SecretBox(QByteArray key)
    : m_key(std::move(key))
{
    static_assert(keyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (!isValidKey(m_key))
        throw std::invalid_argument("the data key must be 32 bytes");
    initSodium();
}

QByteArray SecretBox::generateKey()
{
    initSodium();
    QByteArray key(keyBytes, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_keygen(reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

bool SecretBox::isSealed(const QString &text)
{
    return text.startsWith(QLatin1String(prefix));
}

QString SecretBox::seal(const QByteArray &plain, const QByteArray &context) const
{
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    QByteArray out(nonceBytes + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES,
                   Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, nonceBytes);
    unsigned long long sealedLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + nonceBytes, &sealedLength, bytes(plain),
                                               quint64(plain.size()), bytes(context),
                                               quint64(context.size()), nullptr, nonce,
                                               bytes(m_key));
    out.truncate(nonceBytes + qsizetype(sealedLength));
    return QLatin1String(prefix) + QString::fromLatin1(out.toBase64());
}

std::optional<QByteArray> SecretBox::open(const QString &sealed, const QByteArray &context) const
{
    if (!isSealed(sealed))
        return std::nullopt;
    const QByteArray raw = QByteArray::fromBase64(sealed.mid(int(qstrlen(prefix))).toLatin1());
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr int tagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (raw.size() < nonceBytes + tagBytes)
        return std::nullopt;
    QByteArray plain(raw.size() - nonceBytes - tagBytes, Qt::Uninitialized);
    unsigned long long plainLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &plainLength, nullptr,
            bytes(raw) + nonceBytes, quint64(raw.size() - nonceBytes), bytes(context),
            quint64(context.size()), bytes(raw), bytes(m_key))
        != 0)
        return std::nullopt;
    plain.truncate(qsizetype(plainLength));
    return plain;
}

} // namespace Tessera::Sandbox
