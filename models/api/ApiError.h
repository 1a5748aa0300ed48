#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

namespace Tessera {

// Why a call failed. The kinds stay apart so the UI can say what to do about each.
class ApiError final
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,
        Transport,       // connection refused, dropped, DNS, TLS
        Timeout,         // no answer within the call's timeout
        HttpStatus,      // an unexpected HTTP status (5xx, 404 ...)
        Unauthenticated, // 401: no key was sent
        Forbidden,       // 403: key unknown or revoked, or a permission is missing
        RateLimited,     // 429, with Retry-After when the server sent one
        MalformedBody,   // the body is not the JSON envelope
        Logical,         // success:false with errorInfo
        Cancelled,
    };

    ApiError() = default;
    ApiError(Kind kind, QString method) : m_kind(kind), m_method(std::move(method)) {}

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    QString method() const { return m_method; }

    int httpStatus() const { return m_httpStatus; }
    QString code() const { return m_code; }             // errorInfo.code
    QString serverMessage() const { return m_message; } // errorInfo.message or transport text
    QString requestId() const { return m_requestId; }
    QString missingPermission() const { return m_permission; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; } // -1 when not sent
    qint64 parseOffset() const { return m_parseOffset; }
    QNetworkReply::NetworkError networkError() const { return m_networkError; }

    ApiError &setHttpStatus(int status) { m_httpStatus = status; return *this; }
    ApiError &setCode(const QString &code) { m_code = code; return *this; }
    ApiError &setServerMessage(const QString &message) { m_message = message; return *this; }
    ApiError &setRequestId(const QString &id) { m_requestId = id; return *this; }
    ApiError &setMissingPermission(const QString &permission) { m_permission = permission; return *this; }
    ApiError &setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; return *this; }
    ApiError &setParseOffset(qint64 offset) { m_parseOffset = offset; return *this; }
    ApiError &setNetworkError(QNetworkReply::NetworkError error) { m_networkError = error; return *this; }

    // Whether repeating the same read can help (server trouble, timeouts, dropped connections).
    bool isTransient() const;
    // The key no longer works: unknown or revoked (not a missing permission).
    bool isKeyRejected() const;

    // One translated sentence saying what happened and what to do.
    QString userMessage() const;
    // Method, HTTP status, error code and request id, for a "Details" expander.
    QString details() const;

private:
    Kind m_kind = Kind::None;
    QString m_method;
    int m_httpStatus = 0;
    QString m_code;
    QString m_message;
    QString m_requestId;
    QString m_permission;
    int m_retryAfterSeconds = -1;
    qint64 m_parseOffset = -1;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
};

} // namespace Tessera
