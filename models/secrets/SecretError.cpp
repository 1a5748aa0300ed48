#include "SecretError.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

#ifdef Q_OS_LINUX
namespace {

bool mentionsAny(const QString &text, const QStringList &needles)
{
    for (const QString &needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// libsecret and KWallet report a missing session bus or Secret Service as a plain D-Bus/GIO
// error; these are the phrases they use for it.
bool meansNoService(const QString &text)
{
    return mentionsAny(text, {u"org.freedesktop.secrets"_s, u"ServiceUnknown"_s,
                              u"not provided by any"_s, u"D-Bus"_s, u"DBus"_s,
                              u"Could not connect"_s, u"Failed to connect"_s, u"autolaunch"_s,
                              u"No such file"_s, u"Connection refused"_s, u"not running"_s,
                              u"No keychain service"_s, u"No keyring daemon"_s});
}

} // namespace
#endif

SecretError::SecretError(Kind kind, QString message, QString detail)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_detail(std::move(detail))
{
}

SecretError SecretError::notFound()
{
    return {Kind::NotFound, tr("The keychain holds no such secret.")};
}

SecretError SecretError::invalidName()
{
    return {Kind::Other, tr("This secret has an invalid backend id or name.")};
}

SecretError SecretError::fromKeychain(QKeychain::Error code, const QString &errorString)
{
    const QString keepForSession = tr("or keep secrets for this session only.");
    const QString noService =
        tr("No Secret Service is running. Install and start gnome-keyring (or KWallet), %1")
            .arg(keepForSession);
    switch (code) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {Kind::NotFound, notFound().m_message, errorString};
    case QKeychain::NoBackendAvailable:
        return {Kind::Unavailable, noService, errorString};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {Kind::Unavailable,
                tr("The keyring is locked or refused access. Unlock it (for example in Passwords "
                   "and Keys) and try again, %1")
                    .arg(keepForSession),
                errorString};
    case QKeychain::NotImplemented:
        return {Kind::Unavailable, tr("This system has no supported keychain. Keep secrets for "
                                      "this session only."),
                errorString};
    case QKeychain::CouldNotDeleteEntry:
        return {Kind::Other, tr("The keychain could not delete the secret: %1").arg(errorString),
                errorString};
    case QKeychain::OtherError:
        break;
    }
#ifdef Q_OS_LINUX
    // On Linux every OtherError is trouble talking to the Secret Service over D-Bus.
    if (meansNoService(errorString))
        return {Kind::Unavailable, noService, errorString};
    if (errorString.contains(u"locked"_s, Qt::CaseInsensitive))
        return fromKeychain(QKeychain::AccessDenied, errorString);
    return {Kind::Unavailable,
            tr("The keychain did not answer properly (%1). Make sure gnome-keyring (or KWallet) "
               "is running and unlocked, %2")
                .arg(errorString, keepForSession),
            errorString};
#else
    return {Kind::Other, tr("The keychain reported an error: %1").arg(errorString), errorString};
#endif
}

} // namespace Tessera
