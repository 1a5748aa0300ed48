#include "ApiError.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Timeout:
    case Kind::RateLimited:
        return true;
    case Kind::HttpStatus:
        return m_httpStatus >= 500;
    case Kind::Transport:
        return m_networkError == QNetworkReply::RemoteHostClosedError
            || m_networkError == QNetworkReply::ConnectionRefusedError
            || m_networkError == QNetworkReply::TemporaryNetworkFailureError
            || m_networkError == QNetworkReply::NetworkSessionFailedError
            || m_networkError == QNetworkReply::UnknownNetworkError
            || m_networkError == QNetworkReply::ProxyConnectionClosedError;
    default:
        return false;
    }
}

bool ApiError::isKeyRejected() const
{
    return m_kind == Kind::Unauthenticated || (m_kind == Kind::Forbidden && m_permission.isEmpty());
}

QString ApiError::userMessage() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Transport:
        if (m_networkError == QNetworkReply::ConnectionRefusedError)
            return tr("The backend is not reachable (connection refused). Check that it is running "
                      "and that the address is right, then retry.");
        if (m_networkError == QNetworkReply::RemoteHostClosedError)
            return tr("The backend closed the connection before answering. Retry; if it keeps "
                      "happening, the backend may be restarting or overloaded.");
        if (m_networkError == QNetworkReply::HostNotFoundError)
            return tr("The backend's host name could not be found. Check the address in Settings.");
        if (m_networkError == QNetworkReply::SslHandshakeFailedError)
            return tr("The secure connection to the backend failed. Check its certificate.");
        return tr("The network request failed: %1. Check your connection and retry.")
            .arg(m_message);
    case Kind::Timeout:
        return tr("The backend did not answer in time. It may be overloaded; retry in a moment.");
    case Kind::HttpStatus:
        if (m_httpStatus == 404)
            return tr("The backend does not offer \"%1\". It may be an older version.").arg(m_method);
        if (m_httpStatus >= 500)
            return tr("The backend had a problem (HTTP %1). Retry in a moment.").arg(m_httpStatus);
        return tr("The backend answered with HTTP %1.").arg(m_httpStatus);
    case Kind::Unauthenticated:
        return tr("The backend did not receive an API key. Reconnect in Settings.");
    case Kind::Forbidden:
        if (!m_permission.isEmpty())
            return tr("This API key lacks the \"%1\" permission. Create a key with it, or ask an "
                      "administrator to grant it.").arg(m_permission);
        return tr("The backend rejected the API key: it was revoked or does not exist. Create a new "
                  "key and reconnect in Settings.");
    case Kind::RateLimited:
        if (m_retryAfterSeconds >= 0)
            return tr("The backend is rate limiting requests. Retry in %n second(s).", nullptr,
                      m_retryAfterSeconds);
        return tr("The backend is rate limiting requests. Retry in a moment.");
    case Kind::MalformedBody:
        return tr("The backend sent an answer that could not be read (invalid JSON at byte %1). "
                  "Retry; if it persists, report it with the details below.").arg(m_parseOffset);
    case Kind::Logical:
        if (!m_message.isEmpty())
            return m_message;
        return tr("The backend refused the request (%1).").arg(m_code);
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    }
    return {};
}

QString ApiError::details() const
{
    QStringList lines{u"Method: "_s + m_method};
    if (m_httpStatus)
        lines << u"HTTP status: "_s + QString::number(m_httpStatus);
    if (!m_code.isEmpty())
        lines << u"Error code: "_s + m_code;
    if (!m_message.isEmpty())
        lines << u"Message: "_s + m_message;
    if (!m_requestId.isEmpty())
        lines << u"Request id: "_s + m_requestId;
    if (m_networkError != QNetworkReply::NoError)
        lines << u"Network error: "_s + QString::number(int(m_networkError));
    return lines.join(u'\n');
}

} // namespace Tessera
