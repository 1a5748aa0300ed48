#pragma once

#include <QString>

#include <exception>

namespace Tessera::Sandbox {

// Thrown by method handlers for a logical error; the dispatcher answers with the error envelope
// (HTTP 200 unless httpStatus says otherwise).
class ApiFailure final : public std::exception
{
public:
    ApiFailure(QString code, QString message, int httpStatus = 200)
        : m_code(std::move(code)), m_message(std::move(message)), m_httpStatus(httpStatus)
    {
    }
    // `code` is one of Protocol::ErrorCode.
    ApiFailure(const char *code, QString message, int httpStatus = 200)
        : ApiFailure(QString::fromLatin1(code), std::move(message), httpStatus)
    {
    }

    static ApiFailure invalidInput(const QString &message);
    static ApiFailure notFound(const QString &code, const QString &what, const QString &id);
    static ApiFailure notFound(const char *code, const QString &what, const QString &id)
    {
        return notFound(QString::fromLatin1(code), what, id);
    }

    const char *what() const noexcept override { return "Tessera::Sandbox::ApiFailure"; }
    QString code() const { return m_code; }
    QString message() const { return m_message; }
    int httpStatus() const { return m_httpStatus; }

private:
    QString m_code;
    QString m_message;
    int m_httpStatus;
};

} // namespace Tessera::Sandbox
