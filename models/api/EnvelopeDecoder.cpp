#include "EnvelopeDecoder.h"

#include "ApiProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::EnvelopeDecoder {

namespace {

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 401: return ApiError::Kind::Unauthenticated;
    case 403: return ApiError::Kind::Forbidden;
    case 429: return ApiError::Kind::RateLimited;
    default: return ApiError::Kind::HttpStatus;
    }
}

void copyErrorInfo(const QJsonObject &envelope, ApiError &error)
{
    const QJsonObject info = envelope.value(u"errorInfo"_s).toObject();
    QString code = info.value(u"code"_s).toString();
    const QJsonArray codes = envelope.value(u"errors"_s).toArray();
    if (code.isEmpty() && !codes.isEmpty()) // older servers send only the deprecated errors[]
        code = codes.at(0).toString();
    error.setCode(code)
        .setServerMessage(info.value(u"message"_s).toString())
        .setRequestId(info.value(u"requestId"_s).toString())
        .setMissingPermission(info.value(u"meta"_s).toObject().value(u"permission"_s).toString());
    if (code == QLatin1StringView(Protocol::ErrorCode::missingPermission) && error.missingPermission().isEmpty())
        error.setMissingPermission(u"?"_s);
}

} // namespace

Decoded decode(const QString &method, int httpStatus, const QByteArray &retryAfter,
               const QByteArray &body)
{
    Decoded result;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool isEnvelope = parseError.error == QJsonParseError::NoError && document.isObject();

    if (httpStatus != 200) {
        result.error = ApiError(kindForStatus(httpStatus), method);
        result.error.setHttpStatus(httpStatus);
        if (isEnvelope)
            copyErrorInfo(document.object(), result.error);
        bool ok = false;
        const int seconds = retryAfter.trimmed().toInt(&ok);
        if (ok && seconds >= 0)
            result.error.setRetryAfterSeconds(seconds);
        return result;
    }
    if (!isEnvelope) {
        result.error = ApiError(ApiError::Kind::MalformedBody, method);
        result.error.setHttpStatus(httpStatus)
            .setParseOffset(parseError.error == QJsonParseError::NoError ? 0 : parseError.offset)
            .setServerMessage(parseError.error == QJsonParseError::NoError
                                  ? u"the body is not a JSON object"_s
                                  : parseError.errorString());
        return result;
    }
    const QJsonObject envelope = document.object();
    const QJsonValue success = envelope.value(u"success"_s);
    if (!success.isBool()) {
        result.error = ApiError(ApiError::Kind::MalformedBody, method);
        result.error.setHttpStatus(httpStatus).setParseOffset(0).setServerMessage(
            u"the envelope has no boolean \"success\""_s);
        return result;
    }
    if (!success.toBool()) {
        result.error = ApiError(ApiError::Kind::Logical, method);
        result.error.setHttpStatus(httpStatus);
        copyErrorInfo(envelope, result.error);
        return result;
    }
    result.envelope = envelope;
    return result;
}

} // namespace Tessera::EnvelopeDecoder
