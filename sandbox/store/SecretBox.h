#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Tessera::Sandbox {

// Seals the secrets the sandbox must read back (webhook secrets, partner credentials, stand-in
// keys, replayed answers) with XChaCha20-Poly1305 from libsodium under a 32-byte data key.
// A sealed value is text: "sealed:v1:" + base64(24-byte random nonce + ciphertext + tag). The
// associated data names where the value lives, so a sealed value moved elsewhere does not open.
class SecretBox final
{
public:
    static constexpr int keyBytes = 32;

    // `key` must be keyBytes long (isValidKey()).
    explicit SecretBox(QByteArray key);

    static bool isValidKey(const QByteArray &key) { return key.size() == keyBytes; }
    static QByteArray generateKey();
    static bool isSealed(const QString &text);

    QString seal(const QByteArray &plain, const QByteArray &context) const;
    // nullopt when the text is not sealed, is damaged, or was sealed under another key/context.
    std::optional<QByteArray> open(const QString &sealed, const QByteArray &context) const;

private:
    QByteArray m_key;
};

} // namespace Tessera::Sandbox
