#pragma once

#include <QByteArray>

#include <optional>

namespace Tessera {

// Authenticated encryption of the candidate cache with libsodium's XChaCha20-Poly1305: a random
// 192-bit nonce per sealed part (so no nonce bookkeeping), and associated data that binds a part
// to its backend and position, so parts cannot be swapped between files or reordered.
class CacheCipher final
{
public:
    CacheCipher() = delete;

    static constexpr qsizetype keyBytes = 32;

    // False when libsodium cannot be initialised (no usable random source).
    static bool initialize();
    static QByteArray generateKey();
    // nonce || ciphertext || tag
    static QByteArray seal(const QByteArray &plain, const QByteArray &key,
                           const QByteArray &associatedData);
    // Nothing when the key is wrong or the bytes were changed.
    static std::optional<QByteArray> open(const QByteArray &sealed, const QByteArray &key,
                                          const QByteArray &associatedData);
};

} // namespace Tessera
