#pragma once

#include <QCoreApplication>
#include <QString>

#include <qt6keychain/keychain.h>

namespace Tessera {

// Why a secret operation failed. NotFound is an answer from a working keychain; Unavailable means
// there is no usable keychain right now (no Secret Service, locked, access denied), and its
// message says what to install or start, or to keep secrets for this session only.
class SecretError final
{
    Q_DECLARE_TR_FUNCTIONS(SecretError)
public:
    enum class Kind { None, NotFound, Unavailable, Other };

    SecretError() = default;

    static SecretError notFound();
    static SecretError invalidName();
    // Maps a finished QKeychain job's error. errorString is the backend's own text (no secret).
    static SecretError fromKeychain(QKeychain::Error code, const QString &errorString);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    // One translated sentence saying what happened and what to do.
    QString userMessage() const { return m_message; }
    // The keychain backend's own text, for a "Details" expander and the log.
    QString detail() const { return m_detail; }

private:
    SecretError(Kind kind, QString message, QString detail = {});

    Kind m_kind = Kind::None;
    QString m_message;
    QString m_detail;
};

} // namespace Tessera
