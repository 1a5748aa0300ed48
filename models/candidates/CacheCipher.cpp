#include "CacheCipher.h"

#include <sodium.h>

namespace Tessera {

namespace {
constexpr qsizetype nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype tagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(CacheCipher::keyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}
} // namespace

bool CacheCipher::initialize()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray CacheCipher::generateKey()
{
    QByteArray key(keyBytes, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_keygen(reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

QByteArray CacheCipher::seal(const QByteArray &plain, const QByteArray &key,
                             const QByteArray &associatedData)
{
    Q_ASSERT(key.size() == keyBytes);
    QByteArray sealed(nonceBytes + plain.size() + tagBytes, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(out, nonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + nonceBytes, &written, bytes(plain),
                                               quint64(plain.size()), bytes(associatedData),
                                               quint64(associatedData.size()), nullptr, out,
                                               bytes(key));
    sealed.resize(nonceBytes + qsizetype(written));
    return sealed;
}

std::optional<QByteArray> CacheCipher::open(const QByteArray &sealed, const QByteArray &key,
                                            const QByteArray &associatedData)
{
    if (key.size() != keyBytes || sealed.size() < nonceBytes + tagBytes)
        return std::nullopt;
    QByteArray plain(sealed.size() - nonceBytes - tagBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    const unsigned char *in = bytes(sealed);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &written, nullptr, in + nonceBytes,
            quint64(sealed.size() - nonceBytes), bytes(associatedData),
            quint64(associatedData.size()), in, bytes(key))
        != 0)
        return std::nullopt;
    plain.resize(qsizetype(written));
    return plain;
}

} // namespace Tessera
